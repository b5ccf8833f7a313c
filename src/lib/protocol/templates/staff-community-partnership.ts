// Staff–community partnership circle: city staff and community members look at one issue as partners and make commitments.
// The agreements phase carries more weight here; ideas for shared decisions are gathered popcorn-style.
import type { PlanInput } from '../plan';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

export const staffCommunityPartnership: PlanInput = {
	version: 1,
	title: {
		en: 'Staff–community partnership circle',
		es: 'Círculo de alianza entre personal municipal y comunidad'
	},
	description: {
		en: 'About two hours. City staff and community members name what each brings, look at who benefits and who carries the burden on one issue, imagine shared decisions, and leave with commitments.',
		es: 'Unas dos horas. Personal de la ciudad y personas de la comunidad nombran lo que cada grupo aporta, miran quién se beneficia y quién carga el peso en un tema, imaginan decisiones compartidas y se van con compromisos.'
	},
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome', es: 'Bienvenida' },
			text: {
				en: 'Welcome. City staff and community members are here as partners, each with knowledge the other needs. Today we look at one issue together and leave with commitments we can keep. Being here is voluntary and nothing is recorded: the keepers note themes and commitments, never names.',
				es: 'Les damos la bienvenida. Personal de la ciudad y personas de la comunidad estamos aquí en alianza, cada parte con un conocimiento que la otra necesita. Hoy miramos un tema en conjunto y nos vamos con compromisos que podamos cumplir. Participar es voluntario y no se graba nada: quienes guardan el círculo anotan temas y compromisos, nunca nombres.'
			}
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening', es: 'Apertura' },
			text: {
				en: 'A quiet moment. Think of someone who will live with the results of our work, and bring them into the room with you.',
				es: 'Un momento de silencio. Piense en alguien que vivirá con los resultados de nuestro trabajo, y traiga a esa persona a la sala con usted.'
			},
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece', es: 'La pieza para hablar' },
			text: {
				en: 'The talking piece travels around the ring in one direction. Whoever holds it speaks; everyone else listens. Titles stay at the door: each voice counts the same. You may always pass.',
				es: 'La pieza para hablar recorre el círculo en una sola dirección. Quien la tiene habla; las demás personas escuchan. Los cargos se quedan en la puerta: cada voz vale lo mismo. Siempre puede pasar.'
			}
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in', es: 'Ronda de llegada' },
			prompt: {
				en: 'What name would you like us to use, and what do you bring to this work today?',
				es: '¿Cómo quiere que le llamemos, y qué aporta hoy a este trabajo?'
			},
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements', es: 'Nuestros acuerdos' },
			prompt: {
				en: 'Partners shape their agreements together. Affirm these, change one, or add your own.',
				es: 'En una alianza, los acuerdos se construyen en conjunto. Afirme estos, cambie uno o agregue el suyo.'
			},
			guidelines: [
				{ en: 'I speak from the heart, for myself, not for my department or group.', es: 'Hablo desde el corazón, por mí, no en nombre de mi departamento o grupo.' },
				{ en: 'I listen to understand, not to answer.', es: 'Escucho para comprender, no para responder.' },
				{ en: 'I speak only when I hold the talking piece.', es: 'Hablo solo cuando tengo la pieza para hablar.' },
				{ en: 'Staff and community voices carry equal weight here.', es: 'Aquí las voces del personal y de la comunidad pesan lo mismo.' },
				{ en: 'I name power and burden honestly, without blame.', es: 'Nombro el poder y las cargas con honestidad, sin culpar.' },
				{ en: 'Stories shared here stay here; themes and commitments may go on without names.', es: 'Las historias que se comparten aquí se quedan aquí; los temas y compromisos pueden compartirse sin nombres.' },
				{ en: 'I make only commitments I can keep.', es: 'Solo hago compromisos que puedo cumplir.' },
				{ en: 'I may pass, and no one needs to explain why.', es: 'Puedo pasar, y nadie necesita explicar por qué.' }
			],
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'strengths',
			title: { en: 'Strengths', es: 'Fortalezas' },
			prompt: {
				en: 'What strength does your group bring that others may miss?',
				es: '¿Qué fortaleza aporta su grupo que otras personas podrían no ver?'
			},
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'benefit-and-burden',
			title: { en: 'Benefit and burden', es: 'Beneficio y carga' },
			prompt: {
				en: 'On the issue before us, who benefits now, and who carries the burden?',
				es: 'En el tema que nos ocupa, ¿quién se beneficia hoy, y quién carga el peso?'
			},
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'shared-decisions',
			title: { en: 'Shared decisions', es: 'Decisiones compartidas' },
			prompt: {
				en: 'What would shared decision-making look like here? Ask for the piece when an idea comes to you.',
				es: '¿Cómo serían aquí las decisiones compartidas? Pida la pieza cuando se le ocurra una idea.'
			},
			mode: 'popcorn',
			timing: { turnMs: 2 * MINUTE, budgetMs: 15 * MINUTE }
		},
		{
			kind: 'round',
			id: 'commitments',
			title: { en: 'Commitments', es: 'Compromisos' },
			prompt: {
				en: 'What will you commit to before we next meet?',
				es: '¿A qué se compromete antes de nuestro próximo encuentro?'
			},
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'follow-through',
			title: { en: 'Follow-through', es: 'Seguimiento' },
			prompt: {
				en: 'How will we know our commitments were kept?',
				es: '¿Cómo sabremos que cumplimos nuestros compromisos?'
			},
			timing: { turnMs: 90 * SECOND }
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
				en: 'Thank you, partners. The keepers will note our commitments by role, not by name, and we will look at them together when we next meet.',
				es: 'Gracias por esta alianza. Quienes guardan el círculo anotarán nuestros compromisos por rol, no por nombre, y los revisaremos en conjunto en nuestro próximo encuentro.'
			}
		}
	]
};
