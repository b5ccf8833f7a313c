// Small-cell suppression (PRODUCT.md "Harvest, notes and privacy"; research/reliability.md §3.3): worked examples of
// which counts hide and why, percentages, formatting and bad input. The invariants are in suppression.properties.test.ts.
import { describe, expect, it } from 'vitest';
import {
	cellPercentages,
	formatCount,
	isSmallCount,
	listPercentages,
	percentOf,
	suppressList,
	suppressTable,
	SUPPRESSED_LABEL,
	type SuppressedTable
} from '$lib/harvest/suppression';

const H = SUPPRESSED_LABEL;

/** The table as a reader sees it: each row with its total, then the column totals and the grand total. */
function render(counts: number[][]): string[][] {
	const s: SuppressedTable = suppressTable({ rows: counts.map((_, i) => `Row ${i}`), columns: (counts[0] ?? []).map((_, j) => `Column ${j}`), counts });
	return [...s.cells.map((row, i) => [...row, s.rowTotals[i]!].map((c) => formatCount(c))), [...s.columnTotals, s.grandTotal].map((c) => formatCount(c))];
}

describe('primary suppression', () => {
	it.each([
		[0, false],
		[1, true],
		[10, true],
		[11, false],
		[60, false]
	])('treats %i as small: %s', (n, small) => {
		expect(isSmallCount(n)).toBe(small);
	});

	it('shows zeros: a group nobody is in identifies no one', () => {
		expect(render([[0, 20], [30, 0]])).toEqual([
			['0', '20', '20'],
			['30', '0', '30'],
			['30', '20', '50']
		]);
	});

	it('hides every non-zero count when the grand total is itself small', () => {
		expect(render([[3, 0], [0, 4]])).toEqual([
			[H, '0', H],
			['0', H, H],
			[H, H, H]
		]);
	});
});

describe('complementary suppression', () => {
	it('hides a rectangle so one small cell cannot be taken from its row or column total', () => {
		expect(render([[5, 20], [30, 40]])).toEqual([
			[H, H, '25'],
			[H, H, '70'],
			['35', '60', '95']
		]);
	});

	it('picks the smallest other cells, preferring one that also mends its crossing column', () => {
		// 4 is small; 20 and 25 are the smallest partners and close the rectangle in two columns.
		expect(render([[20, 4, 30], [25, 35, 40]])).toEqual([
			[H, H, '30', '54'],
			[H, H, '40', '100'],
			['45', '39', '70', '154']
		]);
	});

	it('hides the row total when the row\'s only non-zero cell is hidden, as the total would equal it', () => {
		// 42 is hidden to protect the 4 below it; row 0's total would then be 42 itself.
		expect(render([[42], [4]])).toEqual([
			[H, H],
			[H, H],
			['46', '46']
		]);
	});

	it('hides the row total when its only count is small: the total is that count', () => {
		expect(render([[0, 7, 0], [20, 30, 40]])[0]).toEqual(['0', H, '0', H]);
	});

	it('hides a zero rather than a total when that one zero also mends its column', () => {
		// Row 0 is [12, 0]: hiding the 0 gives row 0 and column 1 their second hidden cell and keeps every total.
		expect(render([[12, 0], [5, 30]])).toEqual([
			[H, H, '12'],
			[H, H, '35'],
			['17', '30', '47']
		]);
	});

	it('hides one more when the hidden cells of a line add up to a small count (CalHHS DDG 4.4.1 b)', () => {
		// 3 + 4 = 7 would be published as "the first two groups had 7 together".
		const list = suppressList({ labels: ['a', 'b', 'c', 'd'], counts: [3, 4, 50, 60] });
		expect(list.cells.map((c) => formatCount(c))).toEqual([H, H, H, '60']);
		expect(formatCount(list.total)).toBe('117');
	});

	it('hides one more when every hidden cell of a line is 3 or less (CalHHS DDG 4.4.1 a)', () => {
		const list = suppressList({ labels: ['a', 'b', 'c', 'd'], counts: [3, 3, 3, 3] });
		expect([...list.cells, list.total].map((c) => formatCount(c))).toEqual([H, H, H, H, H]);
	});

	it('hides one more cell when a hidden cell bridges two rings of hidden cells (the row-and-column rule is not enough)', () => {
		// Every row and column has two hidden cells or none, yet (0, 2) is fixed: the 2×2 ring on the left gives the
		// sum of (0, 0) and (0, 1), and row 0's total then gives (0, 2). Hiding (0, 3) joins the rings.
		expect(render([[5, 5, 5, 40], [6, 6, 40, 40], [40, 40, 6, 6], [40, 40, 6, 6]])).toEqual([
			[H, H, H, H, '55'],
			[H, H, '40', '40', '92'],
			['40', '40', H, H, '92'],
			['40', '40', H, H, '92'],
			['91', '91', '57', '92', '331']
		]);
	});

	it('protects cells in a sparse table where the row-and-column rule alone left one pinned (found by the property test)', () => {
		expect(render([[1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 11, 0], [0, 0, 0, 1, 0, 10], [10, 0, 0, 0, 1, 0], [0, 0, 0, 1, 0, 0]])).toEqual([
			[H, '0', '0', '0', '0', '0', H],
			['0', '0', '0', '0', H, '0', H],
			['0', '0', '0', H, '0', H, H],
			[H, '0', '0', '0', H, '0', '11'],
			['0', '0', '0', H, '0', '0', H],
			['11', '0', '0', H, '12', H, '35']
		]);
	});

	it('marks a hidden cell with nothing else: no value and no reason', () => {
		const s = suppressTable({ rows: ['a', 'b'], columns: ['x', 'y'], counts: [[5, 20], [30, 40]] });
		expect(s.cells[0]![0]).toEqual({ suppressed: true });
		expect(s.cells[0]![1]).toEqual({ suppressed: true });
		expect(Object.keys(s.cells[0]![1]!)).toEqual(['suppressed']);
	});
});

describe('suppressList', () => {
	it.each([
		{ counts: [5, 20, 30], shown: [H, H, '30'], total: '55' },
		{ counts: [5, 0, 0], shown: [H, '0', '0'], total: H },
		{ counts: [0, 0], shown: ['0', '0'], total: '0' },
		{ counts: [25, 30], shown: ['25', '30'], total: '55' },
		{ counts: [], shown: [], total: '0' }
	])('shows $counts as $shown with total $total', ({ counts, shown, total }) => {
		const list = suppressList({ labels: counts.map((_, i) => `Group ${i}`), counts });
		expect(list.cells.map((c) => formatCount(c))).toEqual(shown);
		expect(formatCount(list.total)).toBe(total);
	});

	it('rejects labels that do not match the counts', () => {
		expect(() => suppressList({ labels: ['a'], counts: [1, 2] })).toThrow(RangeError);
	});
});

describe('percentages', () => {
	it.each([
		{ part: { value: 20 }, base: { value: 80 }, expected: { percent: 25 } },
		{ part: { value: 0 }, base: { value: 80 }, expected: { percent: 0 } },
		{ part: { value: 0 }, base: { value: 0 }, expected: { percent: null } },
		{ part: { suppressed: true } as const, base: { value: 80 }, expected: { suppressed: true } },
		{ part: { value: 20 }, base: { suppressed: true } as const, expected: { suppressed: true } }
	])('gives $expected for $part of $base', ({ part, base, expected }) => {
		expect(percentOf(part, base)).toEqual(expected);
	});

	it('derives row, column and overall percentages only from published counts', () => {
		const s = suppressTable({ rows: ['a', 'b', 'c'], columns: ['x', 'y'], counts: [[30, 12], [40, 5], [50, 60]] });
		const S = { suppressed: true };
		expect(cellPercentages(s, 'row')).toEqual([[S, S], [S, S], [{ percent: (100 * 50) / 110 }, { percent: (100 * 60) / 110 }]]);
		expect(cellPercentages(s, 'column')[2]).toEqual([{ percent: (100 * 50) / 120 }, { percent: (100 * 60) / 77 }]);
		expect(cellPercentages(s, 'total')[2]).toEqual([{ percent: (100 * 50) / 197 }, { percent: (100 * 60) / 197 }]);
	});

	it('hides the share of a hidden entry in a list', () => {
		const list = suppressList({ labels: ['a', 'b', 'c'], counts: [5, 20, 30] });
		expect(listPercentages(list)).toEqual([{ suppressed: true }, { suppressed: true }, { percent: (100 * 30) / 55 }]);
	});
});

describe('formatCount', () => {
	it.each([
		[{ suppressed: true } as const, '<11'],
		[{ value: 0 }, '0'],
		[{ value: 1234 }, '1234']
	])('shows %j as %s', (cell, shown) => {
		expect(formatCount(cell)).toBe(shown);
	});

	it("uses the page's number format for published counts", () => {
		expect(formatCount({ value: 1234 }, (n) => n.toLocaleString('en-US'))).toBe('1,234');
	});
});

describe('bad input', () => {
	it.each([
		{ why: 'a negative count', counts: [[-1, 20]] },
		{ why: 'a fraction', counts: [[1.5, 20]] },
		{ why: 'a ragged row', counts: [[1]] },
		{ why: 'NaN', counts: [[Number.NaN, 20]] }
	])('rejects $why', ({ counts }) => {
		expect(() => suppressTable({ rows: ['a'], columns: ['x', 'y'], counts })).toThrow(RangeError);
	});

	it('rejects row labels that do not match the rows', () => {
		expect(() => suppressTable({ rows: ['a', 'b'], columns: ['x'], counts: [[20]] })).toThrow(RangeError);
	});

	it('accepts an empty table and publishes its zero totals', () => {
		const s = suppressTable({ rows: [], columns: ['x'], counts: [] });
		expect(s.columnTotals).toEqual([{ value: 0 }]);
		expect(s.grandTotal).toEqual({ value: 0 });
	});
});
