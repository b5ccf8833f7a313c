// Small-cell suppression for every aggregate an organizer sees or exports (PRODUCT.md "Harvest, notes and privacy"):
// counts from 1 to 10 show as "<11", and complementary suppression keeps each hidden count from being worked out.

/** Counts from 1 to this are never published (CalHHS DDG 4.4.1; the CMS rule is the same "<11"). */
export const SMALL_CELL_MAX = 10;
/** What a hidden count shows as, in tables, CSV and print alike. */
export const SUPPRESSED_LABEL = `<${SMALL_CELL_MAX + 1}`;
/**
 * DDG 4.4.1(b): when a row or column has a published total, its hidden values add up to total minus the published
 * ones. That sum must not itself be a small count, or "these two groups together had 7" leaks; hide one more.
 */
export const MIN_HIDDEN_SUM = SMALL_CELL_MAX + 1;
/** DDG 4.4.1(a): if every hidden value of a row or column is this small or smaller, hide one more. */
export const TINY_CELL_MAX = 3;

/**
 * A published count or a hidden one. A hidden cell carries no value and no reason (primary or complementary):
 * saying which cells are primary would tell a reader those are 1–10.
 */
export type CountCell = { readonly value: number } | { readonly suppressed: true };

/** A percentage of two published counts; `percent: null` when the base is a published zero. */
export type PercentCell = { readonly percent: number | null } | { readonly suppressed: true };

/** Rows × columns of non-negative integer counts. Totals are derived here, so they always add up. */
export interface CountTable {
	readonly rows: readonly string[];
	readonly columns: readonly string[];
	/** counts[row][column] */
	readonly counts: readonly (readonly number[])[];
}

export interface SuppressedTable {
	readonly rows: readonly string[];
	readonly columns: readonly string[];
	readonly cells: readonly (readonly CountCell[])[];
	readonly rowTotals: readonly CountCell[];
	readonly columnTotals: readonly CountCell[];
	readonly grandTotal: CountCell;
}

/** One dimension: a list of counts (e.g. participants by role) and their total. */
export interface CountList {
	readonly labels: readonly string[];
	readonly counts: readonly number[];
}

export interface SuppressedList {
	readonly labels: readonly string[];
	readonly cells: readonly CountCell[];
	readonly total: CountCell;
}

const HIDDEN: CountCell & PercentCell = Object.freeze({ suppressed: true });

export function isSuppressed(cell: CountCell | PercentCell): cell is { readonly suppressed: true } {
	return 'suppressed' in cell;
}

/** "<11" for a hidden count, otherwise the number (`formatNumber` lets a page use its locale's digits). */
export function formatCount(cell: CountCell, formatNumber: (n: number) => string = String): string {
	return isSuppressed(cell) ? SUPPRESSED_LABEL : formatNumber(cell.value);
}

/** Small means 1–10. A true zero is shown: nobody in a group is a non-event and identifies no one (DDG 4.4.1). */
export function isSmallCount(n: number): boolean {
	return n >= 1 && n <= SMALL_CELL_MAX;
}

export interface SuppressOptions {
	/**
	 * Entries to hide whatever their value, as (row, column) with the row totals in column `columns.length` and the
	 * column totals in row `rows.length`: e.g. a line whose answers all sit in one cell (see attribute-disclosure.ts).
	 * Complementary suppression then protects them like any small count.
	 */
	readonly alsoHide?: (row: number, column: number) => boolean;
}

/**
 * Hides every count from 1 to 10 (and whatever `options.alsoHide` names), then hides more until no hidden count
 * (cell or total) can be worked out from the published ones: not by subtraction from a row, column or grand total,
 * nor by any combination of those sums, given that counts are never negative. The result is deterministic: the same table always hides the same cells.
 *
 * Limits. It covers one table: a list or chart that repeats some of these counts (say, this table's row totals) must
 * be cut from this result, not suppressed again on its own, or a total hidden here may be printed there. And it
 * stops exact recovery, not narrowing: a reader may still bound a hidden count (the DDG sum rule keeps that bound
 * at 11 or more for a line with a published total).
 */
export function suppressTable(table: CountTable, options: SuppressOptions = {}): SuppressedTable {
	const grid = extendedGrid(table);
	const hidden = chooseHidden(grid, options.alsoHide);
	const cell = (i: number, j: number): CountCell => (hidden.has(indexOf(grid, i, j)) ? HIDDEN : { value: valueAt(grid, indexOf(grid, i, j)) });
	const r = grid.rows;
	const c = grid.cols;
	return {
		rows: [...table.rows],
		columns: [...table.columns],
		cells: table.counts.map((row, i) => row.map((_, j) => cell(i, j))),
		rowTotals: table.rows.map((_, i) => cell(i, c)),
		columnTotals: table.columns.map((_, j) => cell(r, j)),
		grandTotal: cell(r, c)
	};
}

/**
 * The same rules for a single list with its total. It is a one-row table: its column totals repeat its cells, so
 * they hide exactly what the cells hide and add nothing.
 */
export function suppressList(list: CountList, options: SuppressOptions = {}): SuppressedList {
	if (list.labels.length !== list.counts.length) throw new RangeError(`suppressList: ${list.labels.length} labels for ${list.counts.length} counts`);
	const table = suppressTable({ rows: ['total'], columns: list.labels, counts: [list.counts] }, options);
	return { labels: [...list.labels], cells: table.cells[0] ?? [], total: table.grandTotal };
}

/**
 * A percentage is published only when both counts are: then it tells nothing the two counts do not. A published
 * part over a hidden base would give the base away (part ÷ percent), and a hidden part over a published base the part.
 */
export function percentOf(part: CountCell, base: CountCell): PercentCell {
	if (isSuppressed(part) || isSuppressed(base)) return HIDDEN;
	return { percent: base.value === 0 ? null : (100 * part.value) / base.value };
}

/** Each cell as a percentage of its row total, its column total, or the grand total. */
export function cellPercentages(table: SuppressedTable, base: 'row' | 'column' | 'total'): PercentCell[][] {
	const baseOf = (i: number, j: number) =>
		base === 'row' ? (table.rowTotals[i] ?? HIDDEN) : base === 'column' ? (table.columnTotals[j] ?? HIDDEN) : table.grandTotal;
	return table.cells.map((row, i) => row.map((cell, j) => percentOf(cell, baseOf(i, j))));
}

/** Each entry of a list as a percentage of the list's total. */
export function listPercentages(list: SuppressedList): PercentCell[] {
	return list.cells.map((cell) => percentOf(cell, list.total));
}

// ——— The search ———
// Positions form an (r+1)×(c+1) grid: data cells, row totals in column c, column totals in row r, and the grand
// total at (r, c). Negate the row and column totals and every row and every column of that grid sums to zero.
// A hidden entry can be worked out exactly when it lies on no cycle of hidden entries along which one unit can be
// moved (alternately added and taken) while every count stays ≥ 0; such a move keeps every published sum.

interface Grid {
	/** Data rows; the column-totals row has this index. */
	readonly rows: number;
	/** Data columns; the row-totals column has this index. */
	readonly cols: number;
	/** Row-major over (rows + 1) × (cols + 1). */
	readonly values: readonly number[];
	/** Each row of the grid (index i), then each column (index rows + 1 + j): its parts and its total. */
	readonly lines: readonly Line[];
}

interface Line {
	readonly parts: readonly number[];
	readonly total: number;
}

function extendedGrid(table: CountTable): Grid {
	const r = table.rows.length;
	const c = table.columns.length;
	if (table.counts.length !== r) throw new RangeError(`suppressTable: ${r} row labels for ${table.counts.length} rows of counts`);
	for (const row of table.counts) {
		if (row.length !== c) throw new RangeError(`suppressTable: a row has ${row.length} counts for ${c} columns`);
		for (const n of row) if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`suppressTable: counts must be non-negative integers, got ${n}`);
	}
	const rowTotals = table.counts.map(sum);
	const columnTotals = table.columns.map((_, j) => sum(table.counts.map((row) => row[j] ?? 0)));
	const values = [...table.counts.flatMap((row, i) => [...row, rowTotals[i] ?? 0]), ...columnTotals, sum(rowTotals)];
	const width = c + 1;
	const lines: Line[] = [];
	for (let i = 0; i <= r; i++) lines.push({ parts: range(c).map((j) => i * width + j), total: i * width + c });
	for (let j = 0; j <= c; j++) lines.push({ parts: range(r).map((i) => i * width + j), total: r * width + j });
	return { rows: r, cols: c, values, lines };
}

function chooseHidden(grid: Grid, alsoHide: SuppressOptions['alsoHide']): Set<number> {
	const forced = (k: number) => {
		const { i, j } = positionOf(grid, k);
		return alsoHide?.(i, j) ?? false;
	};
	const hidden = new Set(range(grid.values.length).filter((k) => isSmallCount(valueAt(grid, k)) || forced(k)));
	// One entry at a time, re-checking everything after each: slower than batching, but the order never depends on
	// what was batched together, so the same table always gives the same answer.
	for (;;) {
		const next = lineGap(grid, hidden) ?? cycleGap(grid, hidden);
		if (next === undefined) return hidden;
		if (next === HIDE_EVERYTHING) {
			range(grid.values.length).forEach((k) => hidden.add(k));
			return hidden;
		}
		hidden.add(next);
	}
}

/**
 * The usual rule, row by row and column by column: a line with a hidden entry needs a second one (a lone hidden
 * entry is its total minus the rest), and with a published total its hidden values must not add up to a small count.
 * Returns the entry to hide next, from the first short line: see `lineCandidates` for which.
 */
function lineGap(grid: Grid, hidden: ReadonlySet<number>): number | undefined {
	for (const line of grid.lines) {
		if (!isShort(grid, hidden, line)) continue;
		const next = lineCandidates(grid, hidden, line)[0];
		if (next !== undefined) return next;
	}
	return undefined;
}

function isShort(grid: Grid, hidden: ReadonlySet<number>, line: Line): boolean {
	const hiddenParts = line.parts.filter((k) => hidden.has(k)).map((k) => valueAt(grid, k));
	const totalHidden = hidden.has(line.total);
	const count = hiddenParts.length + (totalHidden ? 1 : 0);
	if (count === 0) return false;
	if (count === 1) return true;
	return !totalHidden && (sum(hiddenParts) < MIN_HIDDEN_SUM || hiddenParts.every((v) => v <= TINY_CELL_MAX));
}

/**
 * In order: the smallest non-zero parts, those whose crossing line is short too first (one cell then mends two
 * lines, which keeps the table far more readable); a zero part that mends a short crossing line; the line's total (a
 * row whose only non-zero cell is hidden would give it away as its total); any other zero part. Zeros come late
 * because a hidden zero can only absorb increases, and hiding one costs a reader a fact for little protection.
 */
function lineCandidates(grid: Grid, hidden: ReadonlySet<number>, line: Line): number[] {
	const open = line.parts.filter((k) => !hidden.has(k));
	const mendsCrossing = (k: number) => {
		const crossing = crossingLine(grid, line, k);
		return crossing !== undefined && isShort(grid, hidden, crossing);
	};
	const nonZero = open
		.filter((k) => valueAt(grid, k) > 0)
		.sort((a, b) => Number(mendsCrossing(b)) - Number(mendsCrossing(a)) || valueAt(grid, a) - valueAt(grid, b) || a - b);
	const zeros = open.filter((k) => valueAt(grid, k) === 0);
	const total = hidden.has(line.total) ? [] : [line.total];
	return [...nonZero, ...zeros.filter(mendsCrossing), ...total, ...zeros.filter((k) => !mendsCrossing(k))];
}

/** The other line through entry k: its column if `line` is a row, its row if `line` is a column. */
function crossingLine(grid: Grid, line: Line, k: number): Line | undefined {
	const { i, j } = positionOf(grid, k);
	const isRow = line === grid.lines[i];
	return grid.lines[isRow ? grid.rows + 1 + j : i];
}

const HIDE_EVERYTHING = -1;

/**
 * The exact test behind the line rule: two rings of hidden cells joined by one hidden cell pass the line rule, yet
 * that cell is fixed. For the first hidden entry that cannot move, hide the most preferred published entry that
 * lets it move. If none does, hide everything: with every total hidden, adding one person to a cell, its row and
 * column totals and the grand total is always consistent, so nothing can be pinned.
 */
function cycleGap(grid: Grid, hidden: ReadonlySet<number>): number | undefined {
	const stuck = [...hidden].sort((a, b) => a - b).find((k) => !canMove(grid, hidden, k));
	if (stuck === undefined) return undefined;
	const candidates = range(grid.values.length)
		.filter((k) => !hidden.has(k))
		.sort((a, b) => preference(grid, a) - preference(grid, b) || valueAt(grid, a) - valueAt(grid, b) || a - b);
	return candidates.find((k) => canMove(grid, new Set([...hidden, k]), stuck)) ?? HIDE_EVERYTHING;
}

/** Hide small data cells first; totals carry the most meaning for a report, and zeros only absorb increases. */
function preference(grid: Grid, k: number): number {
	const { i, j } = positionOf(grid, k);
	const margin = i === grid.rows || j === grid.cols;
	return (valueAt(grid, k) === 0 ? 2 : 0) + (margin ? 1 : 0);
}

/**
 * True when one unit can move around a cycle of hidden entries through `k` (either way round) with every count
 * staying ≥ 0: then k has at least two values consistent with everything published. Rows and columns are the
 * vertices of a bipartite graph and hidden entries its edges; a breadth-first search looks for a path from k's
 * column back to k's row whose steps alternate taking and adding.
 */
function canMove(grid: Grid, hidden: ReadonlySet<number>, k: number): boolean {
	const { i: kRow, j: kCol } = positionOf(grid, k);
	const columnVertex = (j: number) => grid.rows + 1 + j;
	for (const step of [1, -1]) {
		if (!canShift(grid, k, step)) continue;
		const start = columnVertex(kCol);
		const seen = new Set([start]);
		const queue = [start];
		for (let v = queue.shift(); v !== undefined; v = queue.shift()) {
			const fromColumn = v > grid.rows;
			// Leaving a column, the next entry takes what k added; leaving a row, it adds it back.
			const change = fromColumn ? -step : step;
			const neighbours = fromColumn ? range(grid.rows + 1) : range(grid.cols + 1).map(columnVertex);
			for (const w of neighbours) {
				const q = fromColumn ? indexOf(grid, w, v - grid.rows - 1) : indexOf(grid, v, w - grid.rows - 1);
				if (q === k || seen.has(w) || !hidden.has(q) || !canShift(grid, q, change)) continue;
				if (w === kRow) return true;
				seen.add(w);
				queue.push(w);
			}
		}
	}
	return false;
}

/** Whether entry k can change by `change` in the zero-sum grid: row and column totals are negated there. */
function canShift(grid: Grid, k: number, change: number): boolean {
	const { i, j } = positionOf(grid, k);
	const negated = (i === grid.rows) !== (j === grid.cols);
	return valueAt(grid, k) + (negated ? -change : change) >= 0;
}

function indexOf(grid: Grid, i: number, j: number): number {
	return i * (grid.cols + 1) + j;
}

function positionOf(grid: Grid, k: number): { i: number; j: number } {
	return { i: Math.floor(k / (grid.cols + 1)), j: k % (grid.cols + 1) };
}

function valueAt(grid: Grid, k: number): number {
	const v = grid.values[k];
	if (v === undefined) throw new RangeError(`suppression: no entry ${k}`);
	return v;
}

function range(n: number): number[] {
	return Array.from({ length: n }, (_, i) => i);
}

function sum(ns: readonly number[]): number {
	return ns.reduce((a, b) => a + b, 0);
}
