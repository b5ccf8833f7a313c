// Organizers' exports of one release: CSV with a row per circle, a row per batch, then the program's totals, every
// count written as a number of 11 or more, 0, or "<11"; never a value from 1 to 10.
import { stringify } from 'csv-stringify/sync';
import { formatCount, type CountCell } from '../../src/lib/harvest/suppression';
import type { CountsRow, ReviewAggregates, ReviewedDistribution } from '../../src/lib/wire/review';

/** The first cell of the totals row, where a circle id would be. */
export const TOTALS_ROW_ID = 'TOTAL';
/** The first cell of a batch's row: `RELEASE 3` for the circles release 3 added. */
export const BATCH_ROW_PREFIX = 'RELEASE ';
/** Spreadsheets run a cell starting with one of these as a formula; a leading apostrophe keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** csv-stringify quotes and escapes; the formula guard is ours, since it is about spreadsheets, not CSV. */
function field(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

function distributionHeader(prefix: string, withSkips: boolean): string[] {
	return [...['1', '2', '3', '4', '5'].map((n) => `${prefix}_${n}`), ...(withSkips ? [`${prefix}_skipped`] : []), `${prefix}_total`];
}

function distributionFields(d: ReviewedDistribution): CountCell[] {
	return [...d.answers, ...(d.skipped ? [d.skipped] : []), d.total];
}

function ratio(r: number | null): string {
	return r === null ? '' : r.toFixed(2);
}

export function aggregatesCsv(report: ReviewAggregates): string {
	const items = report.totals.trust.length;
	const header = [
		'circle_id',
		'release',
		'title',
		'program',
		'closed_at',
		'participants',
		'keepers',
		'people',
		'responses',
		...distributionHeader('heard', true),
		...distributionHeader('safe', true),
		...Array.from({ length: items }, (_, k) => [...distributionHeader(`trust${k + 1}_before`, false), ...distributionHeader(`trust${k + 1}_after`, true)]).flat(),
		'evenness',
		'top_fifth_share'
	];
	const counts = (t: CountsRow) => [
		t.participants,
		t.keepers,
		t.people,
		t.responses,
		...distributionFields(t.heard),
		...distributionFields(t.safe),
		...t.trust.flatMap((x) => [...distributionFields(x.before), ...distributionFields(x.after)])
	];
	const lines = [header.map(field)];
	for (const c of report.circles) {
		lines.push(
			[c.circleId, String(c.release), c.title, c.program?.name ?? '', new Date(c.closedAt).toISOString(), ...counts(c).map((cell) => formatCount(cell)), ratio(c.evenness), ratio(c.topFifthShare)]
				.map(field)
		);
	}
	for (const b of report.batches) {
		lines.push([`${BATCH_ROW_PREFIX}${b.number}`, String(b.number), '', '', '', ...counts(b.totals).map((cell) => formatCount(cell)), '', ''].map(field));
	}
	lines.push([TOTALS_ROW_ID, String(report.release?.number ?? ''), '', '', '', ...counts(report.totals).map((cell) => formatCount(cell)), '', ''].map(field));
	return stringify(lines, { record_delimiter: 'windows' });
}
