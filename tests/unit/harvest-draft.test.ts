// The harvest draft's counts come from the final circle: a plan run to its end still counts its rounds
// (regression: the draft read the current phase, which is empty once the plan completes).
import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../server/harvest/draft';
import { keeper, plan, popcornRound, Ring, sequentialRound } from '../support/circles';

const meta = { circleId: 'c1', title: 'Test circle', programId: null, closedAt: 0 };

describe('harvest draft counts', () => {
	it('counts every round of a plan run to its end', () => {
		const ring = Ring.live(plan([sequentialRound(), popcornRound()])).send(keeper, { type: 'ADVANCE' }).send(keeper, { type: 'ADVANCE' });
		ring.send(keeper, { type: 'CLOSE' });
		expect(buildDraft(ring.ctx, meta).counts.rounds).toBe(2);
	});

	it('counts only the rounds reached when the circle closes early', () => {
		const ring = Ring.live(plan([sequentialRound(), popcornRound()])).send(keeper, { type: 'CLOSE' });
		expect(buildDraft(ring.ctx, meta).counts.rounds).toBe(1);
	});
});
