// Equity of voice (PRODUCT.md "Equity of voice, never per person"): the top fifth's share of speaking time, the
// evenness index and its edge cases, the totals, and that nothing per seat comes out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equityOfVoice, type SeatVoice } from '$lib/harvest/equity-of-voice';

const RUNS = 1_000;

/** Seats numbered from 1 with the given speaking times and no turn counts. */
const ring = (...speakingMs: number[]): SeatVoice[] => speakingMs.map((ms, i) => ({ seat: i + 1, speakingMs: ms, turns: 0, passes: 0, returns: 0 }));

describe('edge cases', () => {
	it('reports nothing but zero counts for an empty ring', () => {
		expect(equityOfVoice([])).toEqual({
			seats: 0,
			topFifthSeats: 0,
			topFifthShare: null,
			evenTopFifthShare: null,
			evenness: null,
			turns: 0,
			passes: 0,
			returns: 0
		});
	});

	it('gives one seat no share and no evenness: its share is its own, and a single seat has no spread', () => {
		const e = equityOfVoice(ring(90_000));
		expect(e.topFifthSeats).toBe(1);
		expect(e.topFifthShare).toBeNull();
		expect(e.evenness).toBeNull();
	});

	it('reports no share and no evenness when nobody spoke: silence is not evenness', () => {
		const e = equityOfVoice(ring(0, 0, 0, 0, 0, 0));
		expect(e.topFifthShare).toBeNull();
		expect(e.evenness).toBeNull();
		expect(e.evenTopFifthShare).toBe(2 / 6);
	});

	it.each([6, 12, 23])('scores a ring of %i equal speakers as perfectly even', (n) => {
		const e = equityOfVoice(ring(...Array<number>(n).fill(60_000)));
		expect(e.evenness).toBeCloseTo(1, 12);
		expect(e.topFifthShare).toBeCloseTo(Math.ceil(n / 5) / n, 12);
		expect(e.topFifthShare).toBeCloseTo(e.evenTopFifthShare!, 12);
	});

	it.each([3, 5, 6, 12])('scores a ring of %i where one seat did all the speaking as 0, whatever its size', (n) => {
		const e = equityOfVoice(ring(...Array<number>(n - 1).fill(0), 120_000));
		expect(e.evenness).toBe(0);
	});
});

describe('small rings (issue 8, finding 7)', () => {
	it.each([1, 2, 3, 4, 5])('hides the top fifth of a %i-seat ring: it is one seat, and its share one person\'s own', (n) => {
		const e = equityOfVoice(ring(...Array.from({ length: n }, (_, i) => 1_000 * (i + 1))));
		expect(e.topFifthSeats).toBe(1);
		expect(e.topFifthShare).toBeNull();
		// 1 / n would also give the seat count away, and there is no share to read it against.
		expect(e.evenTopFifthShare).toBeNull();
	});

	it('shows the top fifth from 6 seats on, where it is two people together', () => {
		const e = equityOfVoice(ring(1, 1, 1, 1, 1, 5));
		expect(e.topFifthSeats).toBe(2);
		expect(e.topFifthShare).toBeCloseTo(6 / 10, 12);
	});

	it('hides evenness for two seats: it would give both seats\' shares of the time', () => {
		expect(equityOfVoice(ring(1, 3)).evenness).toBeNull();
		expect(equityOfVoice(ring(1, 3, 4)).evenness).not.toBeNull();
	});
});

describe('top fifth', () => {
	it.each([
		[1, 1],
		[5, 1],
		[6, 2],
		[10, 2],
		[11, 3],
		[12, 3]
	])('counts the top fifth of %i seats as %i', (n, k) => {
		expect(equityOfVoice(ring(...Array<number>(n).fill(1))).topFifthSeats).toBe(k);
	});

	it('sums the seats who spoke most, wherever they sit', () => {
		// 12 seats, so the top fifth is 3: seats 2, 9 and 5 hold 300 + 200 + 100 of 690.
		const e = equityOfVoice(ring(10, 300, 10, 10, 100, 10, 10, 10, 200, 10, 10, 10));
		expect(e.topFifthShare).toBeCloseTo(600 / 690, 12);
	});

	it('works out a known evenness: three seats at 0:0:1', () => {
		// One seat of three holds everything: scaled Gini 1, evenness 0; at 1:1:1 it is 1; at 0:1:1, Gini (1/3)·(3/2) = 0.5.
		expect(equityOfVoice(ring(0, 1, 1)).evenness).toBeCloseTo(0.5, 12);
	});
});

describe('totals', () => {
	it('adds turns, passes and returns across the ring', () => {
		const seats: SeatVoice[] = [
			{ seat: 1, speakingMs: 1_000, turns: 3, passes: 1, returns: 1 },
			{ seat: 4, speakingMs: 2_000, turns: 4, passes: 0, returns: 0 },
			{ seat: 7, speakingMs: 0, turns: 0, passes: 3, returns: 2 }
		];
		expect(equityOfVoice(seats)).toMatchObject({ seats: 3, turns: 7, passes: 4, returns: 3 });
	});
});

describe('never per person', () => {
	it('returns only ring-wide numbers: no list, no seat number, no speaking time', () => {
		const e = equityOfVoice(ring(1_000, 2_000, 3_000));
		expect(Object.keys(e).sort()).toEqual(['evenTopFifthShare', 'evenness', 'passes', 'returns', 'seats', 'topFifthSeats', 'topFifthShare', 'turns']);
		for (const v of Object.values(e)) expect(v === null || typeof v === 'number').toBe(true);
	});

	const seats = fc
		.array(fc.record({ speakingMs: fc.nat({ max: 600_000 }), turns: fc.nat({ max: 20 }), passes: fc.nat({ max: 5 }), returns: fc.nat({ max: 5 }) }), { maxLength: 30 })
		.map((rows) => rows.map((r, i) => ({ ...r, seat: i + 1 })));

	it('does not depend on who sat where: renumbering and reordering the seats changes nothing', () => {
		fc.assert(
			fc.property(
				seats.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }))),
				([original, shuffled]) => {
					const renumbered = shuffled.map((s, i) => ({ ...s, seat: 100 + i }));
					expect(equityOfVoice(renumbered)).toEqual(equityOfVoice(original));
				}
			),
			{ numRuns: RUNS }
		);
	});

	it('keeps evenness in 0–1 and the top fifth at or above its even share', () => {
		fc.assert(
			fc.property(seats, (s) => {
				const e = equityOfVoice(s);
				if (e.evenness !== null) expect(e.evenness).toBeGreaterThanOrEqual(0);
				if (e.evenness !== null) expect(e.evenness).toBeLessThanOrEqual(1);
				if (e.topFifthShare !== null) {
					expect(e.topFifthShare).toBeLessThanOrEqual(1);
					expect(e.topFifthShare).toBeGreaterThanOrEqual(e.evenTopFifthShare! - 1e-12);
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('reads shares, not amounts: doubling everyone\'s time changes nothing', () => {
		fc.assert(
			fc.property(seats, (s) => {
				const a = equityOfVoice(s);
				const b = equityOfVoice(s.map((x) => ({ ...x, speakingMs: x.speakingMs * 2 })));
				expect(b.evenness ?? -1).toBeCloseTo(a.evenness ?? -1, 9);
				expect(b.topFifthShare ?? -1).toBeCloseTo(a.topFifthShare ?? -1, 9);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('bad input', () => {
	it.each([
		{ why: 'a seat counted twice', seats: [...ring(1, 2), { seat: 1, speakingMs: 5, turns: 0, passes: 0, returns: 0 }] },
		{ why: 'negative speaking time', seats: ring(-1, 2) },
		{ why: 'infinite speaking time', seats: ring(Number.POSITIVE_INFINITY, 2) },
		{ why: 'a fractional turn count', seats: [{ seat: 1, speakingMs: 5, turns: 1.5, passes: 0, returns: 0 }] },
		{ why: 'a fractional seat number', seats: [{ seat: 1.5, speakingMs: 5, turns: 1, passes: 0, returns: 0 }] }
	])('rejects $why', ({ seats }) => {
		expect(() => equityOfVoice(seats)).toThrow(RangeError);
	});

	it('leaves its input in seat order', () => {
		const seats = ring(30, 10, 20);
		equityOfVoice(seats);
		expect(seats.map((s) => s.speakingMs)).toEqual([30, 10, 20]);
	});
});
