// Equity of voice for a circle's harvest (PRODUCT.md "Equity of voice, never per person"): how evenly speaking time
// spread across the ring, and the turn, pass and return totals. It reads per-seat numbers and returns only ring-wide ones.

/** "The most-speaking fifth of seats": with n seats, the top ceil(n / 5) of them. */
export const TOP_GROUP_DIVISOR = 5;
/**
 * Evenness compares seats with each other; a single seat has no spread to measure, and two seats' evenness is their
 * two shares of the time (1 − |a − b| / (a + b)): per person again, so it starts at three.
 */
export const MIN_SEATS_FOR_EVENNESS = 3;
/** A top "fifth" of fewer seats than this is one person, and its share that person's own: then it is not reported. */
export const MIN_TOP_FIFTH_SEATS = 2;

/** What the host recorded for one seat. Seat numbers only: never a name, pseudonym, device or token. */
export interface SeatVoice {
	readonly seat: number;
	/** Time speaking while holding the piece. Any unit works (only shares are reported); milliseconds by convention. */
	readonly speakingMs: number;
	readonly turns: number;
	readonly passes: number;
	readonly returns: number;
}

/**
 * Ring-wide figures only. There is deliberately no per-seat field and no total speaking time: total time × the top
 * fifth's share would give the top seat's own time whenever the top fifth is one seat (rings of five or fewer).
 */
export interface EquityOfVoice {
	/** Seats counted, silent ones included. */
	readonly seats: number;
	/** How many seats form the top fifth: ceil(seats / 5). */
	readonly topFifthSeats: number;
	/**
	 * Share (0–1) of all speaking time held by the topFifthSeats who spoke most; null when nobody spoke, or when the
	 * top fifth is one seat (rings of 5 or fewer), where it would be that one person's share.
	 */
	readonly topFifthShare: number | null;
	/** What the top fifth would hold if every seat spoke equally (topFifthSeats / seats), to read the share against; null with the share. */
	readonly evenTopFifthShare: number | null;
	/** 1 when every seat spoke equally, 0 when one seat did all the speaking; null with fewer than 3 seats or no speech. */
	readonly evenness: number | null;
	readonly turns: number;
	readonly passes: number;
	readonly returns: number;
}

/**
 * Evenness is 1 − Gini, with Gini scaled by n / (n − 1) so that "one seat held everything" is 0 whatever the ring's
 * size. Why Gini rather than normalised Shannon entropy: it comes from the same Lorenz curve as the top-fifth share,
 * so the two figures tell one story; it moves steadily as time shifts from quieter seats to louder ones, where entropy
 * hardly moves near equal shares and then drops steeply as a seat nears silence; and city staff already know "Gini"
 * from income inequality. Why the n / (n − 1) scaling: unscaled, a ring where one seat did all the speaking would
 * still score 0.5 with 2 seats and about 0.08 with 12, so circles of different sizes could not be compared.
 */
export function equityOfVoice(seats: readonly SeatVoice[]): EquityOfVoice {
	validate(seats);
	const n = seats.length;
	const times = seats.map((s) => s.speakingMs).sort((a, b) => a - b);
	const total = sum(times);
	const topFifthSeats = Math.ceil(n / TOP_GROUP_DIVISOR);
	const spoke = total > 0;
	const groupOfSeveral = topFifthSeats >= MIN_TOP_FIFTH_SEATS;
	return {
		seats: n,
		topFifthSeats,
		topFifthShare: spoke && groupOfSeveral ? sum(times.slice(n - topFifthSeats)) / total : null,
		evenTopFifthShare: groupOfSeveral ? topFifthSeats / n : null,
		evenness: spoke && n >= MIN_SEATS_FOR_EVENNESS ? clamp01(1 - scaledGini(times, total)) : null,
		turns: sum(seats.map((s) => s.turns)),
		passes: sum(seats.map((s) => s.passes)),
		returns: sum(seats.map((s) => s.returns))
	};
}

/** Gini of ascending values with a positive total, scaled to reach 1 when one value holds everything. */
function scaledGini(ascending: readonly number[], total: number): number {
	const n = ascending.length;
	// Σ (2i − n − 1)·x_i over ranks i = 1..n is n·Σx·Gini, the mean absolute difference in closed form.
	const weighted = ascending.reduce((acc, x, index) => acc + (2 * (index + 1) - n - 1) * x, 0);
	return weighted / ((n - 1) * total);
}

function validate(seats: readonly SeatVoice[]): void {
	const seen = new Set<number>();
	for (const s of seats) {
		// A seat counted twice would count its speaking twice and tilt every figure.
		if (!Number.isInteger(s.seat) || seen.has(s.seat)) throw new RangeError(`equityOfVoice: seat ${s.seat} is not a distinct whole number`);
		seen.add(s.seat);
		if (!Number.isFinite(s.speakingMs) || s.speakingMs < 0) throw new RangeError(`equityOfVoice: seat ${s.seat} has speaking time ${s.speakingMs}`);
		for (const n of [s.turns, s.passes, s.returns]) {
			if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`equityOfVoice: seat ${s.seat} has a count of ${n}`);
		}
	}
}

/** Floating-point sums can land a hair outside 0–1 for perfectly even or perfectly lopsided rings. */
function clamp01(x: number): number {
	return Math.min(1, Math.max(0, x));
}

function sum(ns: readonly number[]): number {
	return ns.reduce((a, b) => a + b, 0);
}
