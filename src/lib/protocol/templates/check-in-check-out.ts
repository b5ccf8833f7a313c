// Check-in / check-out micro circle: 10–20 minutes to open or close a meeting with one voice at a time.
// Turns are time-boxed with a hard limit: when time is up, the piece moves on with a notice.
import type { PlanInput } from '../plan';

const SECOND = 1_000;

export const checkInCheckOut: PlanInput = {
	version: 1,
	title: { en: 'Check-in / check-out micro circle' },
	description: { en: 'A 10–20 minute circle to begin or end a meeting. Each turn is time-boxed; when time is up, the piece moves on.' },
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome' },
			text: { en: 'A short circle to arrive together. The talking piece goes around once for each question. Each turn is short, under a minute, and the piece moves on when time is up. You may always pass.' }
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in' },
			prompt: { en: 'In a word or a phrase, what are you bringing into the room today?' },
			timing: { turnMs: 30 * SECOND, limit: 'hard' }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements' },
			prompt: { en: 'Our agreements for these few minutes. Say yes, add one, or pass.' },
			guidelines: [
				{ en: 'I speak from the heart, and briefly.' },
				{ en: 'I listen without interrupting.' },
				{ en: 'What is shared here stays here.' },
				{ en: 'I may pass.' }
			],
			timing: { turnMs: 20 * SECOND, limit: 'hard' }
		},
		{
			kind: 'round',
			id: 'presence',
			title: { en: 'Being present' },
			prompt: { en: 'What would help you be fully present here?' },
			timing: { turnMs: 30 * SECOND, limit: 'hard' }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out' },
			prompt: { en: 'What are you taking with you, and what are you leaving here?' },
			timing: { turnMs: 45 * SECOND, limit: 'hard' }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing' },
			text: { en: 'Thank you. Let us take one breath together before we go on.' },
			timerMs: 15 * SECOND
		}
	]
};
