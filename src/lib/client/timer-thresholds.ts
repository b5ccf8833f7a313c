// The few moments of a timer worth announcing to a screen reader (a minute left), each said once, never every second.

export const ONE_MINUTE_MS = 60_000;
export const TEN_SECONDS_MS = 10_000;

/**
 * Announces each threshold once per timer: the first reading at or under it, for a timer that started above it.
 * Extending the time afterwards does not repeat it. Call `reset()` when a new turn starts.
 */
export class Thresholds {
	#said = new Set<number>();
	readonly thresholds: readonly number[];

	constructor(thresholds: readonly number[]) {
		this.thresholds = thresholds;
	}

	reset(): void {
		this.#said.clear();
	}

	/** The threshold to announce now, if any. */
	check(leftMs: number | null, durationMs: number): number | null {
		if (leftMs === null) return null;
		let due: number | null = null;
		for (const t of this.thresholds) {
			if (durationMs > t && leftMs <= t && leftMs > 0 && !this.#said.has(t)) {
				this.#said.add(t);
				due = due === null ? t : Math.min(due, t);
			}
		}
		return due;
	}
}
