// Harm-and-repair circle: for people affected by a specific harm, moving from what happened to impacts, needs and repair.
// Non-blaming and voluntary, not therapy; hold it only after a keeper has met each person, and with two keepers.
import type { PlanInput } from '../plan';

const MINUTE = 60_000;

export const harmAndRepair: PlanInput = {
	version: 1,
	title: { en: 'Harm and repair circle' },
	description: { en: 'For people affected by a specific harm, usually 4–8 people and about two hours. Hold it only after a keeper has met with each person and everyone has chosen to come, and with two keepers. Rounds move from what happened, to who was affected, to what is needed, to repair. No one is judged or made to speak.' },
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome' },
			text: { en: 'Thank you for coming. Something happened that affected people in this room. We are not here to judge or to blame, but to understand what happened, who was affected, and what could help make things more right. You may pass, pause, or step out at any time. This is not therapy. What is shared stays here, unless someone is in danger.' }
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening' },
			text: { en: 'Let us take a quiet minute. Coming here took courage. Breathe, and notice what you need in order to listen.' },
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece' },
			text: { en: 'The talking piece keeps this circle safe. Only the person holding it speaks, and no one answers out of turn. When it reaches you, you may speak, hold it in silence, or pass. The keepers may pause the circle at any time.' }
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in' },
			prompt: { en: 'What is one thing that gives you strength today?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements' },
			prompt: { en: 'What do you need from this circle to be able to speak and listen? Affirm these guidelines, add one, or pass.' },
			guidelines: [
				{ en: 'I speak about what I experienced, not about what others meant.' },
				{ en: 'I describe what happened and how it affected me, not what kind of person anyone is.' },
				{ en: 'I listen without interrupting, even when it is hard.' },
				{ en: 'I speak only when I hold the talking piece.' },
				{ en: 'What is shared here stays here.' },
				{ en: 'I may pass, or ask for a pause, at any time.' }
			],
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'what-happened',
			title: { en: 'What happened' },
			prompt: { en: 'From where you sit, what happened?' },
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'then-and-since',
			title: { en: 'Then and since' },
			prompt: { en: 'What went through your mind then, and since?' },
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'affected',
			title: { en: 'Who was affected' },
			prompt: { en: 'Who has been affected, and how?' },
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'hardest',
			title: { en: 'What has been hardest' },
			prompt: { en: 'What has been hardest for you?' },
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'pause',
			title: { en: 'A quiet moment' },
			prompt: { en: 'Take a quiet moment with what has been shared, before we turn to repair.' },
			mode: 'silence',
			timing: { budgetMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'repair',
			title: { en: 'Repair' },
			prompt: { en: 'What would need to happen for things to feel more right?' },
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out' },
			prompt: { en: 'What do you need as you leave today?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing' },
			text: { en: 'Thank you for your courage and your care. The keepers will follow up with each of you about next steps. What was shared stays here. Take the time you need before you go.' }
		}
	]
};
