// A timer stored as data: an absolute deadline while it runs, the remaining time while it is frozen.
// The host owns the clock; these functions only take `now` and return new values.

export interface Timer {
	/** The full length it was started with, plus any extensions (for progress cues). */
	durationMs: number;
	/** When it runs out, in server epoch ms; null while frozen by a pause. */
	deadlineAt: number | null;
	/** What was left when it was frozen; null while it runs. */
	remainingMs: number | null;
}

export function startTimer(durationMs: number, now: number, frozen: boolean): Timer {
	return frozen
		? { durationMs, deadlineAt: null, remainingMs: durationMs }
		: { durationMs, deadlineAt: now + durationMs, remainingMs: null };
}

export function freezeTimer(timer: Timer, now: number): Timer {
	if (timer.deadlineAt === null) return timer;
	return { ...timer, deadlineAt: null, remainingMs: Math.max(0, timer.deadlineAt - now) };
}

export function thawTimer(timer: Timer, now: number): Timer {
	if (timer.remainingMs === null) return timer;
	return { ...timer, deadlineAt: now + timer.remainingMs, remainingMs: null };
}

export function extendTimer(timer: Timer, byMs: number): Timer {
	return {
		durationMs: timer.durationMs + byMs,
		deadlineAt: timer.deadlineAt === null ? null : timer.deadlineAt + byMs,
		remainingMs: timer.remainingMs === null ? null : timer.remainingMs + byMs
	};
}

/** A running timer whose deadline has come. Frozen timers are never due. */
export function isDue(timer: Timer | null, now: number): boolean {
	return timer !== null && timer.deadlineAt !== null && timer.deadlineAt <= now;
}

export function remainingAt(timer: Timer, now: number): number {
	return timer.remainingMs ?? Math.max(0, (timer.deadlineAt ?? now) - now);
}
