// Conflict-transformation skills circle: practicing how we meet disagreement, in body, word and relationship (about 90 minutes).
// Story rounds around a silent reflection, then an open conversation on the patterns we noticed.
import type { PlanInput } from '../plan';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

export const conflictTransformationSkills: PlanInput = {
	version: 1,
	title: {
		en: 'Conflict-transformation skills circle',
		es: 'Círculo de habilidades para transformar conflictos'
	},
	description: {
		en: 'About 90 minutes for 6–10 people. We learn from our own experience how we meet conflict, and each leave with one practice to try.',
		es: 'Unos 90 minutos para 6 a 10 personas. Aprendemos de nuestra propia experiencia cómo enfrentamos los conflictos, y cada persona se lleva una práctica para probar.'
	},
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome', es: 'Bienvenida' },
			text: {
				en: 'Welcome. Today we practice how we meet conflict: in our bodies, in our words, in our relationships. We learn from our own lives, not from experts. Being here is voluntary, and this is not therapy. What is shared stays here, unless someone is in danger.',
				es: 'Les damos la bienvenida. Hoy practicamos cómo enfrentamos los conflictos: en el cuerpo, en las palabras, en las relaciones. Aprendemos de nuestra propia vida, no de expertos. Participar es voluntario, y esto no es terapia. Lo que se comparte aquí se queda aquí, salvo que alguien esté en peligro.'
			}
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening', es: 'Apertura' },
			text: {
				en: 'Let us breathe together. In for four counts, hold for four, out for four. Notice your shoulders, your jaw, your hands.',
				es: 'Respiremos en calma. Inhale contando hasta cuatro, sostenga el aire cuatro, exhale cuatro. Preste atención a sus hombros, su mandíbula, sus manos.'
			},
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece', es: 'La pieza para hablar' },
			text: {
				en: 'The talking piece travels around the ring in one direction. Whoever holds it speaks; everyone else listens. Because it goes all the way around, no one has to answer back right away. You may always pass.',
				es: 'La pieza para hablar recorre el círculo en una sola dirección. Quien la tiene habla; las demás personas escuchan. Como da la vuelta completa, nadie tiene que responder de inmediato. Siempre puede pasar.'
			}
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in', es: 'Ronda de llegada' },
			prompt: {
				en: 'What is one word for how you are arriving today?',
				es: '¿Con qué palabra describe cómo llega hoy?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements', es: 'Nuestros acuerdos' },
			prompt: {
				en: 'These guidelines help us practice safely. Affirm them, add one, or pass.',
				es: 'Estas pautas nos ayudan a practicar con seguridad. Afírmelas, agregue una o pase.'
			},
			guidelines: [
				{ en: 'I speak from the heart, using “I”.', es: 'Hablo desde el corazón, en primera persona.' },
				{ en: 'I listen from the heart, without interrupting.', es: 'Escucho desde el corazón, sin interrumpir.' },
				{ en: 'I speak only when I hold the talking piece.', es: 'Hablo solo cuando tengo la pieza para hablar.' },
				{ en: 'Stories shared here stay here.', es: 'Las historias que se comparten aquí se quedan aquí.' },
				{ en: 'I stay curious, even when I disagree.', es: 'Mantengo la curiosidad, aun cuando no estoy de acuerdo.' },
				{ en: 'I may pass, and no one needs to explain why.', es: 'Puedo pasar, y nadie necesita explicar por qué.' }
			],
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'growing-up',
			title: { en: 'What we learned', es: 'Lo que aprendimos' },
			prompt: {
				en: 'What did you learn growing up about handling disagreement?',
				es: '¿Qué aprendió en su infancia sobre cómo manejar los desacuerdos?'
			},
			timing: { turnMs: 90 * SECOND }
		},
		{
			kind: 'round',
			id: 'silent-reflection',
			title: { en: 'Silent reflection', es: 'Reflexión en silencio' },
			prompt: {
				en: 'Recall a recent conflict. Without words, notice what your body does as you remember it.',
				es: 'Recuerde un conflicto reciente. Sin palabras, observe lo que hace su cuerpo al recordarlo.'
			},
			mode: 'silence',
			timing: { budgetMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'body',
			title: { en: 'The body first', es: 'Primero el cuerpo' },
			prompt: {
				en: 'In that conflict, what did your body do first?',
				es: 'En ese conflicto, ¿qué hizo primero su cuerpo?'
			},
			timing: { turnMs: 90 * SECOND }
		},
		{
			kind: 'round',
			id: 'curiosity',
			title: { en: 'Staying curious', es: 'Mantener la curiosidad' },
			prompt: {
				en: 'What helps you stay curious when you feel criticized?',
				es: '¿Qué le ayuda a mantener la curiosidad cuando recibe críticas?'
			},
			timing: { turnMs: 90 * SECOND }
		},
		{
			kind: 'round',
			id: 'stronger',
			title: { en: 'Stronger relationships', es: 'Relaciones más fuertes' },
			prompt: {
				en: 'When did a conflict leave a relationship stronger? What made that possible?',
				es: '¿Cuándo un conflicto dejó más fuerte una relación? ¿Qué lo hizo posible?'
			},
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'patterns',
			title: { en: 'Open conversation', es: 'Conversación abierta' },
			prompt: {
				en: 'What patterns do you notice across our stories? Speak one at a time, and leave room for others.',
				es: '¿Qué patrones nota en nuestras historias? Hablamos una persona a la vez y dejamos espacio a las demás.'
			},
			mode: 'open',
			timing: { budgetMs: 10 * MINUTE }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out', es: 'Ronda de salida' },
			prompt: {
				en: 'What practice will you try this week?',
				es: '¿Qué práctica va a probar esta semana?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing', es: 'Cierre' },
			text: {
				en: 'Thank you for practicing in this circle. Conflict is part of every relationship; how we meet it is a skill we keep learning. Before you leave, you may write a reflection or give feedback on your phone.',
				es: 'Gracias por practicar en este círculo. El conflicto es parte de toda relación; cómo lo enfrentamos es una habilidad que seguimos aprendiendo. Antes de irse, puede escribir una reflexión o dejar sus comentarios en su teléfono.'
			}
		}
	]
};
