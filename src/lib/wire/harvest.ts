// The harvest as it travels between server and pages: the keeper's draft, their edits, and what
// organizers read. Everything here is already anonymized: no names, no seat ids, no per-person values.
import * as v from 'valibot';
import type { EquityOfVoice } from '../harvest/equity-of-voice';

export const HARVEST_STATUSES = ['draft', 'approved', 'withdrawn'] as const;
export type HarvestStatus = (typeof HARVEST_STATUSES)[number];

/** Answers 1..5 as five counts (index 0 = answer 1). Organizers only ever see them after suppression. */
export type Distribution = [number, number, number, number, number];

export interface Harvest {
	circleId: string;
	title: string;
	programId: string | null;
	closedAt: number;
	status: HarvestStatus;
	approvedAt: number | null;
	counts: { participants: number; keepers: number; rounds: number; turns: number; passes: number; returns: number };
	/** Keepers' paraphrased notes, redacted, with the title of the phase they were noted in. */
	themes: { id: number; phase: string | null; text: string }[];
	agreements: { id: number; text: string }[];
	/** Reflections whose author chose `theme` or `quote`, redacted; `circle` ones were never stored. */
	reflections: { id: number; scope: 'theme' | 'quote'; text: string }[];
	feedback: { responses: number; heard: Distribution; safe: Distribution };
	/** One entry per trust item: answers before (lobby) and after (check-out). */
	trust: { before: Distribution; after: Distribution }[];
	equity: EquityOfVoice;
}

const editedText = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(2000, 'must be at most 2000 characters'));

/** A keeper's edit of the draft: texts can be reworded or dropped (redaction runs again on every edit). */
export const HarvestEditSchema = v.strictObject({
	themes: v.array(v.strictObject({ id: v.number(), text: editedText })),
	agreements: v.array(v.strictObject({ id: v.number(), text: editedText })),
	reflections: v.array(v.strictObject({ id: v.number(), text: editedText }))
});
export type HarvestEdit = v.InferOutput<typeof HarvestEditSchema>;
