// What organizers read: numbered releases of a program (src/lib/harvest/release.ts) and the approved harvests in
// them, every count already suppressed (1–10 hidden, with complementary suppression). Served by server/http/review.ts.
import * as v from 'valibot';
import type { CountCell } from '../harvest/suppression';
import type { Harvest } from './harvest';

/** Why ring-wide shares are not shown for a circle. */
export type SharesHidden =
	/** The top fifth is a single seat (rings of 5 or fewer): its share would be one person's own. */
	| 'top_fifth_is_one_seat'
	/** The seat count is hidden, and "top fifth = k of n seats" would give it away. */
	| 'seat_count_hidden';

/** Answers 1..5 after suppression, (where known) how many skipped the question, and the line's total. */
export interface ReviewedDistribution {
	answers: CountCell[];
	/** Null where skips are not known (trust items asked in the lobby). */
	skipped: CountCell | null;
	/** Answers plus skips: everyone who gave feedback; for lobby trust items, everyone who answered. */
	total: CountCell;
}

export interface ReviewedEquity {
	seats: CountCell;
	topFifthSeats: number | null;
	topFifthShare: number | null;
	evenTopFifthShare: number | null;
	evenness: number | null;
	/** Null when every figure is shown; otherwise why some are null. */
	hidden: SharesHidden | null;
	/** The same reason, in words for the page. */
	hiddenReason: string | null;
	turns: CountCell;
	passes: CountCell;
	returns: CountCell;
}

export interface ReviewedHarvest extends Pick<Harvest, 'circleId' | 'title' | 'programId' | 'closedAt' | 'approvedAt' | 'themes' | 'agreements' | 'reflections'> {
	programName: string | null;
	/** The release whose batch holds this circle. */
	release: number;
	counts: {
		participants: CountCell;
		keepers: CountCell;
		/** Participants and keepers together. */
		people: CountCell;
		/** Phases of the plan, not people: never suppressed. */
		rounds: CountCell;
		turns: CountCell;
		passes: CountCell;
		returns: CountCell;
	};
	feedback: { responses: CountCell; heard: ReviewedDistribution; safe: ReviewedDistribution };
	trust: { before: ReviewedDistribution; after: ReviewedDistribution }[];
	equity: ReviewedEquity;
}

export interface ReviewListItem {
	circleId: string;
	/** The release whose batch holds this circle. */
	release: number;
	title: string;
	program: { id: string; name: string } | null;
	closedAt: number;
}

/** The counts of one group of circles (one circle, one release's batch, or a program): a row of every export. */
export interface CountsRow {
	participants: CountCell;
	keepers: CountCell;
	people: CountCell;
	responses: CountCell;
	heard: ReviewedDistribution;
	safe: ReviewedDistribution;
	trust: { before: ReviewedDistribution; after: ReviewedDistribution }[];
}

export interface CircleTrend extends CountsRow {
	circleId: string;
	title: string;
	program: { id: string; name: string } | null;
	closedAt: number;
	/** The release whose batch holds this circle. */
	release: number;
	evenness: number | null;
	topFifthShare: number | null;
	sharesHidden: SharesHidden | null;
}

/** One numbered release of a program; each adds one batch of circles to the ones before it. */
export interface ReleaseSummary {
	number: number;
	madeAt: number;
	/** Circles sealed in this release's batch (circles, not people), withdrawn or expired ones included. */
	circleCount: number;
}

/** A release's batch: its circles' counts, suppressed together once and never changed after. */
export interface ReleaseBatch extends ReleaseSummary {
	totals: CountsRow;
}

/** Approved circles of the program not in any release yet, and how many a new release needs. */
export interface PendingCircles {
	circles: number;
	needed: number;
}

export interface ReviewAggregates {
	/** The program, or null for circles outside any program. */
	programId: string | null;
	/** The release read, or null when the program has none yet. */
	release: ReleaseSummary | null;
	/** Every release of the program, newest first. */
	releases: ReleaseSummary[];
	/** How many circles are shown: those of the read release and earlier still approved and within retention. */
	circleCount: number;
	circles: CircleTrend[];
	/** One row per release up to the read one, oldest first. */
	batches: ReleaseBatch[];
	/** All batches together; a count is shown only where every batch shows it (see src/lib/harvest/release.ts). */
	totals: CountsRow;
	pending: PendingCircles;
}

/** `programId` in a review query string for circles outside any program (program ids are random, never this). */
export const NO_PROGRAM = 'none';

/** An organizer's request for the program's next release; `programId: null` for circles outside any program. */
export const MakeReleaseSchema = v.strictObject({
	programId: v.nullable(v.pipe(v.string('must be a program id or null'), v.minLength(1, 'must not be empty; use null for no program'), v.maxLength(64, 'must be at most 64 characters')))
});
export type MakeRelease = v.InferOutput<typeof MakeReleaseSchema>;
