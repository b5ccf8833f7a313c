// Whether this process should be sent traffic, and why not: store writes failing, or an unexpected error
// caught by the last-resort handler. `/readyz` answers from here; recoveries are logged once each.
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock';

/** After an unexpected error, readiness stays 503 this long (then recovers unless another one happens). */
export const UNEXPECTED_ERROR_DEGRADED_MS = 60_000;

export type ReadinessState = { ok: true } | { ok: false; reason: string };

export class Readiness {
	#log: FastifyBaseLogger;
	#clock: Clock;
	/** When store writes started failing; null while they succeed. */
	#failingSince: number | null = null;
	#lastUnexpectedAt: number | null = null;

	constructor(log: FastifyBaseLogger, clock: Clock) {
		this.#log = log;
		this.#clock = clock;
	}

	get storeFailing(): boolean {
		return this.#failingSince !== null;
	}

	/** A store write failed (`what` names it for the log): readiness goes 503 until one succeeds. */
	storeFailed(err: unknown, what: string): void {
		if (this.#failingSince === null) {
			this.#failingSince = this.#clock.now();
			this.#log.error({ err, what }, 'database writes failing; /readyz answers 503 until they recover');
		} else {
			this.#log.warn({ err: errorSummary(err), what }, 'database write failed again');
		}
	}

	/** A store write succeeded: if they were failing, the outage is over. */
	storeSucceeded(): void {
		if (this.#failingSince === null) return;
		const downMs = this.#clock.now() - this.#failingSince;
		this.#failingSince = null;
		this.#log.info({ downMs }, 'database recovered; /readyz answers 200 again');
	}

	/** The last-resort handler caught something nothing else handled. */
	unexpected(err: unknown, origin: string): void {
		this.#lastUnexpectedAt = this.#clock.now();
		this.#log.error({ err, origin }, `unexpected error; the server keeps running and /readyz answers 503 for ${UNEXPECTED_ERROR_DEGRADED_MS / 1000} s`);
	}

	state(): ReadinessState {
		if (this.#failingSince !== null) return { ok: false, reason: 'database writes failing' };
		if (this.#lastUnexpectedAt !== null && this.#clock.now() - this.#lastUnexpectedAt < UNEXPECTED_ERROR_DEGRADED_MS) {
			return { ok: false, reason: 'recovering from an unexpected error' };
		}
		return { ok: true };
	}
}

/** The code and message of a repeated failure, without its stack: the first one was logged in full. */
function errorSummary(err: unknown): { code?: unknown; message: string } {
	return err instanceof Error ? { code: (err as NodeJS.ErrnoException).code, message: err.message } : { message: String(err) };
}
