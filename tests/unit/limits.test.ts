// Caps on what one seat and one circle may store (regression: one seat wrote 931 reflections in 60 s and grew
// the snapshot to 1.86 MB), and the refusals a person sees when a cap is reached.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '$lib/protocol/commands';
import { MAX_AGREEMENTS, MAX_NOTES, MAX_REFLECTIONS_PER_SEAT, MAX_STORED_TEXT } from '$lib/protocol/limits';
import { keeper, plan, Ring, seat, sequentialRound, system } from '../support/circles';

const profile = { name: 'Someone', pronouns: '', language: 'en' as const, access: { largeText: false, screenReader: false, extraTime: false, prefersToType: false } };

const rounds = plan([sequentialRound({ timing: { turnMs: 60_000 } })]);

describe('stored items per seat', () => {
	it(`refuses a seat's reflection past ${MAX_REFLECTIONS_PER_SEAT} with limit_reached, and leaves the circle as it was`, () => {
		const ring = Ring.live(rounds);
		for (let i = 0; i < MAX_REFLECTIONS_PER_SEAT; i++) ring.send(seat('a'), { type: 'REFLECT', scope: 'circle', text: `thought ${i}` });
		const before = ring.circle;
		const refused = ring.try(seat('a'), { type: 'REFLECT', scope: 'circle', text: 'one more' });
		expect(refused).toMatchObject({ ok: false, error: { code: 'limit_reached', message: expect.stringMatching(/reflections/) } });
		expect(ring.circle).toBe(before);
		expect(ring.participant('a').allowed).not.toContain('REFLECT');
	});

	it('counts reflections per seat: one seat at its cap does not stop another', () => {
		const ring = Ring.live(rounds);
		for (let i = 0; i < MAX_REFLECTIONS_PER_SEAT; i++) ring.send(seat('a'), { type: 'REFLECT', scope: 'circle', text: `thought ${i}` });
		expect(ring.try(seat('b'), { type: 'REFLECT', scope: 'theme', text: 'mine' })).toMatchObject({ ok: true });
	});
});

describe('stored items per circle', () => {
	it(`refuses the ${MAX_NOTES + 1}st note and the ${MAX_AGREEMENTS + 1}st agreement with limit_reached`, () => {
		const ring = Ring.live(rounds);
		for (let i = 0; i < MAX_NOTES; i++) ring.send(keeper, { type: 'ADD_NOTE', kind: 'theme', text: `n${i}` });
		for (let i = 0; i < MAX_AGREEMENTS; i++) ring.send(keeper, { type: 'RECORD_AGREEMENT', text: `a${i}` });
		expect(ring.try(keeper, { type: 'ADD_NOTE', kind: 'theme', text: 'more' })).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
		expect(ring.try(keeper, { type: 'RECORD_AGREEMENT', text: 'more' })).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
	});

	it(`bounds the circle's stored writing at ${MAX_STORED_TEXT} characters, however many seats write`, () => {
		const seats = Array.from({ length: 20 }, (_, i) => `p${i}`);
		const ring = Ring.live(rounds, seats);
		const long = 'x'.repeat(2000);
		let refused = 0;
		for (const id of seats) {
			for (let i = 0; i < MAX_REFLECTIONS_PER_SEAT; i++) {
				const r = ring.try(seat(id), { type: 'REFLECT', scope: 'circle', text: long });
				if (!r.ok) {
					expect(r.error.code).toBe('limit_reached');
					refused++;
				}
			}
		}
		const stored = ring.ctx.harvest.reflections.reduce((n, r) => n + r.text.length, 0) + ring.ctx.harvest.notes.reduce((n, r) => n + r.text.length, 0);
		expect(stored).toBeLessThanOrEqual(MAX_STORED_TEXT);
		expect(refused).toBeGreaterThan(0);
	});
});

describe('while paused', () => {
	// Regression: the holder's Done while paused said "There is no turn to end right now".
	it.each(['DONE', 'PASS'] as const)('answers the holder’s %s with circle_paused, not "no turn"', (type) => {
		const ring = Ring.live(rounds).done('k').send(keeper, { type: 'PAUSE' });
		expect(ring.holder).toBe('a');
		expect(ring.try(seat('a'), { type })).toMatchObject({ ok: false, error: { code: 'circle_paused', message: expect.stringMatching(/paused/) } });
	});
});

describe('removing several seats', () => {
	it('removes every listed seat at once, moving the piece on from a removed holder', () => {
		const ring = Ring.live(rounds).done('k');
		ring.send(keeper, { type: 'REMOVE_SEATS', seatIds: ['a', 'b'] });
		expect(ring.ctx.ring).toEqual(['k', 'c']);
		expect(ring.holder).toBe('c');
	});

	it('refuses the whole list when it names the keeper’s seat or an unknown seat, removing none', () => {
		const ring = Ring.live(rounds);
		const refusal = { ok: false, error: { code: 'not_allowed_now', message: expect.stringMatching(/keeper’s own seat stays/) } };
		expect(ring.try(keeper, { type: 'REMOVE_SEATS', seatIds: ['a', 'k'] })).toMatchObject(refusal);
		expect(ring.try(keeper, { type: 'REMOVE_SEATS', seatIds: ['a', 'zz'] })).toMatchObject(refusal);
		expect(ring.ctx.ring).toEqual(['k', 'a', 'b', 'c']);
	});

	it('is a keeper command', () => {
		expect(Ring.live(rounds).try(seat('a'), { type: 'REMOVE_SEATS', seatIds: ['b'] })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
		expect(parseCommand({ type: 'REMOVE_SEATS', seatIds: [] })).toMatchObject({ ok: false, issues: [expect.stringMatching(/^seatIds: /)] });
	});
});

describe('releasing never-connected seats', () => {
	it('releases a participant still joining, but never a connected seat or a keeper’s seat', () => {
		const ring = new Ring(plan([sequentialRound()]));
		ring.send(system, { type: 'JOIN', seatId: 'k', role: 'keeper', profile, presence: 'joining' });
		ring.send(system, { type: 'JOIN', seatId: 'a', role: 'participant', profile, presence: 'joining' });
		ring.send(system, { type: 'JOIN', seatId: 'b', role: 'participant', profile, presence: 'joining' });
		ring.send(system, { type: 'SEAT_RECONNECTED', seatId: 'b' });
		expect(ring.try(system, { type: 'SEAT_RELEASED', seatId: 'k' })).toMatchObject({ ok: false });
		expect(ring.try(system, { type: 'SEAT_RELEASED', seatId: 'b' })).toMatchObject({ ok: false });
		expect(ring.try(system, { type: 'SEAT_RELEASED', seatId: 'a' })).toMatchObject({ ok: true });
		expect(ring.ctx.ring).toEqual(['k', 'b']);
		expect(ring.try(keeper, { type: 'SEAT_RELEASED', seatId: 'b' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
	});
});
