// Property tests for small-cell suppression (issue 5, "Organizer review"): on random tables nothing from 1 to 10 is
// published, no hidden count can be worked out from what is published, and exports carry no small count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, isSuppressed, suppressList, suppressTable, type CountCell, type CountTable, type SuppressedTable } from '$lib/harvest/suppression';

const RUNS = 1_000;
const MAX_SIDE = 6;
const MAX_COUNT = 60;
/** Half the draws come from 0–12 so sparse and small tables, where complementary suppression works hardest, are common. */
const count = fc.oneof(fc.nat({ max: MAX_COUNT }), fc.nat({ max: 12 }));

const tableOf = (counts: number[][]): CountTable => ({
	rows: counts.map((_, i) => `Row ${i}`),
	columns: (counts[0] ?? []).map((_, j) => `Column ${j}`),
	counts
});
const tables = (cell: fc.Arbitrary<number>) =>
	fc
		.record({ rows: fc.integer({ min: 1, max: MAX_SIDE }), cols: fc.integer({ min: 1, max: MAX_SIDE }) })
		.chain(({ rows, cols }) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }))
		.map(tableOf);

/** The table with its totals: row totals in the last column, column totals in the last row, the grand total in the corner. */
function withTotals(counts: readonly (readonly number[])[]): number[][] {
	const cols = counts[0]?.length ?? 0;
	const rows = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
	const totals = Array.from({ length: cols + 1 }, (_, j) => rows.reduce((a, row) => a + (row[j] ?? 0), 0));
	return [...rows, totals];
}

/** What was published, laid out like `withTotals`. */
function publishedGrid(s: SuppressedTable): CountCell[][] {
	return [...s.cells.map((row, i) => [...row, s.rowTotals[i]!]), [...s.columnTotals, s.grandTotal]];
}

/** Every table that shows what was published: non-negative, adding up, and equal to each published value. */
function consistent(values: number[][], published: CountCell[][]): boolean {
	const last = values.length - 1;
	const width = values[0]!.length - 1;
	for (let i = 0; i <= last; i++) {
		for (let j = 0; j <= width; j++) {
			const v = values[i]![j]!;
			const p = published[i]![j]!;
			if (v < 0 || (!isSuppressed(p) && p.value !== v)) return false;
		}
		if (values[i]!.slice(0, width).reduce((a, b) => a + b, 0) !== values[i]![width]) return false;
	}
	for (let j = 0; j <= width; j++) {
		if (values.slice(0, last).reduce((a, row) => a + row[j]!, 0) !== values[last]![j]) return false;
	}
	return true;
}

/**
 * A second table, different at (ti, tj), that shows exactly what was published: proof the hidden value there cannot
 * be worked out. Rows and columns are the vertices of a bipartite graph and hidden entries its edges; move one unit
 * around a cycle of hidden entries through (ti, tj), alternately adding and taking (a total moves with its parts, so
 * it changes with the opposite sign of its line's other entries). Returns undefined when no such cycle exists.
 */
function alternative(values: number[][], published: CountCell[][], ti: number, tj: number): number[][] | undefined {
	const rows = values.length;
	const cols = values[0]!.length;
	const isTotal = (i: number, j: number) => (i === rows - 1) !== (j === cols - 1);
	// In the signed grid (totals negated, so every line sums to zero) a change d to entry (i, j) changes its count by:
	const countChange = (i: number, j: number, d: number) => (isTotal(i, j) ? -d : d);
	const hidden = (i: number, j: number) => isSuppressed(published[i]![j]!);
	for (const step of [1, -1]) {
		if (values[ti]![tj]! + countChange(ti, tj, step) < 0) continue;
		// Vertices: row i is `r${i}`, column j is `c${j}`; search from the target's column back to its row.
		const parent = new Map<string, { from: string; i: number; j: number; d: number }>();
		const queue = [`c${tj}`];
		const seen = new Set(queue);
		while (queue.length > 0 && !parent.has(`r${ti}`)) {
			const v = queue.shift()!;
			const n = Number(v.slice(1));
			const fromColumn = v.startsWith('c');
			const d = fromColumn ? -step : step;
			for (let m = 0; m < (fromColumn ? rows : cols); m++) {
				const [i, j] = fromColumn ? [m, n] : [n, m];
				const w = fromColumn ? `r${m}` : `c${m}`;
				if ((i === ti && j === tj) || seen.has(w) || !hidden(i, j) || values[i]![j]! + countChange(i, j, d) < 0) continue;
				seen.add(w);
				parent.set(w, { from: v, i, j, d });
				queue.push(w);
			}
		}
		if (!parent.has(`r${ti}`)) continue;
		const next = values.map((row) => [...row]);
		next[ti]![tj]! += countChange(ti, tj, step);
		for (let v = `r${ti}`; v !== `c${tj}`; ) {
			const edge = parent.get(v)!;
			next[edge.i]![edge.j]! += countChange(edge.i, edge.j, edge.d);
			v = edge.from;
		}
		return next;
	}
	return undefined;
}

/** A CSV export as a city staffer would get it: labels, formatted counts, a totals row and column. */
function toCsv(s: SuppressedTable): string[][] {
	return [
		['', ...s.columns, 'Total'],
		...s.cells.map((row, i) => [s.rows[i]!, ...row.map((c) => formatCount(c)), formatCount(s.rowTotals[i]!)]),
		['Total', ...s.columnTotals.map((c) => formatCount(c)), formatCount(s.grandTotal)]
	];
}

const SMALL_FIELD = /^(?:[1-9]|10)$/;

/** Tables that need more than the row-and-column rule: two rings joined by one cell, and a sparse one fast-check found. */
const HARD_TABLES: [CountTable][] = [
	[tableOf([[5, 5, 5, 40], [6, 6, 40, 40], [40, 40, 6, 6], [40, 40, 6, 6]])],
	[tableOf([[1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 11, 0], [0, 0, 0, 1, 0, 10], [10, 0, 0, 0, 1, 0], [0, 0, 0, 1, 0, 0]])]
];

describe('suppressTable on random tables', () => {
	it('publishes no count from 1 to 10, in any cell or total', () => {
		fc.assert(
			fc.property(tables(count), (table) => {
				for (const row of publishedGrid(suppressTable(table))) {
					for (const cell of row) if (!isSuppressed(cell)) expect(cell.value === 0 || cell.value > 10).toBe(true);
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('leaves every hidden count, cell or total, with a second table that publishes the same', () => {
		fc.assert(
			fc.property(tables(count), (table) => {
				const values = withTotals(table.counts);
				const published = publishedGrid(suppressTable(table));
				published.forEach((row, i) =>
					row.forEach((cell, j) => {
						if (!isSuppressed(cell)) return;
						const other = alternative(values, published, i, j);
						expect(other, `hidden entry (${i}, ${j}) of ${JSON.stringify(table.counts)} can be worked out`).toBeDefined();
						expect(other![i]![j]).not.toBe(values[i]![j]);
						expect(consistent(other!, published)).toBe(true);
					})
				);
			}),
			{ numRuns: RUNS, examples: HARD_TABLES }
		);
	});

	it('publishes true values', () => {
		fc.assert(
			fc.property(tables(count), (table) => {
				const values = withTotals(table.counts);
				publishedGrid(suppressTable(table)).forEach((row, i) =>
					row.forEach((cell, j) => {
						if (!isSuppressed(cell)) expect(cell.value).toBe(values[i]![j]);
					})
				);
			}),
			{ numRuns: RUNS }
		);
	});

	it('exports no count field from 1 to 10, in CSV or JSON', () => {
		fc.assert(
			fc.property(tables(count), (table) => {
				const s = suppressTable(table);
				for (const line of toCsv(s).slice(1)) for (const field of line.slice(1)) expect(field).not.toMatch(SMALL_FIELD);
				const json = JSON.stringify(s);
				for (const [, n] of json.matchAll(/"value":(\d+)/g)) expect(Number(n) === 0 || Number(n) > 10).toBe(true);
				// A hidden cell says nothing, not even why it is hidden.
				expect(json.replaceAll('{"suppressed":true}', '')).not.toContain('suppressed');
			}),
			{ numRuns: RUNS }
		);
	});

	it('hides nothing when no cell or total is from 1 to 10', () => {
		const big = fc.oneof(fc.constant(0), fc.integer({ min: 11, max: MAX_COUNT }));
		fc.assert(
			fc.property(tables(big), (table) => {
				expect(publishedGrid(suppressTable(table)).flat().some(isSuppressed)).toBe(false);
			}),
			{ numRuns: RUNS }
		);
	});

	it('gives the same answer every time and leaves its input alone', () => {
		fc.assert(
			fc.property(tables(count), (table) => {
				const before = structuredClone(table);
				expect(suppressTable(table)).toEqual(suppressTable(before));
				expect(table).toEqual(before);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('suppressList on random lists', () => {
	const lists = fc.array(count, { maxLength: 12 }).map((counts) => ({ labels: counts.map((_, i) => `Group ${i}`), counts }));

	it('publishes no small count and leaves no hidden count alone against a published total', () => {
		fc.assert(
			fc.property(lists, (list) => {
				const s = suppressList(list);
				const published = [...s.cells, s.total];
				for (const cell of published) if (!isSuppressed(cell)) expect(cell.value === 0 || cell.value > 10).toBe(true);
				s.cells.forEach((cell, i) => {
					if (!isSuppressed(cell)) expect(cell.value).toBe(list.counts[i]);
				});
				if (isSuppressed(s.total)) return;
				const total = list.counts.reduce((a, b) => a + b, 0);
				expect(s.total.value).toBe(total);
				const hidden = list.counts.filter((_, i) => isSuppressed(s.cells[i]!));
				// With the total published, the hidden counts add up to a known sum: it must be shared by two or more and
				// not be a small count itself (a sum of 0 would pin every hidden count to 0).
				if (hidden.length > 0) {
					expect(hidden.length).toBeGreaterThanOrEqual(2);
					expect(hidden.reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
				}
			}),
			{ numRuns: RUNS }
		);
	});
});
