// A token bucket: `capacity` actions at once, refilled at `perSecond`, and a per-key queue for checks that must not
// interleave. Time is passed in, so the limits are tested without waiting. Sign-in uses @fastify/rate-limit; this stays
// where that library does not fit: socket messages (not HTTP requests), join attempts (only failures count, and a
// correct code must still get in, which a limiter in front of the handler cannot tell), and a keeper's harvest edits
// (counted per keeper and harvest, not per request).

export class TokenBucket {
	#tokens: number;
	#last: number;

	constructor(
		readonly capacity: number,
		readonly perSecond: number,
		now: number
	) {
		this.#tokens = capacity;
		this.#last = now;
	}

	take(now: number): boolean {
		this.#tokens = Math.min(this.capacity, this.#tokens + ((now - this.#last) / 1000) * this.perSecond);
		this.#last = now;
		if (this.#tokens < 1) return false;
		this.#tokens -= 1;
		return true;
	}

	/** Milliseconds until one more action is allowed. */
	retryAfterMs(): number {
		return this.#tokens >= 1 ? 0 : Math.ceil(((1 - this.#tokens) / this.perSecond) * 1000);
	}
}

/** Buckets by key (an address, an email), forgetting idle ones so memory stays bounded. */
export class KeyedLimiter {
	#buckets = new Map<string, TokenBucket>();

	constructor(
		readonly capacity: number,
		readonly perSecond: number,
		readonly maxKeys = 10_000
	) {}

	take(key: string, now: number): { ok: true } | { ok: false; retryAfterMs: number } {
		let bucket = this.#buckets.get(key);
		if (!bucket) {
			if (this.#buckets.size >= this.maxKeys) this.#buckets.delete(this.#buckets.keys().next().value!);
			bucket = new TokenBucket(this.capacity, this.perSecond, now);
			this.#buckets.set(key, bucket);
		}
		return bucket.take(now) ? { ok: true } : { ok: false, retryAfterMs: bucket.retryAfterMs() };
	}
}

/**
 * Runs tasks one at a time per key, in arrival order, so a check and the record that follows it are one
 * step for that key (parallel join attempts from one address are counted exactly). Idle keys are dropped.
 */
export class KeyedSerializer {
	#tails = new Map<string, Promise<unknown>>();

	run<T>(key: string, task: () => Promise<T>): Promise<T> {
		const run = (this.#tails.get(key) ?? Promise.resolve()).then(task);
		const tail = run.catch(() => undefined);
		this.#tails.set(key, tail);
		void tail.then(() => {
			if (this.#tails.get(key) === tail) this.#tails.delete(key);
		});
		return run;
	}
}
