// Retrying a store write the server owes (nobody is waiting to retry it for us): exponential backoff, capped,
// until it lands or the caller stops; each failure and the recovery are reported to readiness.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Readiness } from '../readiness';

/** First wait after a failed write, doubled each time up to `RETRY_MAX_MS`. */
export const RETRY_FIRST_MS = 100;
/** Never wait longer than this between attempts, so a recovered database is used within seconds. */
export const RETRY_MAX_MS = 5_000;

export function backoffMs(attempt: number): number {
	return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** attempt);
}

/** Waits `ms`, or less if `signal` aborts; resolves to whether the wait ran its course. */
export async function pause(ms: number, signal: AbortSignal): Promise<boolean> {
	if (signal.aborted) return false;
	try {
		await sleep(ms, undefined, { signal });
		return true;
	} catch {
		return false;
	}
}

export interface RetryOptions {
	readiness: Readiness;
	/** Names the write in logs, e.g. 'circle status'. */
	what: string;
	/** Aborted at shutdown: the write is abandoned (the next start repairs what it would have done). */
	signal: AbortSignal;
}

/** Runs `write` until it succeeds (its result) or `signal` aborts (undefined). Never rejects. */
export async function retryWrite<T>(write: () => Promise<T>, { readiness, what, signal }: RetryOptions): Promise<T | undefined> {
	for (let attempt = 0; ; attempt++) {
		try {
			const result = await write();
			readiness.storeSucceeded();
			return result;
		} catch (err) {
			readiness.storeFailed(err, what);
		}
		if (!(await pause(backoffMs(attempt), signal))) return undefined;
	}
}
