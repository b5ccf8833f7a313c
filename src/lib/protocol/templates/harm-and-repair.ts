// Harm-and-repair circle: for people affected by a specific harm, moving from what happened to impacts, needs and repair.
// Non-blaming and voluntary, not therapy; hold it only after a keeper has met each person, and with two keepers.
import type { PlanInput } from '../plan';

const MINUTE = 60_000;

export const harmAndRepair: PlanInput = {
	version: 1,
	title: {
		en: 'Harm and repair circle',
		es: 'Círculo de daño y reparación'
	},
	description: {
		en: 'For people affected by a specific harm, usually 4–8 people and about two hours. Hold it only after a keeper has met with each person and everyone has chosen to come, and with two keepers. Rounds move from what happened, to who was affected, to what is needed, to repair. No one is judged or made to speak.',
		es: 'Para personas afectadas por un daño concreto, por lo general de 4 a 8 personas y unas dos horas. Úselo solo cuando quien guarda el círculo ya se haya reunido con cada participante, todas las personas hayan decidido venir y haya dos personas guardando el círculo. Las rondas van de lo que pasó, a quiénes afectó, a lo que se necesita y a la reparación. Aquí no se juzga a nadie ni se obliga a nadie a hablar.'
	},
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome', es: 'Bienvenida' },
			text: {
				en: 'Thank you for coming. Something happened that affected people in this room. We are not here to judge or to blame, but to understand what happened, who was affected, and what could help make things more right. You may pass, pause, or step out at any time. This is not therapy. What is shared stays here, unless someone is in danger.',
				es: 'Gracias por venir. Pasó algo que afectó a personas en esta sala. No estamos aquí para juzgar ni para culpar, sino para entender lo que pasó, a quiénes afectó y qué podría ayudar a que las cosas estén mejor. Puede pasar, pedir una pausa o salir en cualquier momento. Esto no es terapia. Lo que se comparte aquí se queda aquí, salvo que alguien esté en peligro.'
			}
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening', es: 'Apertura' },
			text: {
				en: 'Let us take a quiet minute. Coming here took courage. Breathe, and notice what you need in order to listen.',
				es: 'Tomemos un minuto de silencio. Venir hasta aquí requirió valor. Respire y observe qué necesita para poder escuchar.'
			},
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece', es: 'La pieza para hablar' },
			text: {
				en: 'The talking piece keeps this circle safe. Only the person holding it speaks, and no one answers out of turn. When it reaches you, you may speak, hold it in silence, or pass. The keepers may pause the circle at any time.',
				es: 'La pieza para hablar cuida este círculo. Solo habla quien la tiene, y nadie responde fuera de su turno. Cuando le llegue, puede hablar, sostenerla en silencio o pasar. Quienes guardan el círculo pueden pausarlo en cualquier momento.'
			}
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in', es: 'Ronda de llegada' },
			prompt: {
				en: 'What is one thing that gives you strength today?',
				es: '¿Qué es algo que le da fuerza hoy?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements', es: 'Nuestros acuerdos' },
			prompt: {
				en: 'What do you need from this circle to be able to speak and listen? Affirm these guidelines, add one, or pass.',
				es: '¿Qué necesita de este círculo para poder hablar y escuchar? Afirme estas pautas, agregue una o pase.'
			},
			guidelines: [
				{ en: 'I speak about what I experienced, not about what others meant.', es: 'Hablo de lo que yo viví, no de lo que otras personas quisieron decir.' },
				{ en: 'I describe what happened and how it affected me, not what kind of person anyone is.', es: 'Describo lo que pasó y cómo me afectó, no cómo es otra persona.' },
				{ en: 'I listen without interrupting, even when it is hard.', es: 'Escucho sin interrumpir, aun cuando es difícil.' },
				{ en: 'I speak only when I hold the talking piece.', es: 'Hablo solo cuando tengo la pieza para hablar.' },
				{ en: 'What is shared here stays here.', es: 'Lo que se comparte aquí se queda aquí.' },
				{ en: 'I may pass, or ask for a pause, at any time.', es: 'Puedo pasar o pedir una pausa en cualquier momento.' }
			],
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'what-happened',
			title: { en: 'What happened', es: 'Lo que pasó' },
			prompt: {
				en: 'From where you sit, what happened?',
				es: 'Desde su lugar, ¿qué pasó?'
			},
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'then-and-since',
			title: { en: 'Then and since', es: 'En ese momento y después' },
			prompt: {
				en: 'What went through your mind then, and since?',
				es: '¿Qué pensó en ese momento, y qué ha pensado desde entonces?'
			},
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'affected',
			title: { en: 'Who was affected', es: 'A quiénes afectó' },
			prompt: {
				en: 'Who has been affected, and how?',
				es: '¿A quiénes ha afectado, y de qué manera?'
			},
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'hardest',
			title: { en: 'What has been hardest', es: 'Lo más difícil' },
			prompt: {
				en: 'What has been hardest for you?',
				es: '¿Qué ha sido lo más difícil para usted?'
			},
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'pause',
			title: { en: 'A quiet moment', es: 'Un momento de silencio' },
			prompt: {
				en: 'Take a quiet moment with what has been shared, before we turn to repair.',
				es: 'Tome un momento de silencio con lo que se ha compartido, antes de pasar a la reparación.'
			},
			mode: 'silence',
			timing: { budgetMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'repair',
			title: { en: 'Repair', es: 'Reparación' },
			prompt: {
				en: 'What would need to happen for things to feel more right?',
				es: '¿Qué tendría que pasar para que las cosas estén mejor?'
			},
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out', es: 'Ronda de salida' },
			prompt: {
				en: 'What do you need as you leave today?',
				es: '¿Qué necesita al irse hoy?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing', es: 'Cierre' },
			text: {
				en: 'Thank you for your courage and your care. The keepers will follow up with each of you about next steps. What was shared stays here. Take the time you need before you go.',
				es: 'Gracias por su valor y su cuidado. Quienes guardan el círculo se comunicarán con cada participante sobre los próximos pasos. Lo que se compartió se queda aquí. Tómese el tiempo que necesite antes de irse.'
			}
		}
	]
};
