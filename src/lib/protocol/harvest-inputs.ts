// What a circle gathers for its harvest while it runs: keepers' paraphrased notes, participants'
// reflections with a consent scope, anonymous feedback, and equity-of-voice counts per seat.
import * as v from 'valibot';
import { visibleText } from './free-text';

export const MAX_NOTE_LENGTH = 500;
export const MAX_REFLECTION_LENGTH = 2000;
/** Trust items asked before (lobby) and after (check-out), each answered 1–5. */
export const TRUST_ITEM_COUNT = 3;

/**
 * - `circle`: stays in the circle — keepers see it during the session; never stored past close.
 * - `theme`: an anonymous theme for organizers (paraphrased in the harvest).
 * - `quote`: may be quoted anonymously (after redaction).
 */
export const REFLECTION_SCOPES = ['circle', 'theme', 'quote'] as const;
export type ReflectionScope = (typeof REFLECTION_SCOPES)[number];

const likert = v.pipe(v.number('must be a number from 1 to 5'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 to 5'), v.maxValue(5, 'must be 1 to 5'));
const optionalLikert = v.nullable(likert);

export const TrustAnswersSchema = v.pipe(
	v.array(optionalLikert, 'must be a list of answers'),
	v.length(TRUST_ITEM_COUNT, `must answer the ${TRUST_ITEM_COUNT} trust items (null to skip one)`)
);

export const HarvestCommandSchemas = {
	ADD_NOTE: v.strictObject({
		type: v.literal('ADD_NOTE'),
		kind: v.picklist(['theme', 'agreement'], 'must be "theme" or "agreement"'),
		text: v.pipe(v.string('must be text'), visibleText(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`))
	}),
	REMOVE_NOTE: v.strictObject({ type: v.literal('REMOVE_NOTE'), id: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
	REFLECT: v.strictObject({
		type: v.literal('REFLECT'),
		scope: v.picklist(REFLECTION_SCOPES, 'must be "circle", "theme" or "quote"'),
		text: v.pipe(v.string('must be text'), visibleText(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_REFLECTION_LENGTH, `must be at most ${MAX_REFLECTION_LENGTH} characters`))
	}),
	TRUST_BEFORE: v.strictObject({ type: v.literal('TRUST_BEFORE'), trust: TrustAnswersSchema }),
	FEEDBACK: v.strictObject({ type: v.literal('FEEDBACK'), heard: optionalLikert, safe: optionalLikert, trust: TrustAnswersSchema })
} as const;

export interface Note {
	id: number;
	kind: 'theme' | 'agreement';
	/** The phase it was noted in (index into the plan), or null before the first phase. */
	phaseIndex: number | null;
	text: string;
	at: number;
}

export interface Reflection {
	id: number;
	/** Kept only so a person sees their own reflections; never leaves the circle. */
	seatId: string;
	scope: ReflectionScope;
	text: string;
}

export type TrustAnswers = (number | null)[];

/** Feedback answers, kept apart from who gave them: the seat lists only stop a second answer. */
export interface Feedback {
	before: TrustAnswers[];
	after: { heard: number | null; safe: number | null; trust: TrustAnswers }[];
	beforeFrom: string[];
	afterFrom: string[];
}

/** Speaking time and turns per seat, for equity of voice; turned into anonymous seat numbers at close. */
export interface SeatVoice {
	speakingMs: number;
	turns: number;
	passes: number;
	returns: number;
}

export interface HarvestInputs {
	notes: Note[];
	reflections: Reflection[];
	feedback: Feedback;
	voice: Record<string, SeatVoice>;
	nextHarvestId: number;
}

export function emptyHarvestInputs(): HarvestInputs {
	return { notes: [], reflections: [], feedback: { before: [], after: [], beforeFrom: [], afterFrom: [] }, voice: {}, nextHarvestId: 1 };
}

/** Adds `seatId` to a sorted list: the list says who answered, never in which order. */
export function withSeat(list: string[], seatId: string): string[] {
	return [...list, seatId].sort();
}

export function recordVoice(voice: Record<string, SeatVoice>, seatId: string, change: Partial<SeatVoice>): Record<string, SeatVoice> {
	const was = voice[seatId] ?? { speakingMs: 0, turns: 0, passes: 0, returns: 0 };
	return {
		...voice,
		[seatId]: {
			speakingMs: was.speakingMs + (change.speakingMs ?? 0),
			turns: was.turns + (change.turns ?? 0),
			passes: was.passes + (change.passes ?? 0),
			returns: was.returns + (change.returns ?? 0)
		}
	};
}
