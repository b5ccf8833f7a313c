// A soft reading of a turn or phase timer: how much of it is left, drawn from the server's deadline and the clock
// offset.
import type { TimerView } from '$lib/protocol/views';

/** How often a running timer is redrawn; the drawing is soft, so once a second is plenty. */
export const TIMER_TICK_MS = 1_000;

/** A clock that ticks while something on the page shows a timer. */
export class Ticker {
	now = $state(Date.now());

	/** Starts ticking; returns the stop function (use it as an $effect teardown). */
	start(): () => void {
		this.now = Date.now();
		const id = setInterval(() => (this.now = Date.now()), TIMER_TICK_MS);
		return () => clearInterval(id);
	}
}

/** Milliseconds left on `timer` at local time `now`, given the server clock offset; null when there is no timer. */
export function remainingMs(timer: TimerView | null, now: number, clockOffsetMs: number): number | null {
	if (!timer) return null;
	if (timer.deadlineAt === null) return timer.remainingMs;
	return Math.max(0, timer.deadlineAt - (now + clockOffsetMs));
}

/** The share of the timer still left, 0–1. */
export function fractionLeft(timer: TimerView | null, now: number, clockOffsetMs: number): number | null {
	const left = remainingMs(timer, now, clockOffsetMs);
	if (left === null || !timer || timer.durationMs <= 0) return null;
	return Math.min(1, left / timer.durationMs);
}

/** 83_000 → "1:23": whole seconds, rounded up so "0:00" means the time is really up. */
export function formatClock(ms: number): string {
	const total = Math.max(0, Math.ceil(ms / 1000));
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
