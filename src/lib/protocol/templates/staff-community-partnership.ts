// Staff–community partnership circle: city staff and community members look at one issue as partners and make commitments.
// The agreements phase carries more weight here; ideas for shared decisions are gathered popcorn-style.
import type { PlanInput } from '../plan';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

export const staffCommunityPartnership: PlanInput = {
	version: 1,
	title: { en: 'Staff–community partnership circle' },
	description: { en: 'About two hours. City staff and community members name what each brings, look at who benefits and who carries the burden on one issue, imagine shared decisions, and leave with commitments.' },
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome' },
			text: { en: 'Welcome. City staff and community members are here as partners, each with knowledge the other needs. Today we look at one issue together and leave with commitments we can keep. Being here is voluntary and nothing is recorded: the keepers note themes and commitments, never names.' }
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening' },
			text: { en: 'A quiet moment. Think of someone who will live with the results of our work, and bring them into the room with you.' },
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece' },
			text: { en: 'The talking piece travels around the ring in one direction. Whoever holds it speaks; everyone else listens. Titles stay at the door: each voice counts the same. You may always pass.' }
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in' },
			prompt: { en: 'What name would you like us to use, and what do you bring to this work today?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements' },
			prompt: { en: 'Partners shape their agreements together. Affirm these, change one, or add your own.' },
			guidelines: [
				{ en: 'I speak from the heart, for myself, not for my department or group.' },
				{ en: 'I listen to understand, not to answer.' },
				{ en: 'I speak only when I hold the talking piece.' },
				{ en: 'Staff and community voices carry equal weight here.' },
				{ en: 'I name power and burden honestly, without blame.' },
				{ en: 'Stories shared here stay here; themes and commitments may go on without names.' },
				{ en: 'I make only commitments I can keep.' },
				{ en: 'I may pass, and no one needs to explain why.' }
			],
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'strengths',
			title: { en: 'Strengths' },
			prompt: { en: 'What strength does your group bring that others may miss?' },
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'benefit-and-burden',
			title: { en: 'Benefit and burden' },
			prompt: { en: 'On the issue before us, who benefits now, and who carries the burden?' },
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'shared-decisions',
			title: { en: 'Shared decisions' },
			prompt: { en: 'What would shared decision-making look like here? Ask for the piece when an idea comes to you.' },
			mode: 'popcorn',
			timing: { turnMs: 2 * MINUTE, budgetMs: 15 * MINUTE }
		},
		{
			kind: 'round',
			id: 'commitments',
			title: { en: 'Commitments' },
			prompt: { en: 'What will you commit to before we next meet?' },
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'follow-through',
			title: { en: 'Follow-through' },
			prompt: { en: 'How will we know our commitments were kept?' },
			timing: { turnMs: 90 * SECOND }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out' },
			prompt: { en: 'In a word or a sentence, how are you leaving today?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing' },
			text: { en: 'Thank you, partners. The keepers will note our commitments by role, not by name, and we will look at them together when we next meet.' }
		}
	]
};
