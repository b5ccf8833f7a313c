// Series-closing circle: the last circle of a series, to remember what we shared, thank one another,
// and leave something for the next group. Thanks are offered popcorn-style, when each person is ready.
import type { PlanInput } from '../plan';

const MINUTE = 60_000;

export const seriesClosing: PlanInput = {
	version: 1,
	title: { en: 'Series closing circle' },
	description: { en: 'The last circle of a series, about two hours. We look back, notice what has shifted, thank one another, and leave advice for the next group.' },
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome' },
			text: { en: 'Welcome to our last circle in this series. Today we look back at what we have shared, thank one another, and leave something for the next group. As always, being here is voluntary, and what is shared stays here.' }
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening' },
			text: { en: 'Let us take a quiet minute. Breathe, and remember the first time you sat in this circle.' },
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece' },
			text: { en: 'One last time, the talking piece travels around our ring. Whoever holds it speaks; everyone else listens. In the round of thanks, ask for the piece when you are ready. You may always pass.' }
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in' },
			prompt: { en: 'In a word or a phrase, how are you arriving at our last circle?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements' },
			prompt: { en: 'These agreements have carried us through the series. Affirm them once more, add one, or pass.' },
			guidelines: [
				{ en: 'I speak from the heart, about my own experience.' },
				{ en: 'I listen from the heart, without interrupting.' },
				{ en: 'I speak only when I hold the talking piece.' },
				{ en: 'Stories shared here stay here; what I learn may leave with me.' },
				{ en: 'I may pass, and no one needs to explain why.' }
			],
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'remembering',
			title: { en: 'Remembering' },
			prompt: { en: 'Think back over our circles. Let one moment come to mind.' },
			mode: 'silence',
			timing: { budgetMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'moment',
			title: { en: 'A moment that stays' },
			prompt: { en: 'Which moment from our circles stays with you?' },
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'shift',
			title: { en: 'What has shifted' },
			prompt: { en: 'Has your view of “the other side of the table” shifted? How?' },
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'thanks',
			title: { en: 'Thanks' },
			prompt: { en: 'Who would you like to thank, and for what? Ask for the piece when you are ready.' },
			mode: 'popcorn',
			timing: { turnMs: MINUTE, budgetMs: 15 * MINUTE }
		},
		{
			kind: 'round',
			id: 'next-group',
			title: { en: 'For the next group' },
			prompt: { en: 'What should the next group know?' },
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out' },
			prompt: { en: 'In one word, how are you leaving this series?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing' },
			text: { en: 'Thank you for every story, every silence, and every pass. This series ends today; what we built can continue. Before you leave, you may write a last reflection or give feedback on your phone.' }
		}
	]
};
