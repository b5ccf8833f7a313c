// Preparation circle: held separately with each group (for example residents, then city staff) before a joint circle.
// Each group names what it needs, what worries it, and what it will carry into the joint circle.
import type { PlanInput } from '../plan';

const MINUTE = 60_000;

export const preparationCircle: PlanInput = {
	version: 1,
	title: {
		en: 'Preparation circle',
		es: 'Círculo de preparación'
	},
	description: {
		en: 'Run it once with each group, for example community members and then city staff, before they sit together in one circle. About 90 minutes for 6–8 people.',
		es: 'Realícelo una vez con cada grupo, por ejemplo primero con la comunidad y luego con el personal de la ciudad, antes de que se sienten en un mismo círculo. Unos 90 minutos para 6 a 8 personas.'
	},
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome', es: 'Bienvenida' },
			text: {
				en: 'Welcome. Soon you will sit in one circle with another group. Today it is just us, to prepare: to say what we need, what worries us, and what will help us stay. Nothing from today goes to the other group unless we agree on it together, and never with names.',
				es: 'Les damos la bienvenida. Pronto se sentarán en un mismo círculo con otro grupo. Hoy es solo nuestro grupo, para prepararnos: decir lo que necesitamos, lo que nos preocupa y lo que nos ayudará a quedarnos. Nada de lo que se diga hoy llegará al otro grupo a menos que lo acordemos en conjunto, y nunca con nombres.'
			}
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening', es: 'Apertura' },
			text: {
				en: 'Let us take a quiet minute. Breathe, and notice how you feel about the circle ahead.',
				es: 'Tomemos un minuto de silencio. Respire y observe cómo se siente ante el círculo que viene.'
			},
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece', es: 'La pieza para hablar' },
			text: {
				en: 'The talking piece travels around the ring in one direction. Whoever holds it speaks; everyone else listens. It will travel the same way in the joint circle. You may always pass.',
				es: 'La pieza para hablar recorre el círculo en una sola dirección. Quien la tiene habla; las demás personas escuchan. En el círculo conjunto recorrerá el mismo camino. Siempre puede pasar.'
			}
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in', es: 'Ronda de llegada' },
			prompt: {
				en: 'What name would you like us to use, and how do you feel about the joint circle?',
				es: '¿Cómo quiere que le llamemos, y cómo se siente ante el círculo conjunto?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements', es: 'Nuestros acuerdos' },
			prompt: {
				en: 'These are the guidelines we will also bring to the joint circle. Affirm them, add one, or pass.',
				es: 'Estas son las pautas que también llevaremos al círculo conjunto. Afírmelas, agregue una o pase.'
			},
			guidelines: [
				{ en: 'I speak from the heart, about my own experience.', es: 'Hablo desde el corazón, sobre mi propia experiencia.' },
				{ en: 'I listen from the heart, without interrupting.', es: 'Escucho desde el corazón, sin interrumpir.' },
				{ en: 'I speak only when I hold the talking piece.', es: 'Hablo solo cuando tengo la pieza para hablar.' },
				{ en: 'What is shared here stays here, unless we agree together to carry it on.', es: 'Lo que se comparte aquí se queda aquí, a menos que acordemos en conjunto llevarlo adelante.' },
				{ en: 'I may pass, and no one needs to explain why.', es: 'Puedo pasar, y nadie necesita explicar por qué.' }
			],
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'understand',
			title: { en: 'What we need understood', es: 'Lo que necesitamos que comprendan' },
			prompt: {
				en: 'What do you most need the other group to understand?',
				es: '¿Qué es lo que más necesita que el otro grupo comprenda?'
			},
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'worries',
			title: { en: 'Worries', es: 'Preocupaciones' },
			prompt: {
				en: 'What worries you about sitting together?',
				es: '¿Qué le preocupa de sentarse en un mismo círculo?'
			},
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'staying',
			title: { en: 'Staying', es: 'Quedarse' },
			prompt: {
				en: 'What would help you stay if it gets hard?',
				es: '¿Qué le ayudaría a quedarse si se pone difícil?'
			},
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'carry',
			title: { en: 'What we carry', es: 'Lo que llevamos' },
			prompt: {
				en: 'What from today, if anything, should we carry into the joint circle?',
				es: 'De lo de hoy, ¿hay algo que deberíamos llevar al círculo conjunto?'
			},
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out', es: 'Ronda de salida' },
			prompt: {
				en: 'What do you need between now and the joint circle?',
				es: '¿Qué necesita entre hoy y el círculo conjunto?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing', es: 'Cierre' },
			text: {
				en: 'Thank you. The keepers will bring into the joint circle only what we agreed to carry, without names. When we meet the other group, this circle comes with us.',
				es: 'Gracias. Quienes guardan el círculo llevarán al círculo conjunto solo lo que acordamos, sin nombres. Cuando nos encontremos con el otro grupo, este círculo nos acompañará.'
			}
		}
	]
};
