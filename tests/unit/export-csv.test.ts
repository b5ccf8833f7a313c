// The organizers' CSV of a release (server/harvest/export.ts): a row per circle, one per release's batch, then the
// program's totals; counts as 0, "<11" or 11 and more; and no cell a spreadsheet would run as a formula.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sealBatch } from '$lib/harvest/batch';
import { programTotals } from '$lib/harvest/release';
import type { Harvest } from '$lib/wire/harvest';
import type { ReviewAggregates } from '$lib/wire/review';
import { aggregatesCsv, BATCH_ROW_PREFIX, TOTALS_ROW_ID } from '../../server/harvest/export';
import { harvestArbitrary } from '../support/random-harvests';

function report(harvests: Harvest[]): ReviewAggregates {
	const batch = sealBatch(harvests);
	return {
		programId: 'p',
		release: { number: 1, madeAt: 0, circleCount: harvests.length },
		releases: [{ number: 1, madeAt: 0, circleCount: harvests.length }],
		circleCount: harvests.length,
		circles: batch.circles.map((c, i) => ({ circleId: c.circleId, title: harvests[i]!.title, program: { id: 'p', name: 'Program' }, closedAt: 0, release: 1, ...c.row, evenness: null, topFifthShare: null, sharesHidden: null })),
		batches: [{ number: 1, madeAt: 0, circleCount: harvests.length, totals: batch.totals }],
		totals: programTotals([batch.totals], 3),
		pending: { circles: 0, needed: 3 }
	};
}

const sample = (id: string, title: string): Harvest => ({ ...fc.sample(harvestArbitrary(id, 'p'), { numRuns: 1, seed: 7 })[0]!, title });

describe('the release CSV', () => {
	it('writes a row per circle, then one per release, then the totals', () => {
		const csv = aggregatesCsv(report([sample('c1', 'One'), sample('c2', 'Two'), sample('c3', 'Three')]));
		expect(csv.trim().split('\r\n').map((l) => l.split(',')[0])).toEqual(['circle_id', 'c1', 'c2', 'c3', `${BATCH_ROW_PREFIX}1`, TOTALS_ROW_ID]);
	});

	it.each(['=HYPERLINK("http://x")', '+1+2', '-3', '@SUM(A1)'])('keeps the title %s as text, not a formula', (title) => {
		const csv = aggregatesCsv(report([sample('c1', title), sample('c2', 'Two'), sample('c3', 'Three')]));
		const line = csv.split('\r\n')[1]!;
		expect(line).toContain(`'${title.replaceAll('"', '""')}`);
	});

	it('quotes a title with a comma, so the columns stay in place', () => {
		const csv = aggregatesCsv(report([sample('c1', 'Rent, buses'), sample('c2', 'Two'), sample('c3', 'Three')]));
		expect(csv.split('\r\n')[1]).toContain('"Rent, buses"');
	});
});
