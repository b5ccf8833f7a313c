// Preparation circle: held separately with each group (for example residents, then city staff) before a joint circle.
// Each group names what it needs, what worries it, and what it will carry into the joint circle.
import type { PlanInput } from '../plan';

const MINUTE = 60_000;

export const preparationCircle: PlanInput = {
	version: 1,
	title: { en: 'Preparation circle' },
	description: { en: 'Run it once with each group, for example community members and then city staff, before they sit together in one circle. About 90 minutes for 6–8 people.' },
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome' },
			text: { en: 'Welcome. Soon you will sit in one circle with another group. Today it is just us, to prepare: to say what we need, what worries us, and what will help us stay. Nothing from today goes to the other group unless we agree on it together, and never with names.' }
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening' },
			text: { en: 'Let us take a quiet minute. Breathe, and notice how you feel about the circle ahead.' },
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece' },
			text: { en: 'The talking piece travels around the ring in one direction. Whoever holds it speaks; everyone else listens. It will travel the same way in the joint circle. You may always pass.' }
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in' },
			prompt: { en: 'What name would you like us to use, and how do you feel about the joint circle?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements' },
			prompt: { en: 'These are the guidelines we will also bring to the joint circle. Affirm them, add one, or pass.' },
			guidelines: [
				{ en: 'I speak from the heart, about my own experience.' },
				{ en: 'I listen from the heart, without interrupting.' },
				{ en: 'I speak only when I hold the talking piece.' },
				{ en: 'What is shared here stays here, unless we agree together to carry it on.' },
				{ en: 'I may pass, and no one needs to explain why.' }
			],
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'understand',
			title: { en: 'What we need understood' },
			prompt: { en: 'What do you most need the other group to understand?' },
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'worries',
			title: { en: 'Worries' },
			prompt: { en: 'What worries you about sitting together?' },
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'staying',
			title: { en: 'Staying' },
			prompt: { en: 'What would help you stay if it gets hard?' },
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'carry',
			title: { en: 'What we carry' },
			prompt: { en: 'What from today, if anything, should we carry into the joint circle?' },
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out' },
			prompt: { en: 'What do you need between now and the joint circle?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing' },
			text: { en: 'Thank you. The keepers will bring into the joint circle only what we agreed to carry, without names. When we meet the other group, this circle comes with us.' }
		}
	]
};
