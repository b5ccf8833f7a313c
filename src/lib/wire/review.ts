// What organizers read: an approved harvest and the trends across harvests, every count already suppressed
// (1–10 hidden, with complementary suppression). Served by server/http/review.ts; types only, shared with the pages.
import type { CountCell } from '../harvest/suppression';
import type { Harvest } from './harvest';

/** Why ring-wide shares are not shown for a circle. */
export type SharesHidden =
	/** Shares of a ring this small are close to one person's share. */
	| 'fewer_than_5_seats'
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
	title: string;
	program: { id: string; name: string } | null;
	closedAt: number;
}

export interface CircleTrend {
	circleId: string;
	title: string;
	program: { id: string; name: string } | null;
	closedAt: number;
	participants: CountCell;
	keepers: CountCell;
	people: CountCell;
	responses: CountCell;
	heard: ReviewedDistribution;
	safe: ReviewedDistribution;
	trust: { before: ReviewedDistribution; after: ReviewedDistribution }[];
	evenness: number | null;
	topFifthShare: number | null;
	sharesHidden: SharesHidden | null;
}

export interface ReviewAggregates {
	programId: string | null;
	/** How many approved harvests are counted (circles, not people). */
	circleCount: number;
	circles: CircleTrend[];
	totals: Omit<CircleTrend, 'circleId' | 'title' | 'program' | 'closedAt' | 'evenness' | 'topFifthShare' | 'sharesHidden'>;
}
