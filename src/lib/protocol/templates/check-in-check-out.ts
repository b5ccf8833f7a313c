// Check-in / check-out micro circle: 10–20 minutes to open or close a meeting with one voice at a time.
// Turns are time-boxed with a hard limit: when time is up, the piece moves on with a notice.
import type { PlanInput } from '../plan';

const SECOND = 1_000;

export const checkInCheckOut: PlanInput = {
	version: 1,
	title: {
		en: 'Check-in / check-out micro circle',
		es: 'Micro círculo de llegada y salida'
	},
	description: {
		en: 'A 10–20 minute circle to begin or end a meeting. Each turn is time-boxed; when time is up, the piece moves on.',
		es: 'Un círculo de 10 a 20 minutos para empezar o terminar una reunión. Cada turno tiene un tiempo fijo; cuando se acaba, la pieza sigue su camino.'
	},
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome', es: 'Bienvenida' },
			text: {
				en: 'A short circle to arrive together. The talking piece goes around once for each question. Each turn is short, under a minute, and the piece moves on when time is up. You may always pass.',
				es: 'Un círculo breve para llegar y estar presentes. La pieza para hablar da una vuelta por cada pregunta. Cada turno es breve, de menos de un minuto, y la pieza sigue cuando se acaba el tiempo. Siempre puede pasar.'
			}
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in', es: 'Ronda de llegada' },
			prompt: {
				en: 'In a word or a phrase, what are you bringing into the room today?',
				es: 'En una palabra o una frase, ¿qué trae hoy a esta sala?'
			},
			timing: { turnMs: 30 * SECOND, limit: 'hard' }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements', es: 'Nuestros acuerdos' },
			prompt: {
				en: 'Our agreements for these few minutes. Say yes, add one, or pass.',
				es: 'Nuestros acuerdos para estos pocos minutos. Diga que sí, agregue uno o pase.'
			},
			guidelines: [
				{ en: 'I speak from the heart, and briefly.', es: 'Hablo desde el corazón, y con brevedad.' },
				{ en: 'I listen without interrupting.', es: 'Escucho sin interrumpir.' },
				{ en: 'What is shared here stays here.', es: 'Lo que se comparte aquí se queda aquí.' },
				{ en: 'I may pass.', es: 'Puedo pasar.' }
			],
			timing: { turnMs: 20 * SECOND, limit: 'hard' }
		},
		{
			kind: 'round',
			id: 'presence',
			title: { en: 'Being present', es: 'Estar presente' },
			prompt: {
				en: 'What would help you be fully present here?',
				es: '¿Qué le ayudaría a estar plenamente presente aquí?'
			},
			timing: { turnMs: 30 * SECOND, limit: 'hard' }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out', es: 'Ronda de salida' },
			prompt: {
				en: 'What are you taking with you, and what are you leaving here?',
				es: '¿Qué se lleva con usted, y qué deja aquí?'
			},
			timing: { turnMs: 45 * SECOND, limit: 'hard' }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing', es: 'Cierre' },
			text: {
				en: 'Thank you. Let us take one breath together before we go on.',
				es: 'Gracias. Respiremos hondo una vez antes de continuar.'
			},
			timerMs: 15 * SECOND
		}
	]
};
