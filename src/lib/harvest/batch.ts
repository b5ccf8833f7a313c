// One release's batch of circles, sealed: its tables are suppressed together once (1–10 hidden, complementary
// suppression, single-answer lines hidden whole) and what that publishes never changes afterwards (see release.ts).
import type { Harvest } from '../wire/harvest';
import type { CountsRow, ReviewedDistribution, ReviewedEquity, ReviewedHarvest, SharesHidden } from '../wire/review';
import { singleAnswerEntries } from './attribute-disclosure';
import { MIN_TOP_FIFTH_SEATS } from './equity-of-voice';
import { isSmallCount, isSuppressed, suppressTable, type CountCell, type SuppressedTable } from './suppression';

export const SHARES_HIDDEN_REASONS: Record<SharesHidden, string> = {
	top_fifth_is_one_seat: 'Shares of speaking time are hidden for rings of 5 seats or fewer: the top fifth is one seat, and its share would be one person\'s own.',
	seat_count_hidden: 'The number of seats is under 11 and hidden, and the top fifth\'s seat count and even share would give it away.'
};

const LIKERT = ['1', '2', '3', '4', '5'];
const ANSWERS_WITH_SKIPS = [...LIKERT, 'skipped'];
const HIDDEN: CountCell = Object.freeze({ suppressed: true });
const HIDDEN_TABLE: SuppressedTable = { rows: [], columns: [], cells: [], rowTotals: [], columnTotals: [], grandTotal: HIDDEN };

/** What an organizer may read of one circle, as sealed in its batch. */
export interface SealedCircle {
	circleId: string;
	row: CountsRow;
	counts: ReviewedHarvest['counts'];
	equity: ReviewedEquity;
}

export interface SealedBatch {
	totals: CountsRow;
	circles: SealedCircle[];
}

/** The batch's tables: rows are its circles, in the given order. */
interface Tables {
	participation: SuppressedTable;
	heard: SuppressedTable;
	safe: SuppressedTable;
	trust: { before: SuppressedTable; after: SuppressedTable }[];
}

/** Suppresses the batch's tables together and cuts every circle's row and the batch's totals from them. */
export function sealBatch(harvests: readonly Harvest[]): SealedBatch {
	const t = batchTables(harvests);
	const row = (i: number): CountsRow => ({
		participants: t.participation.cells[i]?.[0] ?? HIDDEN,
		keepers: t.participation.cells[i]?.[1] ?? HIDDEN,
		people: t.participation.rowTotals[i] ?? HIDDEN,
		responses: t.heard.rowTotals[i] ?? HIDDEN,
		heard: rowDistribution(t.heard, i),
		safe: rowDistribution(t.safe, i),
		trust: t.trust.map((x) => ({ before: rowDistribution(x.before, i), after: rowDistribution(x.after, i) }))
	});
	const totals: CountsRow = {
		participants: t.participation.columnTotals[0] ?? HIDDEN,
		keepers: t.participation.columnTotals[1] ?? HIDDEN,
		people: t.participation.grandTotal,
		responses: t.heard.grandTotal,
		heard: totalsDistribution(t.heard),
		safe: totalsDistribution(t.safe),
		trust: t.trust.map((x) => ({ before: totalsDistribution(x.before), after: totalsDistribution(x.after) }))
	};
	return { totals, circles: harvests.map((h, i) => sealCircle(h, row(i))) };
}

/** A lone count: hidden when 1–10. Only for counts that appear in no table and add up to nothing published. */
export function singleCell(n: number): CountCell {
	return isSmallCount(n) ? HIDDEN : { value: n };
}

function sum(ns: readonly number[]): number {
	return ns.reduce((a, b) => a + b, 0);
}

function batchTables(harvests: readonly Harvest[]): Tables {
	const rows = harvests.map((h) => h.circleId);
	const responses = harvests.map((h) => h.feedback.responses);
	const withSkips = (dists: readonly (readonly number[])[]) => dists.map((d, i) => [...d, Math.max(0, (responses[i] ?? 0) - sum(d))]);
	const items = harvests[0]?.trust.length ?? 0;
	const [heard, safe, ...after] = linkedAnswerTables(rows, [
		withSkips(harvests.map((h) => h.feedback.heard)),
		withSkips(harvests.map((h) => h.feedback.safe)),
		...Array.from({ length: items }, (_, k) => withSkips(harvests.map((h) => h.trust[k]?.after ?? [0, 0, 0, 0, 0])))
	]);
	return {
		participation: suppressTable({ rows, columns: ['participants', 'keepers'], counts: harvests.map((h) => [h.counts.participants, h.counts.keepers]) }),
		heard: heard ?? HIDDEN_TABLE,
		safe: safe ?? HIDDEN_TABLE,
		trust: Array.from({ length: items }, (_, k) => {
			const counts = harvests.map((h) => [...(h.trust[k]?.before ?? [0, 0, 0, 0, 0])]);
			return { before: suppressTable({ rows, columns: LIKERT, counts }, { alsoHide: singleAnswerEntries(counts, LIKERT.length) }), after: after[k] ?? HIDDEN_TABLE };
		})
	};
}

/**
 * Heard, safe and every after-trust table share their row totals (everyone in the circle who gave feedback) and
 * their grand total. A total hidden in one table must be hidden in all, and each table must then protect it with
 * its own complementary suppression (else its published cells would add up to it). So suppress them all with every
 * total any of them hides, until none hides a new one: hidden sets only grow, so this ends.
 */
function linkedAnswerTables(rows: readonly string[], tables: readonly number[][][]): SuppressedTable[] {
	const hiddenRows = new Set<number>();
	let hiddenGrand = false;
	for (;;) {
		const suppressed = tables.map((counts) => {
			const single = singleAnswerEntries(counts, LIKERT.length);
			const alsoHide = (i: number, j: number) => single(i, j) || (j === ANSWERS_WITH_SKIPS.length && (i === rows.length ? hiddenGrand : hiddenRows.has(i)));
			return suppressTable({ rows: [...rows], columns: ANSWERS_WITH_SKIPS, counts }, { alsoHide });
		});
		const before = hiddenRows.size + Number(hiddenGrand);
		for (const t of suppressed) {
			for (const [i, cell] of t.rowTotals.entries()) if (isSuppressed(cell)) hiddenRows.add(i);
			hiddenGrand ||= isSuppressed(t.grandTotal);
		}
		if (hiddenRows.size + Number(hiddenGrand) === before) return suppressed;
	}
}

function distributionOf(cells: readonly CountCell[], hasSkips: boolean, total: CountCell): ReviewedDistribution {
	return { answers: LIKERT.map((_, j) => cells[j] ?? HIDDEN), skipped: hasSkips ? (cells[LIKERT.length] ?? HIDDEN) : null, total };
}

function rowDistribution(t: SuppressedTable, i: number): ReviewedDistribution {
	return distributionOf(t.cells[i] ?? [], t.columns.length > LIKERT.length, t.rowTotals[i] ?? HIDDEN);
}

function totalsDistribution(t: SuppressedTable): ReviewedDistribution {
	return distributionOf(t.columnTotals, t.columns.length > LIKERT.length, t.grandTotal);
}

function sharesHidden(h: Harvest, seats: CountCell): SharesHidden | null {
	if (h.equity.topFifthSeats < MIN_TOP_FIFTH_SEATS) return 'top_fifth_is_one_seat';
	return isSuppressed(seats) ? 'seat_count_hidden' : null;
}

/** A circle's own counts beside its row: activity counts stand alone; seats go wherever the row's people go. */
function sealCircle(h: Harvest, row: CountsRow): SealedCircle {
	const turns = singleCell(h.counts.turns);
	const passes = singleCell(h.counts.passes);
	const returns = singleCell(h.counts.returns);
	const seats = isSuppressed(row.people) ? HIDDEN : singleCell(h.equity.seats);
	const hidden = sharesHidden(h, seats);
	const oneSeat = hidden === 'top_fifth_is_one_seat';
	return {
		circleId: h.circleId,
		row,
		counts: { participants: row.participants, keepers: row.keepers, people: row.people, rounds: { value: h.counts.rounds }, turns, passes, returns },
		equity: {
			seats,
			topFifthSeats: hidden === null ? h.equity.topFifthSeats : null,
			topFifthShare: oneSeat ? null : h.equity.topFifthShare,
			evenTopFifthShare: hidden === null ? h.equity.evenTopFifthShare : null,
			evenness: oneSeat ? null : h.equity.evenness,
			hidden,
			hiddenReason: hidden && SHARES_HIDDEN_REASONS[hidden],
			turns,
			passes,
			returns
		}
	};
}
