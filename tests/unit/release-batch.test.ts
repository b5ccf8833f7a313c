// A release's batch and the program-wide row (src/lib/harvest/batch.ts, release.ts): single-answer distributions
// hidden whole, totals shared by linked answer tables protected in each, and program counts shown only as sums of
// shown parts. The differencing guarantee over many releases is tests/integration/release-differencing.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSingleAnswer, singleAnswerEntries } from '$lib/harvest/attribute-disclosure';
import { sealBatch } from '$lib/harvest/batch';
import { heldBackReason, MIN_RELEASE_CIRCLES, programTotals, sumWhereAllShown } from '$lib/harvest/release';
import { isSuppressed, suppressTable, type CountCell } from '$lib/harvest/suppression';
import type { Harvest } from '$lib/wire/harvest';
import type { ReviewedDistribution } from '$lib/wire/review';
import { harvestArbitrary } from '../support/random-harvests';

const HIDDEN = { suppressed: true } as const;
const shown = (value: number): CountCell => ({ value });

function harvest(id: string, over: Partial<Pick<Harvest, 'feedback' | 'counts'>>): Harvest {
	const [h] = fc.sample(harvestArbitrary(id, 'p'), { numRuns: 1, seed: Number(id.slice(1)) });
	return { ...h!, ...over };
}

const answersOf = (d: ReviewedDistribution) => d.answers.map((c) => (isSuppressed(c) ? 'hidden' : c.value));

describe('single-answer distributions (attribute disclosure)', () => {
	it.each([
		{ answers: [0, 0, 0, 0, 4], single: true },
		{ answers: [0, 0, 30, 0, 0], single: true },
		{ answers: [0, 0, 0, 0, 0], single: false },
		{ answers: [0, 0, 0, 1, 3], single: false }
	])('calls $answers single-answer: $single', ({ answers, single }) => {
		expect(isSingleAnswer(answers)).toBe(single);
	});

	it('hides every cell, zeros too, and the total of a row whose respondents all chose one answer', () => {
		const counts = [
			[0, 0, 0, 0, 25, 2],
			[3, 4, 10, 12, 20, 0]
		];
		const t = suppressTable({ rows: ['a', 'b'], columns: ['1', '2', '3', '4', '5', 'skipped'], counts }, { alsoHide: singleAnswerEntries(counts, 5) });
		expect(t.cells[0]!.every(isSuppressed)).toBe(true);
		expect(isSuppressed(t.rowTotals[0]!)).toBe(true);
	});

	it('hides a circle\'s feedback row in its batch when everyone who answered felt heard alike, even at 11 or more', () => {
		const alike = harvest('c1', { feedback: { responses: 14, heard: [0, 0, 0, 0, 12], safe: [0, 1, 2, 5, 6] } });
		const { circles } = sealBatch([alike, harvest('c2', {}), harvest('c3', {})]);
		expect(answersOf(circles[0]!.row.heard)).toEqual(['hidden', 'hidden', 'hidden', 'hidden', 'hidden']);
	});

	it('never prints four zeros beside a fifth answer, in a circle row or a batch total', () => {
		fc.assert(
			fc.property(fc.tuple(...['c1', 'c2', 'c3', 'c4'].map((id) => harvestArbitrary(id, 'p'))), (hs) => {
				const batch = sealBatch(hs);
				const rows = [batch.totals, ...batch.circles.map((c) => c.row)];
				for (const row of rows) {
					for (const d of [row.heard, row.safe, ...row.trust.flatMap((t) => [t.before, t.after])]) {
						const a = answersOf(d);
						const zeros = a.filter((v) => v === 0).length;
						expect(zeros === 4 && a.some((v) => v === 'hidden' || (typeof v === 'number' && v > 0))).toBe(false);
					}
				}
			}),
			{ numRuns: 300 }
		);
	});
});

describe('totals shared by heard, safe and the after-trust tables', () => {
	it('protects a total hidden in one table with hidden cells in every other (regression: safe added up to the hidden heard total)', () => {
		fc.assert(
			fc.property(fc.tuple(...['c1', 'c2', 'c3'].map((id) => harvestArbitrary(id, 'p'))), (hs) => {
				const { circles } = sealBatch(hs);
				for (const c of circles) {
					if (!isSuppressed(c.row.responses)) continue;
					for (const d of [c.row.heard, c.row.safe, ...c.row.trust.map((t) => t.after)]) {
						expect(isSuppressed(d.total)).toBe(true);
						expect([...d.answers, d.skipped!].some(isSuppressed)).toBe(true);
					}
				}
			}),
			{ numRuns: 300 }
		);
	});
});

describe('the program-wide row', () => {
	it('adds counts only when every part is shown', () => {
		expect(sumWhereAllShown([shown(12), shown(0), shown(40)])).toEqual(shown(52));
		expect(sumWhereAllShown([shown(12), HIDDEN, shown(40)])).toEqual(HIDDEN);
		expect(sumWhereAllShown([])).toEqual(shown(0));
	});

	it('is each batch\'s row when there is one batch, and a sum of shown numbers over several', () => {
		const a = sealBatch(['c1', 'c2', 'c3'].map((id) => harvest(id, {}))).totals;
		const b = sealBatch(['c4', 'c5', 'c6'].map((id) => harvest(id, {}))).totals;
		expect(programTotals([a], 3)).toEqual(a);
		const both = programTotals([a, b], 3);
		const people = [a.people, b.people];
		expect(both.people).toEqual(people.some(isSuppressed) ? HIDDEN : shown(people.reduce((s, c) => s + ('value' in c ? c.value : 0), 0)));
	});

	it('shows zeros with the right shape before any release', () => {
		const empty = programTotals([], 3);
		expect(empty.trust).toHaveLength(3);
		expect(empty.people).toEqual(shown(0));
	});
});

describe('holding a release back', () => {
	it.each([0, 1, MIN_RELEASE_CIRCLES - 1])('says why with %i circles waiting, and how many more it needs', (n) => {
		expect(heldBackReason(n)).toContain(`${MIN_RELEASE_CIRCLES - n} more`);
	});

	it('lets a release through once enough circles wait', () => {
		expect(heldBackReason(MIN_RELEASE_CIRCLES)).toBeNull();
	});
});
