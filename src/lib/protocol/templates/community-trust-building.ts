// Community trust-building circle: residents and city staff meet as people first (about 2 hours, 8–12 people).
// Rounds move from values, to stories, to trust in the city, to hope (research/circle-method.md §7 T1).
import type { PlanInput } from '../plan';

const MINUTE = 60_000;

export const communityTrustBuilding: PlanInput = {
	version: 1,
	title: {
		en: 'Community trust-building circle',
		es: 'Círculo comunitario para construir confianza'
	},
	description: {
		en: 'About two hours for 8–12 people, community members and city staff together. Rounds move from who we are, to our stories, to trust in the city, to hope.',
		es: 'Unas dos horas para 8 a 12 personas, residentes y personal de la ciudad juntos. Las rondas van de quiénes somos, a nuestras historias, a la confianza en la ciudad y a la esperanza.'
	},
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome', es: 'Bienvenida' },
			text: {
				en: 'Welcome. In this circle, community members and city staff sit as equals and speak one at a time. Being here is voluntary, and this is not therapy. Nothing is recorded: the keepers note themes, never names. What is shared stays here, unless someone is in danger.',
				es: 'Les damos la bienvenida. En este círculo, residentes y personal de la ciudad nos sentamos como iguales y hablamos una persona a la vez. Participar es voluntario, y esto no es terapia. No se graba nada: quienes guardan el círculo anotan temas, nunca nombres. Lo que se comparte aquí se queda aquí, salvo que alguien esté en peligro.'
			}
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening', es: 'Apertura' },
			text: {
				en: 'Let us arrive together. Feet on the ground. One slow breath in, one slow breath out. Notice the people around you, here in the room and online.',
				es: 'Lleguemos con calma. Los pies en el suelo. Una respiración lenta hacia adentro, otra hacia afuera. Observe a las personas que le rodean, aquí en la sala y en línea.'
			},
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece', es: 'La pieza para hablar' },
			text: {
				en: 'The talking piece travels around the ring in one direction. Whoever holds it speaks; everyone else listens. Your phone will show when it reaches you. You may speak, or pass. Passing is always fine.',
				es: 'La pieza para hablar recorre el círculo en una sola dirección. Quien la tiene habla; las demás personas escuchan. Su teléfono le avisará cuando le llegue. Puede hablar o pasar. Pasar siempre está bien.'
			}
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in', es: 'Ronda de llegada' },
			prompt: {
				en: 'What name would you like us to use, and where in this city feels like home to you?',
				es: '¿Cómo quiere que le llamemos, y qué lugar de esta ciudad siente como su hogar?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'values',
			title: { en: 'Values', es: 'Valores' },
			prompt: {
				en: 'What is one value you try to live by, and where did you learn it?',
				es: '¿Qué valor guía su vida, y dónde lo aprendió?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements', es: 'Nuestros acuerdos' },
			prompt: {
				en: 'What do you need from this circle to speak honestly today? Affirm these guidelines, add one, or pass.',
				es: '¿Qué necesita de este círculo para hablar con honestidad hoy? Afirme estas pautas, agregue una o pase.'
			},
			guidelines: [
				{ en: 'I speak from the heart, about my own experience.', es: 'Hablo desde el corazón, sobre mi propia experiencia.' },
				{ en: 'I listen from the heart, without interrupting.', es: 'Escucho desde el corazón, sin interrumpir.' },
				{ en: 'I speak only when I hold the talking piece.', es: 'Hablo solo cuando tengo la pieza para hablar.' },
				{ en: 'Stories shared here stay here; what I learn may leave with me.', es: 'Las historias que se comparten aquí se quedan aquí; lo que aprendo puede irse conmigo.' },
				{ en: 'I say just enough, and leave time for others.', es: 'Digo lo justo y dejo tiempo a las demás personas.' },
				{ en: 'I may pass, and no one needs to explain why.', es: 'Puedo pasar, y nadie necesita explicar por qué.' },
				{ en: 'I am committed to learning and growing.', es: 'Me comprometo a aprender y crecer.' }
			],
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'listened-to',
			title: { en: 'Being heard', es: 'Cuando nos escuchan' },
			prompt: {
				en: 'Think of a time someone in an institution truly listened to you. What did they do?',
				es: 'Piense en una vez en que alguien de una institución de verdad le escuchó. ¿Qué hizo esa persona?'
			},
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'trust',
			title: { en: 'Trust', es: 'Confianza' },
			prompt: {
				en: 'When you hear “trust” next to “city government,” what comes up for you?',
				es: 'Cuando escucha «confianza» junto a «gobierno de la ciudad», ¿qué le viene a la mente?'
			},
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'hope',
			title: { en: 'Hope', es: 'Esperanza' },
			prompt: {
				en: 'In the months ahead, what small sign would tell you this circle was worth your time?',
				es: 'En los próximos meses, ¿qué pequeña señal le diría que este círculo valió su tiempo?'
			},
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out', es: 'Ronda de salida' },
			prompt: {
				en: 'In a word or a sentence, what are you taking with you today?',
				es: 'En una palabra o una frase, ¿qué se lleva hoy?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing', es: 'Cierre' },
			text: {
				en: 'Thank you for speaking and for listening. What was shared stays here; what we learned goes with us. Before you leave, you may write a reflection or give feedback on your phone.',
				es: 'Gracias por hablar y por escuchar. Lo que se compartió se queda aquí; lo que aprendimos nos acompaña. Antes de irse, puede escribir una reflexión o dejar sus comentarios en su teléfono.'
			}
		}
	]
};
