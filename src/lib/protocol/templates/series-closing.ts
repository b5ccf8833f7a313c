// Series-closing circle: the last circle of a series, to remember what we shared, thank one another,
// and leave something for the next group. Thanks are offered popcorn-style, when each person is ready.
import type { PlanInput } from '../plan';

const MINUTE = 60_000;

export const seriesClosing: PlanInput = {
	version: 1,
	title: {
		en: 'Series closing circle',
		es: 'Círculo de cierre de la serie'
	},
	description: {
		en: 'The last circle of a series, about two hours. We look back, notice what has shifted, thank one another, and leave advice for the next group.',
		es: 'El último círculo de una serie, unas dos horas. Miramos hacia atrás, notamos lo que ha cambiado, nos damos las gracias y dejamos consejos para el próximo grupo.'
	},
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome', es: 'Bienvenida' },
			text: {
				en: 'Welcome to our last circle in this series. Today we look back at what we have shared, thank one another, and leave something for the next group. As always, being here is voluntary, and what is shared stays here.',
				es: 'Les damos la bienvenida a nuestro último círculo de esta serie. Hoy recordamos lo que hemos compartido, nos damos las gracias y dejamos algo para el próximo grupo. Como siempre, participar es voluntario, y lo que se comparte aquí se queda aquí.'
			}
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening', es: 'Apertura' },
			text: {
				en: 'Let us take a quiet minute. Breathe, and remember the first time you sat in this circle.',
				es: 'Tomemos un minuto de silencio. Respire y recuerde la primera vez que se sentó en este círculo.'
			},
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece', es: 'La pieza para hablar' },
			text: {
				en: 'One last time, the talking piece travels around our ring. Whoever holds it speaks; everyone else listens. In the round of thanks, ask for the piece when you are ready. You may always pass.',
				es: 'Una última vez, la pieza para hablar recorre nuestro círculo. Quien la tiene habla; las demás personas escuchan. En la ronda de agradecimientos, pida la pieza cuando quiera hablar. Siempre puede pasar.'
			}
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in', es: 'Ronda de llegada' },
			prompt: {
				en: 'In a word or a phrase, how are you arriving at our last circle?',
				es: 'En una palabra o una frase, ¿cómo llega a nuestro último círculo?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements', es: 'Nuestros acuerdos' },
			prompt: {
				en: 'These agreements have carried us through the series. Affirm them once more, add one, or pass.',
				es: 'Estos acuerdos nos han acompañado durante la serie. Afírmelos una vez más, agregue uno o pase.'
			},
			guidelines: [
				{ en: 'I speak from the heart, about my own experience.', es: 'Hablo desde el corazón, sobre mi propia experiencia.' },
				{ en: 'I listen from the heart, without interrupting.', es: 'Escucho desde el corazón, sin interrumpir.' },
				{ en: 'I speak only when I hold the talking piece.', es: 'Hablo solo cuando tengo la pieza para hablar.' },
				{ en: 'Stories shared here stay here; what I learn may leave with me.', es: 'Las historias que se comparten aquí se quedan aquí; lo que aprendo puede irse conmigo.' },
				{ en: 'I may pass, and no one needs to explain why.', es: 'Puedo pasar, y nadie necesita explicar por qué.' }
			],
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'remembering',
			title: { en: 'Remembering', es: 'Recordar' },
			prompt: {
				en: 'Think back over our circles. Let one moment come to mind.',
				es: 'Recuerde nuestros círculos. Deje que le venga a la mente un momento.'
			},
			mode: 'silence',
			timing: { budgetMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'moment',
			title: { en: 'A moment that stays', es: 'Un momento que queda' },
			prompt: {
				en: 'Which moment from our circles stays with you?',
				es: '¿Qué momento de nuestros círculos se queda con usted?'
			},
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'shift',
			title: { en: 'What has shifted', es: 'Lo que ha cambiado' },
			prompt: {
				en: 'Has your view of “the other side of the table” shifted? How?',
				es: '¿Ha cambiado su manera de ver «el otro lado de la mesa»? ¿Cómo?'
			},
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'thanks',
			title: { en: 'Thanks', es: 'Agradecimientos' },
			prompt: {
				en: 'Who would you like to thank, and for what? Ask for the piece when you are ready.',
				es: '¿A quién le gustaría dar las gracias, y por qué? Pida la pieza cuando quiera hablar.'
			},
			mode: 'popcorn',
			timing: { turnMs: MINUTE, budgetMs: 15 * MINUTE }
		},
		{
			kind: 'round',
			id: 'next-group',
			title: { en: 'For the next group', es: 'Para el próximo grupo' },
			prompt: {
				en: 'What should the next group know?',
				es: '¿Qué debería saber el próximo grupo?'
			},
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out', es: 'Ronda de salida' },
			prompt: {
				en: 'In one word, how are you leaving this series?',
				es: 'En una palabra, ¿cómo se despide de esta serie?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing', es: 'Cierre' },
			text: {
				en: 'Thank you for every story, every silence, and every pass. This series ends today; what we built can continue. Before you leave, you may write a last reflection or give feedback on your phone.',
				es: 'Gracias por cada historia, cada silencio y cada vez que alguien pasó. Esta serie termina hoy; lo que construimos puede continuar. Antes de irse, puede escribir una última reflexión o dejar sus comentarios en su teléfono.'
			}
		}
	]
};
