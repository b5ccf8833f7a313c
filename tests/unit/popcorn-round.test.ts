// Popcorn rounds: the piece rests in the centre; requests queue in arrival order; the keeper or the budget ends it.
import { describe, expect, it } from 'vitest';
import { nextDeadline } from '$lib/protocol/circle';
import { keeper, plan, popcornRound, Ring, seat, sequentialRound, system } from '../support/circles';

const BUDGET = 300_000;
const TURN = 60_000;
const popcorn = plan([popcornRound({ timing: { budgetMs: BUDGET } }), sequentialRound({ id: 'after' })]);
const ask = (ring: Ring, id: string) => ring.send(id === 'k' ? keeper : seat(id), { type: 'REQUEST_PIECE' });

describe('popcorn round', () => {
	it('starts with the piece resting in the centre', () => {
		const ring = Ring.live(popcorn);
		expect(ring.state()).toBe('{"live":{"running":{"piece":"centre"}}}');
		expect(ring.holder).toBeNull();
		expect(ring.screen().piece).toMatchObject({ stage: 'centre', holderSeatId: null });
	});

	it('gives the piece to the first to ask', () => {
		const ring = ask(Ring.live(popcorn), 'b');
		expect(ring.holder).toBe('b');
	});

	it('queues requests in the order they arrive', () => {
		const ring = Ring.live(popcorn);
		for (const id of ['b', 'c', 'k', 'a']) ask(ring, id);
		expect(ring.piece.queue).toEqual(['c', 'k', 'a']);
		expect(ring.screen().piece?.queue).toEqual(['c', 'k', 'a']);
		expect(ring.participant('c').you?.next).toBe(true);
	});

	it('does not let a person queue twice, or ask while holding the piece', () => {
		const ring = ask(ask(Ring.live(popcorn), 'a'), 'b');
		expect(ring.try(seat('b'), { type: 'REQUEST_PIECE' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		expect(ring.try(seat('a'), { type: 'REQUEST_PIECE' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		expect(ring.piece.queue).toEqual(['b']);
	});

	it('returns the piece to the centre after each speaker', () => {
		const ring = ask(Ring.live(popcorn), 'a').done();
		expect(ring.holder).toBeNull();
		expect(ring.state()).toBe('{"live":{"running":{"piece":"centre"}}}');
	});

	it('hands the piece to the next request after each speaker, in order', () => {
		const ring = Ring.live(popcorn);
		for (const id of ['c', 'a', 'b']) ask(ring, id);
		const order: (string | null)[] = [];
		for (let i = 0; i < 3; i++) {
			order.push(ring.holder);
			ring.done();
		}
		expect(order).toEqual(['c', 'a', 'b']);
		expect(ring.holder).toBeNull();
	});

	it('lets a person ask again after they have spoken', () => {
		const ring = ask(Ring.live(popcorn), 'a').done();
		ask(ring, 'a');
		expect(ring.holder).toBe('a');
	});

	it('lets a person withdraw their request', () => {
		const ring = ask(ask(ask(Ring.live(popcorn), 'a'), 'b'), 'c');
		ring.send(seat('b'), { type: 'WITHDRAW_REQUEST' });
		expect(ring.piece.queue).toEqual(['c']);
		expect(ring.try(seat('b'), { type: 'WITHDRAW_REQUEST' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});

	it('refuses requests in a sequential round', () => {
		const ring = Ring.live(plan([sequentialRound()]));
		expect(ring.try(seat('b'), { type: 'REQUEST_PIECE' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});

	it('does not queue a passer for a return: a pass simply returns the piece to the centre', () => {
		const ring = ask(Ring.live(popcorn), 'a').pass();
		expect(ring.piece.passed).toEqual([]);
		expect(ring.holder).toBeNull();
	});

	it('ends when the keeper ends the round: the piece goes to the keeper and requests are dropped', () => {
		const ring = ask(ask(Ring.live(popcorn), 'a'), 'b').send(keeper, { type: 'END_ROUND' });
		expect(ring.piece.stage).toBe('reflect');
		expect(ring.holder).toBe('k');
		expect(ring.piece.queue).toEqual([]);
	});

	it('ends when its budget runs out while the piece is in the centre', () => {
		const ring = Ring.live(popcorn).tick(BUDGET);
		expect(nextDeadline(ring.circle)).toBe(ring.now);
		ring.send(system, { type: 'TIMER_EXPIRED' });
		expect(ring.piece.stage).toBe('reflect');
		expect(ring.holder).toBe('k');
		expect(ring.try(seat('a'), { type: 'REQUEST_PIECE' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});

	it('lets the current speaker finish when the budget runs out, then ends', () => {
		const ring = ask(ask(Ring.live(popcorn), 'a'), 'b').tick(BUDGET);
		ring.send(system, { type: 'TIMER_EXPIRED' });
		expect(ring.holder).toBe('a');
		expect(ring.piece.closing).toBe(true);
		expect(ring.piece.queue).toEqual([]);
		expect(ring.try(seat('c'), { type: 'REQUEST_PIECE' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		ring.done();
		expect(ring.piece.stage).toBe('reflect');
		expect(ring.holder).toBe('k');
	});

	it('ends without another turn when the budget and a hard turn limit run out together', () => {
		const ring = Ring.live(plan([popcornRound({ timing: { turnMs: TURN, limit: 'hard', budgetMs: BUDGET } })]));
		ring.tick(BUDGET - TURN);
		ask(ask(ring, 'a'), 'b').tick(TURN);
		ring.send(system, { type: 'TIMER_EXPIRED' });
		ring.send(system, { type: 'TIMER_EXPIRED' });
		expect(ring.piece.stage).toBe('reflect');
		expect(ring.piece.tally.turns).toBe(1);
	});

	it('closes the round while the speaker\'s device is away, and ends once their turn does', () => {
		const ring = ask(ask(Ring.live(popcorn, ['a', 'b']), 'a'), 'b').send(system, { type: 'SEAT_DROPPED', seatId: 'a' }).tick(BUDGET);
		ring.send(system, { type: 'TIMER_EXPIRED' });
		expect(ring.piece.closing).toBe(true);
		ring.send(system, { type: 'TIMER_EXPIRED' });
		expect(ring.state()).toBe('{"live":{"running":{"piece":"awaitingKeeper"}}}');
		ring.send(keeper, { type: 'SKIP', seatId: 'a' });
		expect(ring.piece.stage).toBe('reflect');
	});

	it('does not let a seat still waiting for admission ask for the piece', () => {
		const ring = Ring.live(popcorn).send(keeper, { type: 'SET_ADMIT_ALL', on: false }).join('w');
		expect(ring.try(seat('w'), { type: 'REQUEST_PIECE' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});
});
