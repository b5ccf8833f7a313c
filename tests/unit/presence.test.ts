// Presence: late arrivals, leaving, dropped connections and the grace period (talking-piece rules 6–8).
import { describe, expect, it } from 'vitest';
import { nextDeadline } from '$lib/protocol/circle';
import { keeper, plan, Ring, seat, sequentialRound, system } from '../support/circles';

const GRACE = 20_000;
const TURN = 60_000;
const timed = plan([sequentialRound({ timing: { turnMs: TURN } })], { graceMs: GRACE });
const lastRound = plan([sequentialRound({ start: 'keeper-last' })]);

describe('late arrival', () => {
	it('seats a late arrival just before the keeper, at the end of the ring', () => {
		const ring = Ring.live(timed).join('d');
		expect(ring.ctx.ring).toEqual(['k', 'a', 'b', 'c', 'd']);
	});

	it('seats a late arrival just before the keeper when the keeper does not sit first', () => {
		const ring = Ring.live(timed);
		ring.send(keeper, { type: 'END_ROUND' }).send(keeper, { type: 'REORDER', order: ['a', 'k', 'b', 'c'] });
		ring.join('d');
		expect(ring.ctx.ring).toEqual(['a', 'd', 'k', 'b', 'c']);
	});

	it('offers a late arrival the piece this round when the main pass has not reached their seat', () => {
		const ring = Ring.live(timed).done().join('d');
		expect(ring.piece.pending).toEqual(['b', 'c', 'd']);
		ring.done().done().done();
		expect(ring.holder).toBe('d');
	});

	it('offers a late arrival the piece before the keeper when the keeper goes last and has not spoken', () => {
		const ring = Ring.live(lastRound).done().join('d');
		expect(ring.piece.pending).toEqual(['c', 'd', 'k']);
	});

	it('does not offer a late arrival the piece once the round has passed their seat', () => {
		const ring = Ring.live(lastRound).done().done().done();
		expect(ring.holder).toBe('k');
		ring.join('d');
		expect(ring.piece.pending).toEqual([]);
		ring.done();
		expect(ring.piece.stage).toBe('reflect');
		expect(ring.piece.offered).not.toContain('d');
	});

	it('does not offer a late arrival the piece during the return pass', () => {
		const ring = Ring.live(timed).done().pass().done().done();
		expect(ring.piece.stage).toBe('return');
		ring.join('d');
		ring.done();
		expect(ring.piece.stage).toBe('reflect');
		expect(ring.piece.offered).not.toContain('d');
	});

	it('does not offer the piece again to someone who left after the round reached them and came back', () => {
		const ring = Ring.live(timed).done().done(); // a has spoken
		ring.send(seat('a'), { type: 'LEAVE' }).join('a');
		expect(ring.piece.pending).toEqual(['c']);
		expect(ring.ctx.ring).toEqual(['k', 'b', 'c', 'a']);
	});

	it('offers the next round to a late arrival from their new place', () => {
		const ring = Ring.live(plan([sequentialRound(), sequentialRound({ id: 'two' })])).join('d');
		ring.send(keeper, { type: 'ADVANCE' });
		expect(ring.piece.pending).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('leaving', () => {
	it('removes the seat of someone who leaves', () => {
		const ring = Ring.live(timed).send(seat('b'), { type: 'LEAVE' });
		expect(ring.ctx.ring).toEqual(['k', 'a', 'c']);
		expect(ring.ctx.seats.b).toBeUndefined();
		expect(ring.piece.pending).toEqual(['a', 'c']);
	});

	it('moves the piece on when the holder leaves', () => {
		const ring = Ring.live(timed).done();
		expect(ring.holder).toBe('a');
		ring.send(seat('a'), { type: 'LEAVE' });
		expect(ring.holder).toBe('b');
		expect(ring.state()).toBe('{"live":{"running":{"piece":"holding"}}}');
	});

	it('brings the piece back to the keeper when the last holder of the round leaves', () => {
		const ring = Ring.live(timed).done().done().done();
		ring.send(seat('c'), { type: 'LEAVE' });
		expect(ring.piece.stage).toBe('reflect');
		expect(ring.holder).toBe('k');
	});

	it('takes a passer who leaves out of the return pass', () => {
		const ring = Ring.live(timed).done().pass().send(seat('a'), { type: 'LEAVE' }).done().done();
		expect(ring.piece.stage).toBe('reflect');
	});

	it('refuses a second leave from a seat that is gone', () => {
		const ring = Ring.live(timed).send(seat('b'), { type: 'LEAVE' });
		expect(ring.try(seat('b'), { type: 'LEAVE' })).toMatchObject({ ok: false, error: { code: 'unknown_seat' } });
	});

	it('lets a keeper remove a seat, which moves the piece on like leaving', () => {
		const ring = Ring.live(timed).done().send(keeper, { type: 'REMOVE_SEAT', seatId: 'a' });
		expect(ring.holder).toBe('b');
		expect(ring.try(keeper, { type: 'REMOVE_SEAT', seatId: 'a' })).toMatchObject({ ok: false, error: { code: 'unknown_seat' } });
		expect(ring.try(seat('b'), { type: 'REMOVE_SEAT', seatId: 'c' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
	});
});

describe('dropped connection', () => {
	it('holds the seat of a dropped participant in its place', () => {
		const ring = Ring.live(timed).send(system, { type: 'SEAT_DROPPED', seatId: 'b' });
		expect(ring.ctx.ring).toEqual(['k', 'a', 'b', 'c']);
		expect(ring.ctx.seats.b?.presence).toBe('dropped');
		expect(ring.keeperView().seats.find((s) => s.seatId === 'b')?.presence).toBe('dropped');
	});

	it('waits a grace period when the holder drops, with their turn timer stopped', () => {
		const ring = Ring.live(timed).done().tick(10_000);
		ring.send(system, { type: 'SEAT_DROPPED', seatId: 'a' });
		expect(ring.state()).toBe('{"live":{"running":{"piece":"away"}}}');
		expect(ring.holder).toBe('a');
		expect(ring.piece.grace?.deadlineAt).toBe(ring.now + GRACE);
		expect(ring.piece.turn?.timer).toMatchObject({ deadlineAt: null, remainingMs: TURN - 10_000 });
		expect(nextDeadline(ring.circle)).toBe(ring.now + GRACE);
	});

	it('asks the keepers to wait or skip when the grace period runs out', () => {
		const ring = Ring.live(timed).done().send(system, { type: 'SEAT_DROPPED', seatId: 'a' }).tick(GRACE);
		ring.send(system, { type: 'TIMER_EXPIRED' });
		expect(ring.state()).toBe('{"live":{"running":{"piece":"awaitingKeeper"}}}');
		expect(ring.keeperView().round?.awaitingKeeper).toBe(true);
		expect(ring.keeperView().allowed).toEqual(expect.arrayContaining(['WAIT', 'SKIP', 'DONE', 'PASS']));
		expect(nextDeadline(ring.circle)).toBeNull();
	});

	it('does not end the grace period before its deadline', () => {
		const ring = Ring.live(timed).done().send(system, { type: 'SEAT_DROPPED', seatId: 'a' }).tick(GRACE - 1);
		expect(ring.try(system, { type: 'TIMER_EXPIRED' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});

	it('waits another grace period when a keeper chooses to wait', () => {
		const ring = Ring.live(timed).done().send(system, { type: 'SEAT_DROPPED', seatId: 'a' }).tick(GRACE);
		ring.send(system, { type: 'TIMER_EXPIRED' }).tick(1_000).send(keeper, { type: 'WAIT' });
		expect(ring.state()).toBe('{"live":{"running":{"piece":"away"}}}');
		expect(ring.piece.grace?.deadlineAt).toBe(ring.now + GRACE);
		expect(ring.piece.awaitingKeeper).toBe(false);
	});

	it('moves the piece on when a keeper skips the dropped holder', () => {
		const ring = Ring.live(timed).done().send(system, { type: 'SEAT_DROPPED', seatId: 'a' }).tick(GRACE);
		ring.send(system, { type: 'TIMER_EXPIRED' }).send(keeper, { type: 'SKIP', seatId: 'a' });
		expect(ring.holder).toBe('b');
		expect(ring.piece.passed).toEqual([]);
	});

	it('resumes the same holder with their remaining time when they reconnect', () => {
		const ring = Ring.live(timed).done().tick(10_000).send(system, { type: 'SEAT_DROPPED', seatId: 'a' }).tick(15_000);
		ring.send(system, { type: 'SEAT_RECONNECTED', seatId: 'a' });
		expect(ring.state()).toBe('{"live":{"running":{"piece":"holding"}}}');
		expect(ring.holder).toBe('a');
		expect(ring.piece.turn?.timer).toMatchObject({ deadlineAt: ring.now + TURN - 10_000, remainingMs: null });
		expect(ring.piece.grace).toBeNull();
		expect(ring.ctx.seats.a).toMatchObject({ name: 'Name a', presence: 'connected' });
	});

	it('resumes the same holder when they reconnect after keepers were asked to decide', () => {
		const ring = Ring.live(timed).done().send(system, { type: 'SEAT_DROPPED', seatId: 'a' }).tick(GRACE);
		ring.send(system, { type: 'TIMER_EXPIRED' }).send(system, { type: 'SEAT_RECONNECTED', seatId: 'a' });
		expect(ring.state()).toBe('{"live":{"running":{"piece":"holding"}}}');
		expect(ring.holder).toBe('a');
		expect(ring.piece.awaitingKeeper).toBe(false);
	});

	it('starts the grace period when the piece reaches a seat that has already dropped', () => {
		const ring = Ring.live(timed).send(system, { type: 'SEAT_DROPPED', seatId: 'a' }).done();
		expect(ring.holder).toBe('a');
		expect(ring.state()).toBe('{"live":{"running":{"piece":"away"}}}');
	});

	it('moves the piece on when a dropped holder leaves during the grace period', () => {
		const ring = Ring.live(timed).done().send(system, { type: 'SEAT_DROPPED', seatId: 'a' });
		ring.send(keeper, { type: 'REMOVE_SEAT', seatId: 'a' });
		expect(ring.holder).toBe('b');
		expect(ring.state()).toBe('{"live":{"running":{"piece":"holding"}}}');
	});

	it('lets only a keeper end or pass a dropped holder\'s turn, and only the server report presence', () => {
		const ring = Ring.live(timed).done().send(system, { type: 'SEAT_DROPPED', seatId: 'a' });
		expect(ring.try(seat('a'), { type: 'DONE' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		expect(ring.try(seat('b'), { type: 'SEAT_RECONNECTED', seatId: 'a' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
		expect(ring.try(system, { type: 'SEAT_DROPPED', seatId: 'zz' })).toMatchObject({ ok: false, error: { code: 'unknown_seat' } });
		ring.send(keeper, { type: 'PASS' });
		expect(ring.holder).toBe('b');
		expect(ring.piece.passed).toEqual(['a']);
	});
});
