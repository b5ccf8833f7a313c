// Keeper controls (talking-piece rules 2, 5 and 9): acting for a seat, give, skip, reorder, end round,
// pause and resume, closing, co-keepers, and the private "I need a pause" care signal.
import { describe, expect, it } from 'vitest';
import { nextDeadline } from '$lib/protocol/circle';
import { ceremony, coKeeper, keeper, plan, popcornRound, Ring, screen, seat, sequentialRound, silenceRound, system } from '../support/circles';

const TURN = 60_000;
const GRACE = 20_000;
const rounds = plan([sequentialRound({ timing: { turnMs: TURN } }), sequentialRound({ id: 'two' })], { graceMs: GRACE });

describe('keeper acting for a seat', () => {
	it('lets a keeper end the turn of a holder without a phone', () => {
		const ring = Ring.live(rounds).done();
		ring.send(keeper, { type: 'DONE' });
		expect(ring.holder).toBe('b');
		expect(ring.piece.tally.turns).toBe(2);
	});

	it('lets a keeper pass for a holder, who is then offered the piece again', () => {
		const ring = Ring.live(rounds).done().send(keeper, { type: 'PASS' }).done().done();
		expect(ring.piece.stage).toBe('return');
		expect(ring.holder).toBe('a');
	});
});

describe('give the piece', () => {
	it('gives the piece to any seat, ending the current turn', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'GIVE_PIECE', seatId: 'c' });
		expect(ring.holder).toBe('c');
		expect(ring.piece.offered).toEqual(['k', 'c']);
		expect(ring.piece.pending).toEqual(['a', 'b']);
		ring.done();
		expect(ring.holder).toBe('a');
	});

	it('counts a gift to a passer as their return, so they are not offered the piece a third time', () => {
		const ring = Ring.live(rounds).done().pass(); // a passes in the main pass
		ring.send(keeper, { type: 'GIVE_PIECE', seatId: 'a' }).pass(); // given back, a passes again
		expect(ring.piece.passed).toEqual([]);
		ring.done(); // c
		expect(ring.piece.stage).toBe('reflect');
		expect(ring.piece.returned).toEqual(['a']);
	});

	it('does not offer the return pass to someone who spoke and then passes on an extra turn a keeper gave them', () => {
		const ring = Ring.live(rounds).done().done(); // k, a spoke; b holds
		ring.send(keeper, { type: 'GIVE_PIECE', seatId: 'a' }).pass();
		expect(ring.piece.passed).toEqual([]);
		expect(ring.holder).toBe('c');
		ring.done();
		expect(ring.piece.stage).toBe('reflect');
	});

	it('counts a gift to a seat still waiting as its main-pass offer, so its pass earns the return pass', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'GIVE_PIECE', seatId: 'b' }).pass();
		expect(ring.piece.passed).toEqual(['b']);
	});

	it('refuses to give the piece to its holder or to a seat outside the ring', () => {
		const ring = Ring.live(rounds);
		expect(ring.try(keeper, { type: 'GIVE_PIECE', seatId: 'k' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		expect(ring.try(keeper, { type: 'GIVE_PIECE', seatId: 'zz' })).toMatchObject({ ok: false, error: { code: 'unknown_seat' } });
		expect(ring.try(seat('a'), { type: 'GIVE_PIECE', seatId: 'b' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
	});

	it('lets a keeper give the piece from the centre in a popcorn round', () => {
		const ring = Ring.live(plan([popcornRound()])).send(keeper, { type: 'GIVE_PIECE', seatId: 'b' });
		expect(ring.holder).toBe('b');
		ring.done();
		expect(ring.holder).toBeNull();
		expect(ring.state()).toBe('{"live":{"running":{"piece":"centre"}}}');
	});
});

describe('skip', () => {
	it('skips the holder: the piece moves on without counting a pass', () => {
		const ring = Ring.live(rounds).done().send(keeper, { type: 'SKIP', seatId: 'a' });
		expect(ring.holder).toBe('b');
		expect(ring.piece.passed).toEqual([]);
		expect(ring.piece.tally).toMatchObject({ turns: 1, passes: 0 });
	});

	it('skips a seat still waiting for the piece: it is not offered the piece this round', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'SKIP', seatId: 'b' });
		expect(ring.piece.skipped).toEqual(['b']);
		ring.done().done();
		expect(ring.holder).toBe('c');
		ring.done();
		expect(ring.piece.offered).toEqual(['k', 'a', 'c']);
	});

	it('skips a passer waiting for the return pass', () => {
		const ring = Ring.live(rounds).done().pass().send(keeper, { type: 'SKIP', seatId: 'a' }).done().done();
		expect(ring.piece.stage).toBe('reflect');
		expect(ring.piece.returned).toEqual([]);
	});

	it('refuses to skip a seat that is neither holding nor waiting for the piece', () => {
		const ring = Ring.live(rounds).done().done();
		const before = ring.circle;
		expect(ring.try(keeper, { type: 'SKIP', seatId: 'a' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		expect(ring.circle).toBe(before);
	});
});

describe('reorder', () => {
	it('reorders the seats between turns, when the round is back with the keeper', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'END_ROUND' });
		ring.send(keeper, { type: 'REORDER', order: ['k', 'c', 'b', 'a'] }).send(keeper, { type: 'ADVANCE' });
		expect(ring.piece.pending).toEqual(['c', 'b', 'a']);
	});

	it('reorders the seats in the lobby and between phases without a piece', () => {
		const ring = new Ring(plan([ceremony()])).join('k', 'keeper').join('a').join('b');
		ring.send(keeper, { type: 'OPEN' }).send(keeper, { type: 'REORDER', order: ['a', 'k', 'b'] });
		expect(ring.ctx.ring).toEqual(['a', 'k', 'b']);
		ring.send(keeper, { type: 'START' }).send(keeper, { type: 'REORDER', order: ['k', 'a', 'b'] });
		expect(ring.ctx.ring).toEqual(['k', 'a', 'b']);
	});

	it('refuses to reorder while someone holds the piece', () => {
		const ring = Ring.live(rounds);
		expect(ring.try(keeper, { type: 'REORDER', order: ['k', 'c', 'b', 'a'] })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});

	it.each([
		['a seat missing', ['k', 'a', 'b']],
		['a seat twice', ['k', 'a', 'b', 'b']],
		['a stranger', ['k', 'a', 'b', 'zz']]
	])('refuses an order that is not a permutation of the ring (%s)', (_, order) => {
		const ring = Ring.live(rounds).send(keeper, { type: 'END_ROUND' });
		expect(ring.try(keeper, { type: 'REORDER', order })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});
});

describe('end round', () => {
	it('ends a round early: the piece goes back to the keeper', () => {
		const ring = Ring.live(rounds).done().send(keeper, { type: 'END_ROUND' });
		expect(ring.piece.stage).toBe('reflect');
		expect(ring.holder).toBe('k');
		expect(ring.piece.pending).toEqual([]);
	});

	it('refuses to end a round that is already back with the keeper, or a phase without a piece', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'END_ROUND' });
		expect(ring.try(keeper, { type: 'END_ROUND' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		const silent = Ring.live(plan([silenceRound()]));
		expect(silent.try(keeper, { type: 'END_ROUND' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});
});

describe('pause and resume', () => {
	it('pauses: everyone sees "paused" with no name, and no deadline is due', () => {
		const ring = Ring.live(rounds).done().tick(10_000).send(keeper, { type: 'PAUSE' });
		expect(ring.screen().paused).toBe(true);
		expect(ring.participant('b').paused).toBe(true);
		expect(ring.state()).toBe('{"live":"paused"}');
		expect(nextDeadline(ring.circle)).toBeNull();
	});

	it('gives the same holder their remaining time on resume', () => {
		const ring = Ring.live(rounds).done().tick(10_000).send(keeper, { type: 'PAUSE' }).tick(300_000);
		ring.send(keeper, { type: 'RESUME' });
		expect(ring.holder).toBe('a');
		expect(ring.state()).toBe('{"live":{"running":{"piece":"holding"}}}');
		expect(ring.piece.turn?.timer?.deadlineAt).toBe(ring.now + TURN - 10_000);
	});

	it('freezes every timer while paused: turn, phase and grace', () => {
		const ring = Ring.live(plan([popcornRound({ timing: { turnMs: TURN, budgetMs: 600_000 } })], { graceMs: GRACE }));
		ring.send(seat('a'), { type: 'REQUEST_PIECE' }).send(system, { type: 'SEAT_DROPPED', seatId: 'a' }).tick(5_000);
		ring.send(keeper, { type: 'PAUSE' });
		expect(ring.ctx.phase?.timer).toMatchObject({ deadlineAt: null, remainingMs: 595_000 });
		expect(ring.piece.grace).toMatchObject({ deadlineAt: null, remainingMs: GRACE - 5_000 });
		expect(ring.piece.turn?.timer).toMatchObject({ deadlineAt: null, remainingMs: TURN });
		ring.tick(60_000).send(keeper, { type: 'RESUME' });
		expect(ring.piece.grace?.deadlineAt).toBe(ring.now + GRACE - 5_000);
		expect(ring.piece.turn?.timer?.deadlineAt).toBeNull();
		expect(ring.ctx.phase?.timer?.deadlineAt).toBe(ring.now + 595_000);
	});

	it('keeps presence, seats and care working while paused', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'PAUSE' });
		ring.join('d').send(seat('b'), { type: 'CARE_SIGNAL' }).send(system, { type: 'SEAT_DROPPED', seatId: 'c' });
		expect(ring.ctx.ring).toContain('d');
		expect(ring.try(seat('a'), { type: 'RESUME' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
		expect(ring.try(keeper, { type: 'PAUSE' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		expect(ring.try(keeper, { type: 'DONE' })).toMatchObject({ ok: false, error: { code: 'circle_paused' } });
	});

	it('starts the grace period on resume for a holder who dropped while paused', () => {
		const ring = Ring.live(rounds).done().send(keeper, { type: 'PAUSE' }).send(system, { type: 'SEAT_DROPPED', seatId: 'a' });
		ring.tick(1_000).send(keeper, { type: 'RESUME' });
		expect(ring.state()).toBe('{"live":{"running":{"piece":"away"}}}');
		expect(ring.piece.grace?.deadlineAt).toBe(ring.now + GRACE);
	});

	it('moves the piece on at resume when the holder left while paused', () => {
		const ring = Ring.live(rounds).done().send(keeper, { type: 'PAUSE' }).send(seat('a'), { type: 'LEAVE' });
		ring.send(keeper, { type: 'RESUME' });
		expect(ring.holder).toBe('b');
		expect(ring.piece.turn?.timer?.deadlineAt).toBe(ring.now + TURN);
	});

	it('refuses to resume a circle that is not paused', () => {
		const ring = Ring.live(rounds);
		expect(ring.try(keeper, { type: 'RESUME' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});
});

describe('co-keeper', () => {
	const withCoKeeper = () => {
		const ring = new Ring(rounds).join('k', 'keeper').join('ck', 'co-keeper');
		ring.send(coKeeper(), { type: 'OPEN' }).join('a').join('b');
		return ring.send(coKeeper(), { type: 'START' });
	};

	it('has the keeper\'s controls', () => {
		const ring = withCoKeeper();
		ring.send(coKeeper(), { type: 'DONE' }).send(coKeeper(), { type: 'GIVE_PIECE', seatId: 'b' });
		ring.send(coKeeper(), { type: 'PAUSE' }).send(coKeeper(), { type: 'RESUME' }).send(coKeeper(), { type: 'END_ROUND' });
		expect(ring.holder).toBe('k');
		expect(ring.keeperView('ck', 'co-keeper').allowed).toEqual(ring.keeperView().allowed);
	});

	it('sits in the ring like any seat, and the keeper\'s seat still starts the round', () => {
		const ring = withCoKeeper();
		expect(ring.ctx.ring).toEqual(['k', 'ck', 'a', 'b']);
		expect(ring.holder).toBe('k');
	});

	it('takes the keeper\'s place at the start of rounds when the keeper has left', () => {
		const ring = withCoKeeper().send(keeper, { type: 'LEAVE' });
		ring.send(coKeeper(), { type: 'END_ROUND' });
		expect(ring.holder).toBe('ck');
		ring.send(coKeeper(), { type: 'ADVANCE' });
		expect(ring.piece.offered).toEqual(['ck']);
	});
});

describe('close', () => {
	const states: [string, (r: Ring) => Ring][] = [
		['scheduled', (r) => r],
		['lobby', (r) => r.send(keeper, { type: 'OPEN' })],
		['live and running', (r) => r.send(keeper, { type: 'OPEN' }).send(keeper, { type: 'START' })],
		['paused', (r) => r.send(keeper, { type: 'OPEN' }).send(keeper, { type: 'START' }).send(keeper, { type: 'PAUSE' })],
		['complete', (r) => r.send(keeper, { type: 'OPEN' }).send(keeper, { type: 'START' }).send(keeper, { type: 'ADVANCE' })]
	];

	it.each(states)('closes the circle from %s', (_, reach) => {
		const ring = reach(new Ring(plan([sequentialRound()])).join('k', 'keeper').join('a'));
		ring.send(keeper, { type: 'CLOSE' });
		expect(ring.circle.snapshot.status).toBe('done');
		expect(ring.screen()).toMatchObject({ status: 'closed', ring: [], piece: null });
		expect(ring.try(keeper, { type: 'OPEN' })).toMatchObject({ ok: false, error: { code: 'circle_closed' } });
	});

	it('lets only keepers close the circle', () => {
		const ring = Ring.live(rounds);
		expect(ring.try(seat('a'), { type: 'CLOSE' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
		expect(ring.try(screen, { type: 'CLOSE' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
	});
});

describe('care signals', () => {
	it('reaches the keepers only, and only once until a keeper acknowledges it', () => {
		const ring = Ring.live(rounds).send(seat('b'), { type: 'CARE_SIGNAL' });
		expect(ring.keeperView().care).toEqual([{ id: 1, seatId: 'b', name: 'Name b', at: ring.now }]);
		expect(ring.participant('b').you?.careRequested).toBe(true);
		expect(ring.participant('a').you?.careRequested).toBe(false);
		expect(JSON.stringify(ring.participant('a'))).not.toContain('care":[');
		expect(ring.screen()).not.toHaveProperty('care');
		expect(ring.try(seat('b'), { type: 'CARE_SIGNAL' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		ring.send(keeper, { type: 'ACK_CARE', signalId: 1 });
		expect(ring.keeperView().care).toEqual([]);
		expect(ring.try(keeper, { type: 'ACK_CARE', signalId: 1 })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});
});
