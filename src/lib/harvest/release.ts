// The release model that stops hidden counts coming back by subtraction over time (issue 8, finding 2). Organizers
// never read live aggregates: they read numbered releases of a program, each adding one sealed batch of circles.
//
// Why no release can be subtracted from another to give a hidden count:
//  1. A batch is suppressed once, when its release is made (batch.ts), and what it published never changes: later
//     approvals go to a later batch, and a withdrawal or an expiry takes the circle's own row out of view but leaves
//     its batch's totals as they were. Taking a row out only removes facts a reader already had; and leaving the
//     totals alone means no release ever shrinks (or grows) a batch's count, so no before/after pair exists.
//  2. Batches hold disjoint circles, so each batch's tables are safe on their own (suppressTable's guarantee) and
//     together, since no equation links the unknowns of two batches.
//  3. A program-wide count is shown only where every batch shows its part: it is then a sum of published numbers
//     and tells nothing new. Releases only add batches, so the same count in two releases differs by the sum of
//     the added batches' published parts, each 0 or 11 and more: never 1 to 10.
// Checked by an adversary who keeps every export and subtracts every pair: tests/integration/release-differencing.test.ts.
import type { CountsRow, ReviewedDistribution } from '../wire/review';
import { isSuppressed, type CountCell } from './suppression';

/**
 * A release waits for this many newly approved circles. Not needed for the guarantee above (a batch of one circle
 * is suppressed like any table) but for what it leaves readable: a program-wide count stays hidden for good once any
 * batch hides its part, and a batch of one small circle would hide nearly every count.
 */
export const MIN_RELEASE_CIRCLES = 3;

const HIDDEN: CountCell = Object.freeze({ suppressed: true });

/** Why a release is held back, in words an organizer can act on; null when one can be made. */
export function heldBackReason(pendingCircles: number, needed = MIN_RELEASE_CIRCLES): string | null {
	if (pendingCircles >= needed) return null;
	const waiting = pendingCircles === 0 ? 'No approved circle is waiting' : `Only ${pendingCircles} approved circle${pendingCircles === 1 ? ' is' : 's are'} waiting`;
	return `${waiting}; a release needs ${needed} new circles so that its counts can be shown. It will be possible once keepers approve ${needed - pendingCircles} more.`;
}

/** The sum of cells, published only when every one of them is; no cells at all sum to a published zero. */
export function sumWhereAllShown(cells: readonly CountCell[]): CountCell {
	let total = 0;
	for (const cell of cells) {
		if (isSuppressed(cell)) return HIDDEN;
		total += cell.value;
	}
	return { value: total };
}

function sumDistributions(ds: readonly ReviewedDistribution[], withSkips: boolean): ReviewedDistribution {
	return {
		answers: [0, 1, 2, 3, 4].map((j) => sumWhereAllShown(ds.map((d) => d.answers[j] ?? HIDDEN))),
		skipped: withSkips ? sumWhereAllShown(ds.map((d) => d.skipped ?? HIDDEN)) : null,
		total: sumWhereAllShown(ds.map((d) => d.total))
	};
}

/** The program-wide row over some batches' totals (rule 3 above). `trustItems` sizes an empty program's row. */
export function programTotals(batches: readonly CountsRow[], trustItems: number): CountsRow {
	const items = batches[0]?.trust.length ?? trustItems;
	return {
		participants: sumWhereAllShown(batches.map((b) => b.participants)),
		keepers: sumWhereAllShown(batches.map((b) => b.keepers)),
		people: sumWhereAllShown(batches.map((b) => b.people)),
		responses: sumWhereAllShown(batches.map((b) => b.responses)),
		heard: sumDistributions(batches.map((b) => b.heard), true),
		safe: sumDistributions(batches.map((b) => b.safe), true),
		trust: Array.from({ length: items }, (_, k) => ({
			before: sumDistributions(batches.map((b) => b.trust[k]?.before ?? emptyDistribution(false)), false),
			after: sumDistributions(batches.map((b) => b.trust[k]?.after ?? emptyDistribution(true)), true)
		}))
	};
}

function emptyDistribution(withSkips: boolean): ReviewedDistribution {
	return { answers: [0, 0, 0, 0, 0].map((value) => ({ value })), skipped: withSkips ? { value: 0 } : null, total: { value: 0 } };
}
