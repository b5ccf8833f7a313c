// The adversary of issue 8, finding 2: an organizer who keeps every CSV export and works out what they can. They
// read each export, subtract every pair cell by cell (circle rows, release batches, totals), and take every
// published circle row away from its batch's row; any result from 1 to 10 is a hidden count given away. They also
// read each distribution: four answers printed as 0 beside a fifth tell that everyone answered alike; and within a
// row they take the shown parts of a line (answers and skips, or participants and keepers) from its shown total.
import { TOTALS_ROW_ID } from '../../server/harvest/export';

/** Fields of a row that are not counts of people. */
const NOT_COUNTS = new Set(['circle_id', 'release', 'title', 'program', 'closed_at', 'evenness', 'top_fifth_share']);

export type Cell = number | 'hidden';
export interface ParsedExport {
	/** Row id (a circle id, `RELEASE n` or `TOTAL`) → count column → cell. */
	rows: Map<string, Map<string, Cell>>;
	/** Circle id → the release whose batch holds it (the CSV's `release` column). */
	releaseOf: Map<string, string>;
}

export interface Finding {
	kind: 'small_value' | 'difference' | 'residual' | 'line' | 'single_answer';
	detail: string;
}

const isSmall = (n: number) => n >= 1 && n <= 10;

/** Reads one export. Titles in these tests have no comma, so a plain split is exact. */
export function parseExport(csv: string): ParsedExport {
	const [head, ...lines] = csv.trim().split('\r\n');
	const header = (head ?? '').split(',');
	const rows = new Map<string, Map<string, Cell>>();
	const releaseOf = new Map<string, string>();
	for (const line of lines) {
		const fields = line.split(',');
		const id = fields[0] ?? '';
		const cells = new Map<string, Cell>();
		header.forEach((name, i) => {
			if (NOT_COUNTS.has(name)) return;
			const text = fields[i] ?? '';
			cells.set(name, text === '<11' ? 'hidden' : Number(text));
		});
		rows.set(id, cells);
		if (id !== TOTALS_ROW_ID && !id.startsWith('RELEASE ')) releaseOf.set(id, fields[header.indexOf('release')] ?? '');
	}
	return { rows, releaseOf };
}

/** Everything the adversary can derive from all exports so far that is a count from 1 to 10. */
export function attack(exports: readonly ParsedExport[]): Finding[] {
	const findings: Finding[] = [];
	for (const [e, x] of exports.entries()) {
		for (const [row, cells] of x.rows) for (const [col, v] of cells) if (v !== 'hidden' && isSmall(v)) findings.push({ kind: 'small_value', detail: `export ${e}, ${row}.${col} = ${v}` });
	}
	for (let a = 0; a < exports.length; a++) {
		for (let b = a + 1; b < exports.length; b++) {
			for (const [row, cells] of exports[a]!.rows) {
				const other = exports[b]!.rows.get(row);
				if (!other) continue;
				for (const [col, v] of cells) {
					const w = other.get(col);
					if (v === 'hidden' || w === undefined || w === 'hidden') continue;
					if (isSmall(Math.abs(v - w))) findings.push({ kind: 'difference', detail: `exports ${a} and ${b}, ${row}.${col}: ${v} vs ${w}` });
				}
			}
		}
	}
	findings.push(...residuals(exports), ...lines(exports), ...singleAnswers(exports));
	return findings;
}

/** Each line of a row: its parts and the column holding their total. */
function linesOf(cells: Map<string, Cell>): { total: string; parts: string[] }[] {
	const out = [{ total: 'people', parts: ['participants', 'keepers'] }];
	for (const c of cells.keys()) {
		if (!c.endsWith('_total')) continue;
		const prefix = c.slice(0, -'_total'.length);
		out.push({ total: c, parts: [...cells.keys()].filter((k) => k.startsWith(`${prefix}_`) && k !== c) });
	}
	return out;
}

/** A shown total minus its line's shown parts is what its hidden parts hold together. */
function lines(exports: readonly ParsedExport[]): Finding[] {
	const findings: Finding[] = [];
	for (const [e, x] of exports.entries()) {
		for (const [row, cells] of x.rows) {
			for (const line of linesOf(cells)) {
				const total = cells.get(line.total);
				if (typeof total !== 'number') continue;
				const shownParts = line.parts.map((p) => cells.get(p)).filter((v): v is number => typeof v === 'number');
				const rest = total - shownParts.reduce((a, b) => a + b, 0);
				if (isSmall(rest)) findings.push({ kind: 'line', detail: `export ${e}, ${row}.${line.total} = ${total}, its shown parts leave ${rest}` });
			}
		}
	}
	return findings;
}

/** A distribution (columns `x_1` … `x_5`) with someone in it and every answer but one printed as 0. */
function singleAnswers(exports: readonly ParsedExport[]): Finding[] {
	const findings: Finding[] = [];
	for (const [e, x] of exports.entries()) {
		for (const [row, cells] of x.rows) {
			const prefixes = new Set([...cells.keys()].filter((c) => c.endsWith('_1')).map((c) => c.slice(0, -2)));
			for (const prefix of prefixes) {
				const answers = [1, 2, 3, 4, 5].map((n) => cells.get(`${prefix}_${n}`));
				const zeros = answers.filter((v) => v === 0).length;
				const rest = answers.find((v) => v !== 0);
				if (zeros === 4 && rest !== undefined && (rest === 'hidden' || rest > 0)) findings.push({ kind: 'single_answer', detail: `export ${e}, ${row}.${prefix}: ${answers.join(' ')}` });
			}
		}
	}
	return findings;
}

/**
 * A batch's count minus every published count of its circles the adversary has ever seen (in any export) is the sum
 * of its hidden ones, plus any circle never seen; and the total minus every batch likewise.
 */
function residuals(exports: readonly ParsedExport[]): Finding[] {
	const findings: Finding[] = [];
	const seen = new Map<string, { release: string; cells: Map<string, Cell> }>();
	for (const x of exports) for (const [id, release] of x.releaseOf) seen.set(id, { release, cells: x.rows.get(id)! });
	for (const [e, x] of exports.entries()) {
		for (const [row, cells] of x.rows) {
			const isBatch = row.startsWith('RELEASE ');
			if (!isBatch && row !== TOTALS_ROW_ID) continue;
			const parts = isBatch
				? [...seen.values()].filter((c) => c.release === row.slice('RELEASE '.length)).map((c) => c.cells)
				: [...x.rows].filter(([id]) => id.startsWith('RELEASE ')).map(([, c]) => c);
			for (const [col, v] of cells) {
				if (v === 'hidden') continue;
				const published = parts.reduce((sum, p) => sum + (typeof p.get(col) === 'number' ? (p.get(col) as number) : 0), 0);
				if (isSmall(v - published)) findings.push({ kind: 'residual', detail: `export ${e}, ${row}.${col} = ${v}, its published parts ${published}` });
			}
		}
	}
	return findings;
}
