// Listening session: the city listens. In the listening rounds the keeper speaks last, so community voices lead;
// after a silence, city staff say what they heard, without explaining or defending.
import type { PlanInput } from '../plan';

const MINUTE = 60_000;

export const listeningSession: PlanInput = {
	version: 1,
	title: {
		en: 'Listening session',
		es: 'Sesión de escucha'
	},
	description: {
		en: 'About two hours. The city listens. Community members share their experience; city staff listen and may pass. After a silence, staff say what they heard, without explaining or defending.',
		es: 'Unas dos horas. La ciudad escucha. Las personas de la comunidad comparten su experiencia; el personal de la ciudad escucha y puede pasar. Después de un silencio, el personal dice lo que escuchó, sin explicar ni defenderse.'
	},
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome', es: 'Bienvenida' },
			text: {
				en: 'Welcome. Today the city is here to listen. Community members: your experience is the expertise in this room. City staff: your part today is to listen, not to explain or defend. Being here is voluntary, this is not therapy, and nothing is recorded. What is shared stays here, unless someone is in danger.',
				es: 'Les damos la bienvenida. Hoy la ciudad está aquí para escuchar. Personas de la comunidad: su experiencia es el conocimiento que más importa en esta sala. Personal de la ciudad: hoy les toca escuchar, no explicar ni defenderse. Participar es voluntario, esto no es terapia y no se graba nada. Lo que se comparte aquí se queda aquí, salvo que alguien esté en peligro.'
			}
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening', es: 'Apertura' },
			text: {
				en: 'Let us take a quiet moment to arrive. Bring to mind someone whose story you carry with you today.',
				es: 'Tomemos un momento de silencio para llegar. Piense en alguien cuya historia le acompaña hoy.'
			},
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece', es: 'La pieza para hablar' },
			text: {
				en: 'The talking piece travels around the ring in one direction. Whoever holds it speaks; everyone else listens. In the listening rounds, the keeper speaks last. You may always pass.',
				es: 'La pieza para hablar recorre el círculo en una sola dirección. Quien la tiene habla; las demás personas escuchan. En las rondas de escucha, quien guarda el círculo habla al final. Siempre puede pasar.'
			}
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in', es: 'Ronda de llegada' },
			prompt: {
				en: 'What name would you like us to use, and what brought you here today?',
				es: '¿Cómo quiere que le llamemos, y qué le trajo hoy aquí?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements', es: 'Nuestros acuerdos' },
			prompt: {
				en: 'These guidelines help the city listen well. Affirm them, add one, or pass.',
				es: 'Estas pautas ayudan a que la ciudad escuche bien. Afírmelas, agregue una o pase.'
			},
			guidelines: [
				{ en: 'I speak from my own experience.', es: 'Hablo desde mi propia experiencia.' },
				{ en: 'I listen to understand, not to answer.', es: 'Escucho para comprender, no para responder.' },
				{ en: 'I speak only when I hold the talking piece.', es: 'Hablo solo cuando tengo la pieza para hablar.' },
				{ en: 'Stories shared here stay here; themes may go on without names.', es: 'Las historias que se comparten aquí se quedan aquí; los temas pueden compartirse sin nombres.' },
				{ en: 'I may pass, and no one needs to explain why.', es: 'Puedo pasar, y nadie necesita explicar por qué.' }
			],
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'experience',
			title: { en: 'Your experience', es: 'Su experiencia' },
			prompt: {
				en: 'What has your experience with the city been like, for you and your family?',
				es: '¿Cómo ha sido su experiencia con la ciudad, para usted y su familia?'
			},
			timing: { turnMs: 3 * MINUTE },
			start: 'keeper-last'
		},
		{
			kind: 'round',
			id: 'neighborhood',
			title: { en: 'Your neighborhood', es: 'Su barrio' },
			prompt: {
				en: 'What do you wish decision-makers understood about your neighborhood?',
				es: '¿Qué le gustaría que entendieran sobre su barrio quienes toman las decisiones?'
			},
			timing: { turnMs: 3 * MINUTE },
			start: 'keeper-last'
		},
		{
			kind: 'round',
			id: 'barriers',
			title: { en: 'What got in the way', es: 'Los obstáculos' },
			prompt: {
				en: 'The last time you sought help, what got in the way?',
				es: 'La última vez que buscó ayuda, ¿qué obstáculos encontró?'
			},
			timing: { turnMs: 2 * MINUTE },
			start: 'keeper-last'
		},
		{
			kind: 'round',
			id: 'silence',
			title: { en: 'Silence', es: 'Silencio' },
			prompt: {
				en: 'Let what you heard settle. No one speaks for now.',
				es: 'Deje que lo escuchado se asiente. Por ahora, nadie habla.'
			},
			mode: 'silence',
			timing: { budgetMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'what-i-heard',
			title: { en: 'What I heard', es: 'Lo que escuché' },
			prompt: {
				en: 'What did you hear today that you will carry with you? City staff: without explaining or defending.',
				es: '¿Qué escuchó hoy que se llevará consigo? Personal de la ciudad: sin explicar ni defenderse.'
			},
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out', es: 'Ronda de salida' },
			prompt: {
				en: 'In a word or a sentence, how are you leaving today?',
				es: 'En una palabra o una frase, ¿cómo se va hoy?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing', es: 'Cierre' },
			text: {
				en: 'Thank you for trusting us with your stories. The keepers will write a summary of themes, with no names, so what was heard here can reach the people who decide. Nothing is quoted without your permission.',
				es: 'Gracias por confiarnos sus historias. Quienes guardan el círculo escribirán un resumen de temas, sin nombres, para que lo escuchado aquí llegue a quienes toman las decisiones. Nada se cita sin su permiso.'
			}
		}
	]
};
