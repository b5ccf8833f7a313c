// Listening session: the city listens. In the listening rounds the keeper speaks last, so community voices lead;
// after a silence, city staff say what they heard, without explaining or defending.
import type { PlanInput } from '../plan';

const MINUTE = 60_000;

export const listeningSession: PlanInput = {
	version: 1,
	title: { en: 'Listening session' },
	description: { en: 'About two hours. The city listens. Community members share their experience; city staff listen and may pass. After a silence, staff say what they heard, without explaining or defending.' },
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome' },
			text: { en: 'Welcome. Today the city is here to listen. Community members: your experience is the expertise in this room. City staff: your part today is to listen, not to explain or defend. Being here is voluntary, this is not therapy, and nothing is recorded. What is shared stays here, unless someone is in danger.' }
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening' },
			text: { en: 'Let us take a quiet moment to arrive. Bring to mind someone whose story you carry with you today.' },
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece' },
			text: { en: 'The talking piece travels around the ring in one direction. Whoever holds it speaks; everyone else listens. In the listening rounds, the keeper speaks last. You may always pass.' }
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in' },
			prompt: { en: 'What name would you like us to use, and what brought you here today?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements' },
			prompt: { en: 'These guidelines help the city listen well. Affirm them, add one, or pass.' },
			guidelines: [
				{ en: 'I speak from my own experience.' },
				{ en: 'I listen to understand, not to answer.' },
				{ en: 'I speak only when I hold the talking piece.' },
				{ en: 'Stories shared here stay here; themes may go on without names.' },
				{ en: 'I may pass, and no one needs to explain why.' }
			],
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'experience',
			title: { en: 'Your experience' },
			prompt: { en: 'What has your experience with the city been like, for you and your family?' },
			timing: { turnMs: 3 * MINUTE },
			start: 'keeper-last'
		},
		{
			kind: 'round',
			id: 'neighborhood',
			title: { en: 'Your neighborhood' },
			prompt: { en: 'What do you wish decision-makers understood about your neighborhood?' },
			timing: { turnMs: 3 * MINUTE },
			start: 'keeper-last'
		},
		{
			kind: 'round',
			id: 'barriers',
			title: { en: 'What got in the way' },
			prompt: { en: 'The last time you sought help, what got in the way?' },
			timing: { turnMs: 2 * MINUTE },
			start: 'keeper-last'
		},
		{
			kind: 'round',
			id: 'silence',
			title: { en: 'Silence' },
			prompt: { en: 'Let what you heard settle. No one speaks for now.' },
			mode: 'silence',
			timing: { budgetMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'what-i-heard',
			title: { en: 'What I heard' },
			prompt: { en: 'What did you hear today that you will carry with you? City staff: without explaining or defending.' },
			timing: { turnMs: 2 * MINUTE }
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
			text: { en: 'Thank you for trusting us with your stories. The keepers will write a summary of themes, with no names, so what was heard here can reach the people who decide. Nothing is quoted without your permission.' }
		}
	]
};
