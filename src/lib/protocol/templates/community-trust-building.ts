// Community trust-building circle: residents and city staff meet as people first (about 2 hours, 8–12 people).
// Rounds move from values, to stories, to trust in the city, to hope (research/circle-method.md §7 T1).
import type { PlanInput } from '../plan';

const MINUTE = 60_000;

export const communityTrustBuilding: PlanInput = {
	version: 1,
	title: { en: 'Community trust-building circle' },
	description: { en: 'About two hours for 8–12 people, community members and city staff together. Rounds move from who we are, to our stories, to trust in the city, to hope.' },
	phases: [
		{
			kind: 'ceremony',
			id: 'welcome',
			title: { en: 'Welcome' },
			text: { en: 'Welcome. In this circle, community members and city staff sit as equals and speak one at a time. Being here is voluntary, and this is not therapy. Nothing is recorded: the keepers note themes, never names. What is shared stays here, unless someone is in danger.' }
		},
		{
			kind: 'ceremony',
			id: 'opening',
			title: { en: 'Opening' },
			text: { en: 'Let us arrive together. Feet on the ground. One slow breath in, one slow breath out. Notice the people around you, here in the room and online.' },
			timerMs: MINUTE
		},
		{
			kind: 'ceremony',
			id: 'talking-piece',
			title: { en: 'The talking piece' },
			text: { en: 'The talking piece travels around the ring in one direction. Whoever holds it speaks; everyone else listens. Your phone will show when it reaches you. You may speak, or pass. Passing is always fine.' }
		},
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in' },
			prompt: { en: 'What name would you like us to use, and where in this city feels like home to you?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'values',
			title: { en: 'Values' },
			prompt: { en: 'What is one value you try to live by, and where did you learn it?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements' },
			prompt: { en: 'What do you need from this circle to speak honestly today? Affirm these guidelines, add one, or pass.' },
			guidelines: [
				{ en: 'I speak from the heart, about my own experience.' },
				{ en: 'I listen from the heart, without interrupting.' },
				{ en: 'I speak only when I hold the talking piece.' },
				{ en: 'Stories shared here stay here; what I learn may leave with me.' },
				{ en: 'I say just enough, and leave time for others.' },
				{ en: 'I may pass, and no one needs to explain why.' },
				{ en: 'I am committed to learning and growing.' }
			],
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'round',
			id: 'listened-to',
			title: { en: 'Being heard' },
			prompt: { en: 'Think of a time someone in an institution truly listened to you. What did they do?' },
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'trust',
			title: { en: 'Trust' },
			prompt: { en: 'When you hear “trust” next to “city government,” what comes up for you?' },
			timing: { turnMs: 3 * MINUTE }
		},
		{
			kind: 'round',
			id: 'hope',
			title: { en: 'Hope' },
			prompt: { en: 'In the months ahead, what small sign would tell you this circle was worth your time?' },
			timing: { turnMs: 2 * MINUTE }
		},
		{
			kind: 'round',
			id: 'check-out',
			title: { en: 'Check-out' },
			prompt: { en: 'In a word or a sentence, what are you taking with you today?' },
			timing: { turnMs: MINUTE }
		},
		{
			kind: 'ceremony',
			id: 'closing',
			title: { en: 'Closing' },
			text: { en: 'Thank you for speaking and for listening. What was shared stays here; what we learned goes with us. Before you leave, you may write a reflection or give feedback on your phone.' }
		}
	]
};
