// Timing (PRODUCT.md "Timing"): soft and hard turn limits, extra time, extending, timers off, phase timers,
// and the deadlines the host waits for before it sends TIMER_EXPIRED.
import { describe, expect, it } from 'vitest';
import { nextDeadline } from '$lib/protocol/circle';
import { ceremony, keeper, plan, popcornRound, Ring, screen, seat, sequentialRound, silenceRound, system } from '../support/circles';

const TURN = 60_000;
const soft = plan([sequentialRound({ timing: { turnMs: TURN } }), sequentialRound({ id: 'two', timing: { turnMs: TURN } })]);
const hard = plan([sequentialRound({ timing: { turnMs: TURN, limit: 'hard' } }), sequentialRound({ id: 'two' })]);
const expire = (ring: Ring) => ring.send(system, { type: 'TIMER_EXPIRED' });

describe('turn limits', () => {
	it('starts each turn with the turn guideline as an absolute deadline', () => {
		const ring = Ring.live(soft).tick(5_000).done();
		expect(ring.piece.turn?.timer).toEqual({ durationMs: TURN, deadlineAt: ring.now + TURN, remainingMs: null });
	});

	it('only cues the holder when a soft limit passes: nothing is cut off', () => {
		const ring = Ring.live(soft).tick(TURN);
		expire(ring);
		expect(ring.holder).toBe('k');
		expect(ring.piece.turn?.overtime).toBe(true);
		expect(ring.keeperView().piece?.overtime).toBe(true);
		expect(ring.screen().piece?.overtime).toBe(false);
		expect(ring.ctx.notice).toBeNull();
		expect(nextDeadline(ring.circle)).toBeNull();
	});

	it('moves the piece on with a "time-up" notice when a hard limit passes', () => {
		const ring = Ring.live(hard).tick(TURN);
		expire(ring);
		expect(ring.holder).toBe('a');
		expect(ring.screen().notice).toEqual({ kind: 'time-up', at: ring.now });
		expect(ring.piece.tally).toMatchObject({ turns: 1, timeUps: 1 });
	});

	it('clears the "time-up" notice when the next phase starts', () => {
		const ring = Ring.live(hard).tick(TURN);
		expire(ring).send(keeper, { type: 'ADVANCE' });
		expect(ring.screen().notice).toBeNull();
	});

	it('does not act on a turn timer before its deadline', () => {
		const ring = Ring.live(hard).tick(TURN - 1);
		expect(ring.try(system, { type: 'TIMER_EXPIRED' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		expect(ring.try(seat('a'), { type: 'TIMER_EXPIRED' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
	});

	it('moves the piece back to the keeper when a hard limit passes on a turn the keeper gave after the round', () => {
		const ring = Ring.live(hard).send(keeper, { type: 'END_ROUND' }).send(keeper, { type: 'GIVE_PIECE', seatId: 'a' });
		ring.tick(TURN);
		expect(nextDeadline(ring.circle)).toBe(ring.now);
		expire(ring);
		expect(ring.holder).toBe('k');
		expect(ring.piece.stage).toBe('reflect');
	});

	it('gives a participant who asked for extra time a longer turn', () => {
		const ring = Ring.live(plan([sequentialRound({ timing: { turnMs: TURN } })], { extraTimeMultiplier: 2 }), []);
		ring.join('x', 'participant', { access: { largeText: false, screenReader: false, extraTime: true, prefersToType: false } });
		ring.done();
		expect(ring.holder).toBe('x');
		expect(ring.piece.turn?.timer?.durationMs).toBe(2 * TURN);
	});

	it('uses the default extra-time multiplier of 1.5', () => {
		const ring = Ring.live(soft, []);
		ring.join('x', 'participant', { access: { largeText: false, screenReader: false, extraTime: true, prefersToType: false } }).done();
		expect(ring.piece.turn?.timer?.durationMs).toBe(1.5 * TURN);
	});

	it('leaves turns untimed when the round has no turn guideline', () => {
		const ring = Ring.live(plan([sequentialRound()]));
		expect(ring.piece.turn?.timer).toBeNull();
		expect(nextDeadline(ring.circle)).toBeNull();
	});
});

describe('extend', () => {
	it('extends the holder\'s turn', () => {
		const ring = Ring.live(soft).send(keeper, { type: 'EXTEND', target: 'turn', ms: 30_000 });
		expect(ring.piece.turn?.timer).toEqual({ durationMs: TURN + 30_000, deadlineAt: ring.now + TURN + 30_000, remainingMs: null });
	});

	it('restarts an overtime turn from now and lifts the cue', () => {
		const ring = Ring.live(soft).tick(TURN + 5_000);
		expire(ring).send(keeper, { type: 'EXTEND', target: 'turn', ms: 30_000 });
		expect(ring.piece.turn?.overtime).toBe(false);
		expect(ring.piece.turn?.timer?.deadlineAt).toBe(ring.now + 30_000);
	});

	it('extends a phase timer and clears its "done" cue', () => {
		const ring = Ring.live(plan([silenceRound()])).tick(60_000);
		expire(ring);
		expect(ring.ctx.phase?.timerDone).toBe(true);
		ring.send(keeper, { type: 'EXTEND', target: 'phase', ms: 30_000 });
		expect(ring.ctx.phase).toMatchObject({ timerDone: false, timer: { deadlineAt: ring.now + 30_000 } });
	});

	it('extends a popcorn budget while someone holds the piece', () => {
		const ring = Ring.live(plan([popcornRound({ timing: { budgetMs: 300_000 } })])).send(seat('a'), { type: 'REQUEST_PIECE' });
		ring.send(keeper, { type: 'EXTEND', target: 'phase', ms: 60_000 });
		expect(ring.ctx.phase?.timer?.deadlineAt).toBe(ring.now + 360_000);
	});

	it('refuses to extend a timer that does not exist, or for a participant', () => {
		const ring = Ring.live(plan([sequentialRound()]));
		expect(ring.try(keeper, { type: 'EXTEND', target: 'turn', ms: 30_000 })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		expect(ring.try(keeper, { type: 'EXTEND', target: 'phase', ms: 30_000 })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		expect(Ring.live(soft).try(seat('a'), { type: 'EXTEND', target: 'turn', ms: 30_000 })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
	});
});

describe('timers off', () => {
	it('stops every running timer and leaves new turns untimed until timers are on again', () => {
		const ring = Ring.live(soft).send(keeper, { type: 'SET_TIMERS', on: false });
		expect(ring.piece.turn?.timer).toBeNull();
		expect(nextDeadline(ring.circle)).toBeNull();
		ring.done();
		expect(ring.piece.turn?.timer).toBeNull();
		ring.send(keeper, { type: 'SET_TIMERS', on: true }).done();
		expect(ring.piece.turn?.timer?.deadlineAt).toBe(ring.now + TURN);
	});

	it('stops the phase timer of a silence round', () => {
		const ring = Ring.live(plan([silenceRound()])).send(keeper, { type: 'SET_TIMERS', on: false });
		expect(ring.ctx.phase?.timer).toBeNull();
		expect(ring.keeperView().timersOn).toBe(false);
	});

	it('starts the next phase untimed while timers are off', () => {
		const ring = Ring.live(plan([sequentialRound(), silenceRound()])).send(keeper, { type: 'SET_TIMERS', on: false });
		ring.send(keeper, { type: 'ADVANCE' });
		expect(ring.ctx.phase?.timer).toBeNull();
	});

	it('lets only keepers turn timers off, during a phase', () => {
		expect(Ring.live(soft).try(seat('a'), { type: 'SET_TIMERS', on: false })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
		const lobby = new Ring(soft).join('k', 'keeper').send(keeper, { type: 'OPEN' });
		expect(lobby.try(keeper, { type: 'SET_TIMERS', on: false })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});
});

describe('phase timers', () => {
	it('times a silence round: its end is a cue, and the keeper moves on', () => {
		const ring = Ring.live(plan([silenceRound(), sequentialRound()]));
		expect(ring.state()).toBe('{"live":{"running":"silence"}}');
		expect(nextDeadline(ring.circle)).toBe(ring.now + 60_000);
		ring.tick(60_000);
		expire(ring);
		expect(ring.ctx.phase?.timerDone).toBe(true);
		expect(ring.screen().phase?.timerDone).toBe(true);
		expect(ring.state()).toBe('{"live":{"running":"silence"}}');
		expect(nextDeadline(ring.circle)).toBeNull();
		ring.send(keeper, { type: 'ADVANCE' });
		expect(ring.holder).toBe('k');
	});

	it('times a ceremony that has a timer, and leaves one without a timer untimed', () => {
		const ring = Ring.live(plan([ceremony({ timerMs: 30_000 }), ceremony({ id: 'closing' })]));
		expect(ring.state()).toBe('{"live":{"running":"ceremony"}}');
		ring.tick(30_000);
		expire(ring);
		expect(ring.ctx.phase?.timerDone).toBe(true);
		ring.send(keeper, { type: 'ADVANCE' });
		expect(ring.ctx.phase?.timer).toBeNull();
		expect(nextDeadline(ring.circle)).toBeNull();
	});

	it('times an open round with its budget, as a cue only', () => {
		const ring = Ring.live(plan([sequentialRound({ id: 'talk', mode: 'open', timing: { budgetMs: 120_000 } })]));
		expect(ring.state()).toBe('{"live":{"running":"open"}}');
		expect(ring.screen().piece).toBeNull();
		ring.tick(120_000);
		expire(ring);
		expect(ring.ctx.phase?.timerDone).toBe(true);
		expect(ring.try(system, { type: 'TIMER_EXPIRED' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});
});

describe('next deadline', () => {
	it('is the holder\'s turn deadline in a timed round', () => {
		const ring = Ring.live(soft);
		expect(nextDeadline(ring.circle)).toBe(ring.now + TURN);
	});

	it('is the grace deadline while a dropped holder\'s turn waits', () => {
		const ring = Ring.live(plan([sequentialRound({ timing: { turnMs: TURN } })], { graceMs: 10_000 }));
		ring.send(system, { type: 'SEAT_DROPPED', seatId: 'k' });
		expect(nextDeadline(ring.circle)).toBe(ring.now + 10_000);
	});

	it('is the earlier of the turn and the round budget in a popcorn round', () => {
		const ring = Ring.live(plan([popcornRound({ timing: { turnMs: TURN, budgetMs: 90_000 } })]));
		expect(nextDeadline(ring.circle)).toBe(ring.now + 90_000);
		ring.tick(40_000).send(seat('a'), { type: 'REQUEST_PIECE' });
		expect(nextDeadline(ring.circle)).toBe(ring.now + 50_000);
		ring.tick(1_000).send(seat('a'), { type: 'DONE' }).send(seat('b'), { type: 'REQUEST_PIECE' });
		expect(nextDeadline(ring.circle)).toBe(ring.now + 49_000);
	});

	it('is null while paused, before the circle is live and after it closes', () => {
		const ring = new Ring(soft).join('k', 'keeper');
		expect(nextDeadline(ring.circle)).toBeNull();
		ring.send(keeper, { type: 'OPEN' }).send(keeper, { type: 'START' }).send(keeper, { type: 'PAUSE' });
		expect(nextDeadline(ring.circle)).toBeNull();
		ring.send(keeper, { type: 'CLOSE' });
		expect(nextDeadline(ring.circle)).toBeNull();
	});

	it('shows the screen the phase timer but never the holder\'s turn timer', () => {
		const ring = Ring.live(plan([popcornRound({ timing: { turnMs: TURN, budgetMs: 90_000 } })])).send(seat('a'), { type: 'REQUEST_PIECE' });
		const view = ring.view({ kind: 'screen', languages: ['en'] });
		expect(view.phase?.timer?.deadlineAt).toBe(ring.now + 90_000);
		expect(view.piece?.turnTimer).toBeNull();
		expect(ring.participant('a').piece?.turnTimer?.deadlineAt).toBe(ring.now + TURN);
		expect(ring.participant('b').piece?.turnTimer).toBeNull();
		expect(ring.try(screen, { type: 'EXTEND', target: 'phase', ms: 60_000 })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
	});
});
