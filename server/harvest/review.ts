// Suppression of everything organizers read. One canonical set of tables is suppressed over every approved harvest,
// and each view (one harvest, a program's trends, an export) is cut from it, so two views cannot be subtracted.
import { isSmallCount, isSuppressed, suppressTable, type CountCell, type SuppressedTable } from '../../src/lib/harvest/suppression';
import type { Harvest } from '../../src/lib/wire/harvest';
import type { CircleTrend, ReviewAggregates, ReviewedDistribution, ReviewedEquity, ReviewedHarvest, SharesHidden } from '../../src/lib/wire/review';

/** Below this many seats a ring-wide share is too close to one person's own (PRODUCT.md: never per person). */
export const MIN_SEATS_FOR_SHARES = 5;
export const SHARES_HIDDEN_REASONS: Record<SharesHidden, string> = {
	fewer_than_5_seats: `Shares of speaking time are hidden for rings of fewer than ${MIN_SEATS_FOR_SHARES} seats: they would be close to one person's own.`,
	seat_count_hidden: 'The number of seats is under 11 and hidden, and the top fifth\'s seat count and even share would give it away.'
};

const LIKERT = ['1', '2', '3', '4', '5'];
const HIDDEN: CountCell = { suppressed: true };

export type ProgramNames = (programId: string | null) => string | null;

/** The canonical tables: rows are harvests in the given order. */
interface Canon {
	harvests: Harvest[];
	participation: SuppressedTable;
	heard: SuppressedTable;
	safe: SuppressedTable;
	trust: { before: SuppressedTable; after: SuppressedTable }[];
}

function sum(ns: readonly number[]): number {
	return ns.reduce((a, b) => a + b, 0);
}

/** A lone count: hidden when 1–10. Used only for counts that appear in no table and add up to nothing published. */
export function singleCell(n: number): CountCell {
	return isSmallCount(n) ? HIDDEN : { value: n };
}

/**
 * Heard, safe and every after-trust table have the same row totals (everyone who gave feedback). Each table hides
 * its own totals; a total hidden in one must be hidden in all, or the other table would print it. Hiding more never
 * reveals more, so this keeps each table's own guarantee.
 */
function linkTotals(tables: SuppressedTable[]): SuppressedTable[] {
	const rows = tables[0]?.rowTotals.length ?? 0;
	const hiddenRow = Array.from({ length: rows }, (_, i) => tables.some((t) => isSuppressed(t.rowTotals[i] ?? HIDDEN)));
	const hiddenGrand = tables.some((t) => isSuppressed(t.grandTotal));
	return tables.map((t) => ({
		...t,
		rowTotals: t.rowTotals.map((cell, i) => (hiddenRow[i] ? HIDDEN : cell)),
		grandTotal: hiddenGrand ? HIDDEN : t.grandTotal
	}));
}

export function canonicalTables(harvests: readonly Harvest[]): Canon {
	const rows = harvests.map((h) => h.circleId);
	const responses = harvests.map((h) => h.feedback.responses);
	const withSkips = (dists: number[][]) => dists.map((d, i) => [...d, Math.max(0, (responses[i] ?? 0) - sum(d))]);
	const table = (columns: string[], counts: number[][]) => suppressTable({ rows, columns, counts });
	const items = harvests[0]?.trust.length ?? 0;
	const heard = table([...LIKERT, 'skipped'], withSkips(harvests.map((h) => [...h.feedback.heard])));
	const safe = table([...LIKERT, 'skipped'], withSkips(harvests.map((h) => [...h.feedback.safe])));
	const after = Array.from({ length: items }, (_, k) => table([...LIKERT, 'skipped'], withSkips(harvests.map((h) => [...(h.trust[k]?.after ?? [0, 0, 0, 0, 0])]))));
	const [linkedHeard, linkedSafe, ...linkedAfter] = linkTotals([heard, safe, ...after]);
	return {
		harvests: [...harvests],
		participation: table(['participants', 'keepers'], harvests.map((h) => [h.counts.participants, h.counts.keepers])),
		heard: linkedHeard ?? heard,
		safe: linkedSafe ?? safe,
		trust: Array.from({ length: items }, (_, k) => ({
			before: table(LIKERT, harvests.map((h) => [...(h.trust[k]?.before ?? [0, 0, 0, 0, 0])])),
			after: linkedAfter[k] ?? HIDDEN_TABLE
		}))
	};
}

const HIDDEN_TABLE: SuppressedTable = { rows: [], columns: [], cells: [], rowTotals: [], columnTotals: [], grandTotal: HIDDEN };

function rowDistribution(t: SuppressedTable, i: number): ReviewedDistribution {
	const cells = t.cells[i] ?? [];
	return { answers: LIKERT.map((_, j) => cells[j] ?? HIDDEN), skipped: t.columns.length > LIKERT.length ? (cells[LIKERT.length] ?? HIDDEN) : null, total: t.rowTotals[i] ?? HIDDEN };
}

/**
 * Totals over some rows of a canonical table. Over every row they are the table's own (suppressed) totals. Over a
 * subset a total is published only when every part of it is: then it is a sum of published counts and tells nothing new.
 */
function subsetTotals(t: SuppressedTable, picked: readonly number[], all: boolean): { columns: CountCell[]; total: CountCell } {
	if (all) return { columns: [...t.columnTotals], total: t.grandTotal };
	const add = (cells: CountCell[]): CountCell => (cells.some(isSuppressed) ? HIDDEN : { value: sum(cells.map((c) => ('value' in c ? c.value : 0))) });
	return {
		columns: t.columns.map((_, j) => add(picked.map((i) => t.cells[i]?.[j] ?? HIDDEN))),
		total: add(picked.map((i) => t.rowTotals[i] ?? HIDDEN))
	};
}

function totalsDistribution(t: SuppressedTable, picked: readonly number[], all: boolean): ReviewedDistribution {
	const { columns, total } = subsetTotals(t, picked, all);
	return { answers: LIKERT.map((_, j) => columns[j] ?? HIDDEN), skipped: t.columns.length > LIKERT.length ? (columns[LIKERT.length] ?? HIDDEN) : null, total };
}

function sharesHidden(seats: number, seatCell: CountCell): SharesHidden | null {
	if (seats < MIN_SEATS_FOR_SHARES) return 'fewer_than_5_seats';
	return isSuppressed(seatCell) ? 'seat_count_hidden' : null;
}

function trend(canon: Canon, i: number, programName: ProgramNames): CircleTrend {
	const h = canon.harvests[i] as Harvest;
	const p = canon.participation;
	const seatCell = isSuppressed(p.rowTotals[i] ?? HIDDEN) ? HIDDEN : singleCell(h.equity.seats);
	const hidden = sharesHidden(h.equity.seats, seatCell);
	const showShares = hidden !== 'fewer_than_5_seats';
	return {
		circleId: h.circleId,
		title: h.title,
		program: h.programId === null ? null : { id: h.programId, name: programName(h.programId) ?? '' },
		closedAt: h.closedAt,
		participants: p.cells[i]?.[0] ?? HIDDEN,
		keepers: p.cells[i]?.[1] ?? HIDDEN,
		people: p.rowTotals[i] ?? HIDDEN,
		responses: canon.heard.rowTotals[i] ?? HIDDEN,
		heard: rowDistribution(canon.heard, i),
		safe: rowDistribution(canon.safe, i),
		trust: canon.trust.map((t) => ({ before: rowDistribution(t.before, i), after: rowDistribution(t.after, i) })),
		evenness: showShares ? h.equity.evenness : null,
		topFifthShare: showShares ? h.equity.topFifthShare : null,
		sharesHidden: hidden
	};
}

/** Trends for the harvests `pick` selects, cut from the canonical tables over all of `approved`. */
export function aggregates(approved: readonly Harvest[], pick: (h: Harvest) => boolean, programId: string | null, programName: ProgramNames): ReviewAggregates {
	const canon = canonicalTables(approved);
	const picked = canon.harvests.flatMap((h, i) => (pick(h) ? [i] : []));
	const all = picked.length === canon.harvests.length;
	const participation = subsetTotals(canon.participation, picked, all);
	const heard = totalsDistribution(canon.heard, picked, all);
	return {
		programId,
		circleCount: picked.length,
		circles: picked.map((i) => trend(canon, i, programName)),
		totals: {
			participants: participation.columns[0] ?? HIDDEN,
			keepers: participation.columns[1] ?? HIDDEN,
			people: participation.total,
			responses: heard.total,
			heard,
			safe: totalsDistribution(canon.safe, picked, all),
			trust: canon.trust.map((t) => ({ before: totalsDistribution(t.before, picked, all), after: totalsDistribution(t.after, picked, all) }))
		}
	};
}

/** One approved harvest as an organizer reads it: its row of the canonical tables plus its own activity counts. */
export function reviewedHarvest(approved: readonly Harvest[], circleId: string, programName: ProgramNames): ReviewedHarvest | undefined {
	const canon = canonicalTables(approved);
	const i = canon.harvests.findIndex((h) => h.circleId === circleId);
	const h = canon.harvests[i];
	if (!h) return undefined;
	const row = trend(canon, i, programName);
	const turns = singleCell(h.counts.turns);
	const passes = singleCell(h.counts.passes);
	const returns = singleCell(h.counts.returns);
	const seats = isSuppressed(row.people) ? HIDDEN : singleCell(h.equity.seats);
	const hidden = sharesHidden(h.equity.seats, seats);
	const equity: ReviewedEquity = {
		seats,
		topFifthSeats: hidden === null ? h.equity.topFifthSeats : null,
		topFifthShare: hidden === 'fewer_than_5_seats' ? null : h.equity.topFifthShare,
		evenTopFifthShare: hidden === null ? h.equity.evenTopFifthShare : null,
		evenness: hidden === 'fewer_than_5_seats' ? null : h.equity.evenness,
		hidden,
		hiddenReason: hidden && SHARES_HIDDEN_REASONS[hidden],
		turns,
		passes,
		returns
	};
	return {
		circleId: h.circleId,
		title: h.title,
		programId: h.programId,
		programName: programName(h.programId),
		closedAt: h.closedAt,
		approvedAt: h.approvedAt,
		themes: h.themes,
		agreements: h.agreements,
		reflections: h.reflections,
		counts: { participants: row.participants, keepers: row.keepers, people: row.people, rounds: { value: h.counts.rounds }, turns, passes, returns },
		feedback: { responses: row.responses, heard: row.heard, safe: row.safe },
		trust: row.trust,
		equity
	};
}
