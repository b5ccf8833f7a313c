// The harvest draft's counts come from the final circle: a plan run to its end still counts its rounds
// (regression: the draft read the current phase, which is empty once the plan completes).
import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../server/harvest/draft';
import { keeper, plan, popcornRound, Ring, seat, sequentialRound } from '../support/circles';

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

describe('harvest item ids (issue 8, finding 7)', () => {
	it('numbers themes, agreements and reflections 1, 2, 3… with no gap where a removed note or a circle-only reflection was', () => {
		const ring = Ring.live(plan([sequentialRound()]));
		ring.send(keeper, { type: 'ADD_NOTE', kind: 'theme', text: 'Buses at night' });
		ring.send(keeper, { type: 'ADD_NOTE', kind: 'theme', text: 'A note the keeper takes back' });
		ring.send(seat('a'), { type: 'REFLECT', scope: 'circle', text: 'Only for this room' });
		ring.send(keeper, { type: 'ADD_NOTE', kind: 'agreement', text: 'Meet again in spring' });
		ring.send(seat('b'), { type: 'REFLECT', scope: 'theme', text: 'Being listened to mattered' });
		ring.send(keeper, { type: 'ADD_NOTE', kind: 'theme', text: 'Rent' });
		const removed = ring.keeperView().harvest.notes.find((n) => n.text.startsWith('A note'))!;
		ring.send(keeper, { type: 'REMOVE_NOTE', id: removed.id });
		ring.send(keeper, { type: 'CLOSE' });
		const draft = buildDraft(ring.ctx, meta);
		expect(draft.themes.map((t) => [t.id, t.text])).toEqual([
			[1, 'Buses at night'],
			[2, 'Rent']
		]);
		expect(draft.agreements.map((a) => a.id)).toEqual([3]);
		expect(draft.reflections.map((r) => [r.id, r.text])).toEqual([[4, 'Being listened to mattered']]);
	});
});
