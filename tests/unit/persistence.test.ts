// Persistence: a circle stored as JSON restores to the same circle, with the same views and the same future.
import { describe, expect, it } from 'vitest';
import { nextDeadline } from '$lib/protocol/circle';
import { MACHINE_VERSION } from '$lib/protocol/machine';
import { persistCircle, restoreCircle, SnapshotVersionError, type PersistedCircle } from '$lib/protocol/persistence';
import type { Audience } from '$lib/protocol/views';
import { keeper, plan, popcornRound, Ring, seat, sequentialRound, silenceRound, system } from '../support/circles';

const p = plan([sequentialRound({ timing: { turnMs: 60_000 } }), popcornRound({ timing: { budgetMs: 300_000 } }), silenceRound()], { graceMs: 10_000 });

function audiences(ring: Ring): Audience[] {
	return [
		{ kind: 'screen', languages: ['en', 'es'] },
		{ kind: 'keeper', role: 'keeper', seatId: 'k' },
		...Object.keys(ring.ctx.seats).map((seatId): Audience => ({ kind: 'participant', seatId }))
	];
}

/** Through JSON, like the store does. */
function roundTrip(ring: Ring): Ring {
	const stored = JSON.parse(JSON.stringify(persistCircle(ring.circle))) as PersistedCircle;
	const copy = Object.create(Ring.prototype) as Ring;
	copy.now = ring.now;
	copy.circle = restoreCircle(stored);
	return copy;
}

const states: [string, () => Ring][] = [
	['scheduled', () => new Ring(p).join('k', 'keeper')],
	['a lobby with someone waiting', () => new Ring(p, { admitAll: false }).join('k', 'keeper').send(keeper, { type: 'OPEN' }).join('w')],
	['a turn in the main pass', () => Ring.live(p).done()],
	['the return pass', () => Ring.live(p).done().pass().done().done()],
	['a dropped holder\'s grace period', () => Ring.live(p).done().send(system, { type: 'SEAT_DROPPED', seatId: 'a' })],
	['keepers asked to wait or skip', () => Ring.live(p).done().send(system, { type: 'SEAT_DROPPED', seatId: 'a' }).tick(10_000).send(system, { type: 'TIMER_EXPIRED' })],
	['paused during a turn', () => Ring.live(p).done().tick(5_000).send(keeper, { type: 'PAUSE' })],
	['a popcorn queue', () => Ring.live(p).send(keeper, { type: 'ADVANCE' }).send(seat('a'), { type: 'REQUEST_PIECE' }).send(seat('b'), { type: 'REQUEST_PIECE' })],
	['silence', () => Ring.live(p).send(keeper, { type: 'ADVANCE' }).send(keeper, { type: 'ADVANCE' })],
	['with care signals and agreements', () => Ring.live(p).send(seat('c'), { type: 'CARE_SIGNAL' }).send(keeper, { type: 'RECORD_AGREEMENT', text: 'Listen.' })],
	['closed', () => Ring.live(p).send(keeper, { type: 'CLOSE' })]
];

describe('persistence', () => {
	it.each(states)('restores %s with equal views for every audience', (_, reach) => {
		const ring = reach();
		const restored = roundTrip(ring);
		for (const audience of audiences(ring)) expect(restored.view(audience)).toEqual(ring.view(audience));
		expect(restored.circle.seq).toBe(ring.circle.seq);
		expect(restored.circle.snapshot.value).toEqual(ring.circle.snapshot.value);
		expect(restored.ctx).toEqual(ring.ctx);
		expect(nextDeadline(restored.circle)).toBe(nextDeadline(ring.circle));
	});

	it('resumes a restored paused circle to the same holder with the same remaining time', () => {
		const ring = Ring.live(p).done().tick(5_000).send(keeper, { type: 'PAUSE' }).tick(60_000);
		const restored = roundTrip(ring);
		ring.send(keeper, { type: 'RESUME' });
		restored.send(keeper, { type: 'RESUME' });
		expect(restored.state()).toBe(ring.state());
		expect(restored.ctx).toEqual(ring.ctx);
		expect(restored.holder).toBe('a');
	});

	it('carries on after a restore exactly as the original does', () => {
		const ring = Ring.live(p).done().pass();
		const restored = roundTrip(ring);
		for (const r of [ring, restored]) r.done().done().done().send(keeper, { type: 'ADVANCE' });
		expect(restored.ctx).toEqual(ring.ctx);
		expect(restored.screen()).toEqual(ring.screen());
	});

	it('stores the machine version with the snapshot', () => {
		expect(persistCircle(Ring.live(p).circle)).toMatchObject({ version: MACHINE_VERSION, seq: expect.any(Number) });
	});

	it('refuses a snapshot from a newer version', () => {
		const stored = { ...persistCircle(Ring.live(p).circle), version: MACHINE_VERSION + 1 };
		expect(() => restoreCircle(stored)).toThrow(SnapshotVersionError);
		expect(() => restoreCircle(stored)).toThrow(/newer/);
	});

	it('migrates a version 1 snapshot: a main-pass turn in progress still earns the return pass', () => {
		const ring = Ring.live(p).done();
		const stored = JSON.parse(JSON.stringify(persistCircle(ring.circle))) as PersistedCircle & { machine: { context: { phase: { piece: { turn: Record<string, unknown> } } } } };
		delete stored.machine.context.phase.piece.turn.mainPass;
		const restored = Object.assign(Object.create(Ring.prototype) as Ring, { now: ring.now, circle: restoreCircle({ ...stored, version: 1 }) });
		expect(restored.piece.turn?.mainPass).toBe(true);
		restored.pass();
		expect(restored.piece.passed).toEqual(['a']);
	});

	it('migrates a version 1 snapshot whose turn is not a main-pass offer', () => {
		const ring = Ring.live(p).send(keeper, { type: 'END_ROUND' });
		const stored = { ...persistCircle(ring.circle), version: 1 };
		expect(restoreCircle(stored).snapshot.context.phase?.piece?.turn?.mainPass).toBe(false);
		const before = Ring.live(p).send(keeper, { type: 'ADVANCE' }).send(keeper, { type: 'ADVANCE' });
		expect(restoreCircle({ ...persistCircle(before.circle), version: 1 }).snapshot.context).toEqual(before.ctx);
	});

	it('refuses an older snapshot that no migration knows', () => {
		const stored = { ...persistCircle(Ring.live(p).circle), version: 0 };
		expect(() => restoreCircle(stored)).toThrow(/no migration from snapshot version 0/);
		try {
			restoreCircle(stored);
		} catch (e) {
			expect((e as SnapshotVersionError).code).toBe('snapshot_version');
		}
	});
});
