// Conflict-transformation skills circle: practicing how we meet disagreement, in body, word and relationship (about 90 minutes).
// Story rounds around a silent reflection, then an open conversation on the patterns we noticed.
import type { PlanInput } from '../plan';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

export const conflictTransformationSkills: PlanInput = {
	version: 1,
	title: { en: 'Conflict-transformation skills circle' },
	description: { en: 'About 90 minutes for 6–10 people. We learn from our own experience how we meet conflict, and each leave with one practice to try.' },
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome' },
			text: { en: 'Welcome. Today we practice how we meet conflict: in our bodies, in our words, in our relationships. We learn from our own lives, not from experts. Being here is voluntary, and this is not therapy. What is shared stays here, unless someone is in danger.' }
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening' },
			text: { en: 'Let us breathe together. In for four counts, hold for four, out for four. Notice your shoulders, your jaw, your hands.' },
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece' },
			text: { en: 'The talking piece travels around the ring in one direction. Whoever holds it speaks; everyone else listens. Because it goes all the way around, no one has to answer back right away. You may always pass.' }
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in' },
			prompt: { en: 'What is one word for how you are arriving today?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements' },
			prompt: { en: 'These guidelines help us practice safely. Affirm them, add one, or pass.' },
			guidelines: [
				{ en: 'I speak from the heart, using “I”.' },
				{ en: 'I listen from the heart, without interrupting.' },
				{ en: 'I speak only when I hold the talking piece.' },
				{ en: 'Stories shared here stay here.' },
				{ en: 'I stay curious, even when I disagree.' },
				{ en: 'I may pass, and no one needs to explain why.' }
			],
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'growing-up',
			title: { en: 'What we learned' },
			prompt: { en: 'What did you learn growing up about handling disagreement?' },
			timing: { turnMs: 90 * SECOND }
		},
		{
			kind: 'round',
			id: 'silent-reflection',
			title: { en: 'Silent reflection' },
			prompt: { en: 'Recall a recent conflict. Without words, notice what your body does as you remember it.' },
			mode: 'silence',
			timing: { budgetMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'body',
			title: { en: 'The body first' },
			prompt: { en: 'In that conflict, what did your body do first?' },
			timing: { turnMs: 90 * SECOND }
		},
		{
			kind: 'round',
			id: 'curiosity',
			title: { en: 'Staying curious' },
			prompt: { en: 'What helps you stay curious when you feel criticized?' },
			timing: { turnMs: 90 * SECOND }
		},
		{
			kind: 'round',
			id: 'stronger',
			title: { en: 'Stronger relationships' },
			prompt: { en: 'When did a conflict leave a relationship stronger? What made that possible?' },
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'patterns',
			title: { en: 'Open conversation' },
			prompt: { en: 'What patterns do you notice across our stories? Speak one at a time, and leave room for others.' },
			mode: 'open',
			timing: { budgetMs: 10 * MINUTE }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out' },
			prompt: { en: 'What practice will you try this week?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing' },
			text: { en: 'Thank you for practicing in this circle. Conflict is part of every relationship; how we meet it is a skill we keep learning. Before you leave, you may write a reflection or give feedback on your phone.' }
		}
	]
};
