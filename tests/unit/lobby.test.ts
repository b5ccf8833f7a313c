// The lobby: opening a scheduled circle, joining, admitting, locking, and starting the plan.
import { describe, expect, it } from 'vitest';
import { MAX_SEATS } from '$lib/protocol/seats';
import { ceremony, coKeeper, keeper, plan, Ring, seat, sequentialRound, system } from '../support/circles';

const p = plan([sequentialRound()]);
const lobby = (opts: { admitAll?: boolean } = {}) => new Ring(p, opts).join('k', 'keeper').send(keeper, { type: 'OPEN' });
const profile = { name: 'Someone', pronouns: '', language: 'en' as const, access: { largeText: false, screenReader: false, extraTime: false, prefersToType: false } };

describe('lobby', () => {
	it('opens a scheduled circle into the lobby, once, by a keeper', () => {
		const ring = new Ring(p).join('k', 'keeper');
		expect(ring.state()).toBe('"scheduled"');
		expect(ring.try(seat('k'), { type: 'OPEN' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
		ring.send(keeper, { type: 'OPEN' });
		expect(ring.state()).toBe('"lobby"');
		expect(ring.try(keeper, { type: 'OPEN' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});

	it('seats joiners straight away when everyone is let in (the default)', () => {
		const ring = lobby().join('a').join('b');
		expect(ring.ctx.ring).toEqual(['k', 'a', 'b']);
		expect(ring.participant('a').you?.waitingForAdmission).toBe(false);
	});

	it('keeps joiners waiting for a keeper to admit them when admit-all is off', () => {
		const ring = lobby({ admitAll: false }).join('a').join('b');
		expect(ring.ctx.ring).toEqual(['k']);
		expect(ring.ctx.waiting).toEqual(['a', 'b']);
		expect(ring.participant('a').you?.waitingForAdmission).toBe(true);
		expect(ring.keeperView().waiting.map((s) => s.seatId)).toEqual(['a', 'b']);
		expect(ring.screen().ring.map((s) => s.seatId)).toEqual(['k']);
	});

	it('admits a waiting person into the ring, by a keeper', () => {
		const ring = lobby({ admitAll: false }).join('a').join('b');
		expect(ring.try(seat('a'), { type: 'ADMIT', seatId: 'a' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
		ring.send(keeper, { type: 'ADMIT', seatId: 'b' });
		expect(ring.ctx.ring).toEqual(['k', 'b']);
		expect(ring.ctx.waiting).toEqual(['a']);
		expect(ring.try(keeper, { type: 'ADMIT', seatId: 'b' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		expect(ring.try(keeper, { type: 'ADMIT', seatId: 'zz' })).toMatchObject({ ok: false, error: { code: 'unknown_seat' } });
	});

	it('admits everyone waiting, in arrival order, when a keeper lets all in', () => {
		const ring = lobby({ admitAll: false }).join('a').join('b').send(keeper, { type: 'SET_ADMIT_ALL', on: true });
		expect(ring.ctx.ring).toEqual(['k', 'a', 'b']);
		expect(ring.ctx.waiting).toEqual([]);
		ring.send(keeper, { type: 'SET_ADMIT_ALL', on: false }).join('c');
		expect(ring.ctx.waiting).toEqual(['c']);
	});

	it('always seats keepers and co-keepers, even when admit-all is off', () => {
		const ring = lobby({ admitAll: false }).join('ck', 'co-keeper');
		expect(ring.ctx.ring).toEqual(['k', 'ck']);
	});

	it('refuses participants with "circle_locked" while the circle is locked, but not keepers', () => {
		const ring = lobby().send(keeper, { type: 'SET_LOCKED', locked: true });
		const result = ring.try(system, { type: 'JOIN', seatId: 'a', role: 'participant', profile });
		expect(result).toMatchObject({ ok: false, error: { code: 'circle_locked' } });
		ring.join('ck', 'co-keeper');
		expect(ring.ctx.ring).toEqual(['k', 'ck']);
		expect(ring.screen().locked).toBe(true);
		ring.send(coKeeper(), { type: 'SET_LOCKED', locked: false }).join('a');
		expect(ring.ctx.ring).toContain('a');
	});

	it('lets only keepers lock the circle', () => {
		const ring = lobby().join('a');
		expect(ring.try(seat('a'), { type: 'SET_LOCKED', locked: true })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
	});

	it('refuses a seat id that is already taken', () => {
		const ring = lobby().join('a');
		expect(ring.try(system, { type: 'JOIN', seatId: 'a', role: 'participant', profile })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});

	it('refuses joins from anyone but the server', () => {
		const ring = lobby();
		expect(ring.try(seat('a'), { type: 'JOIN', seatId: 'a', role: 'participant', profile })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
	});

	it(`holds at most ${MAX_SEATS} seats`, () => {
		const ring = lobby();
		for (let i = 1; i < MAX_SEATS; i++) ring.join(`p${i}`);
		expect(ring.try(system, { type: 'JOIN', seatId: 'one-more', role: 'participant', profile })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});

	it('seats late keepers before the keeper, like anyone else', () => {
		const ring = new Ring(p).join('a').join('b').join('k', 'keeper').join('c');
		expect(ring.ctx.ring).toEqual(['a', 'b', 'c', 'k']);
		ring.send(keeper, { type: 'OPEN' }).send(keeper, { type: 'START' });
		expect(ring.piece.pending).toEqual(['a', 'b', 'c']);
	});

	it('starts the plan from the lobby, by a keeper, once someone has a seat', () => {
		const empty = new Ring(p).send(keeper, { type: 'OPEN' });
		expect(empty.try(keeper, { type: 'START' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		const ring = lobby().join('a');
		expect(ring.try(seat('a'), { type: 'START' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
		ring.send(keeper, { type: 'START' });
		expect(ring.screen()).toMatchObject({ status: 'live', phase: { index: 0, id: 'check-in' } });
	});

	it('does not start a scheduled circle before it is opened', () => {
		const ring = new Ring(p).join('k', 'keeper');
		expect(ring.try(keeper, { type: 'START' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});

	it('starts with a ceremony when the plan does', () => {
		const ring = Ring.live(plan([ceremony(), sequentialRound()]));
		expect(ring.state()).toBe('{"live":{"running":"ceremony"}}');
		expect(ring.screen().phase?.prompt).toEqual([{ text: 'Welcome to the circle.', lang: 'en' }]);
		expect(ring.screen().piece).toBeNull();
	});

	it('lets a waiting person leave before they are admitted', () => {
		const ring = lobby({ admitAll: false }).join('a').send(seat('a'), { type: 'LEAVE' });
		expect(ring.ctx.waiting).toEqual([]);
		expect(ring.ctx.seats.a).toBeUndefined();
	});
});
