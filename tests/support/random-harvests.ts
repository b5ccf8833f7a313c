// Random anonymized harvests for the release tests: small circles (where suppression works hardest), answers often
// all alike, and the true count of every CSV column, to check what an export publishes against.
import fc from 'fast-check';
import { equityOfVoice } from '../../src/lib/harvest/equity-of-voice';
import type { Distribution, Harvest } from '../../src/lib/wire/harvest';

const TRUST_ITEMS = 3;

/** `n` answers spread over 1–5: sometimes all alike (the attribute-disclosure case), sometimes at random. */
const distribution = (n: number): fc.Arbitrary<Distribution> =>
	fc.oneof(
		fc.integer({ min: 0, max: 4 }).map((k) => [0, 1, 2, 3, 4].map((j) => (j === k ? n : 0)) as Distribution),
		fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }).map((picks) => {
			const d: Distribution = [0, 0, 0, 0, 0];
			for (const p of picks) d[p] = (d[p] ?? 0) + 1;
			return d;
		})
	);

/** Some of `n` people answered: the rest skipped. */
const answered = (n: number) => fc.integer({ min: 0, max: n }).chain(distribution);

export function harvestArbitrary(circleId: string, programId: string | null): fc.Arbitrary<Harvest> {
	return fc
		.record({ participants: fc.integer({ min: 1, max: 16 }), keepers: fc.integer({ min: 1, max: 2 }) })
		.chain(({ participants, keepers }) =>
			fc.integer({ min: 0, max: participants + keepers }).chain((responses) =>
				fc.record({
					participants: fc.constant(participants),
					keepers: fc.constant(keepers),
					responses: fc.constant(responses),
					heard: answered(responses),
					safe: answered(responses),
					trust: fc.array(fc.record({ before: answered(participants + keepers), after: answered(responses) }), { minLength: TRUST_ITEMS, maxLength: TRUST_ITEMS }),
					turns: fc.nat({ max: 30 }),
					speaking: fc.array(fc.nat({ max: 300_000 }), { minLength: participants + keepers, maxLength: participants + keepers })
				})
			)
		)
		.map((r) => ({
			circleId,
			title: `Circle ${circleId}`,
			programId,
			closedAt: Date.UTC(2026, 0, 1) + Number(circleId.replace(/\D/gu, '')) * 86_400_000,
			status: 'draft',
			approvedAt: null,
			counts: { participants: r.participants, keepers: r.keepers, rounds: 2, turns: r.turns, passes: 0, returns: 0 },
			themes: [],
			agreements: [],
			reflections: [],
			feedback: { responses: r.responses, heard: r.heard, safe: r.safe },
			trust: r.trust,
			equity: equityOfVoice(r.speaking.map((ms, i) => ({ seat: i + 1, speakingMs: ms, turns: 0, passes: 0, returns: 0 })))
		}));
}

function sum(ns: readonly number[]): number {
	return ns.reduce((a, b) => a + b, 0);
}

/** The true value of every count column of the CSV for one harvest. */
export function trueRow(h: Harvest): Map<string, number> {
	const row = new Map<string, number>([
		['participants', h.counts.participants],
		['keepers', h.counts.keepers],
		['people', h.counts.participants + h.counts.keepers],
		['responses', h.feedback.responses]
	]);
	const put = (prefix: string, d: Distribution, base: number | null) => {
		d.forEach((n, j) => row.set(`${prefix}_${j + 1}`, n));
		if (base !== null) row.set(`${prefix}_skipped`, base - sum(d));
		row.set(`${prefix}_total`, base ?? sum(d));
	};
	put('heard', h.feedback.heard, h.feedback.responses);
	put('safe', h.feedback.safe, h.feedback.responses);
	h.trust.forEach((t, k) => {
		put(`trust${k + 1}_before`, t.before, null);
		put(`trust${k + 1}_after`, t.after, h.feedback.responses);
	});
	return row;
}

/** Column-wise sums of true rows. */
export function trueSum(rows: readonly Map<string, number>[], columns: Iterable<string>): Map<string, number> {
	return new Map([...columns].map((c) => [c, sum(rows.map((r) => r.get(c) ?? 0))]));
}
