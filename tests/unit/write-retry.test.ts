// Retrying a write the server owes: it lands once the store recovers, waits longer after each failure (capped),
// reports the outage and its end to readiness, and stops at shutdown instead of holding the process.
import pino from 'pino';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { Readiness } from '../../server/readiness';
import { backoffMs, retryWrite, RETRY_FIRST_MS, RETRY_MAX_MS } from '../../server/store/write-retry';

const log = pino({ level: 'silent' }) as unknown as FastifyBaseLogger;

describe('retrying a write the server owes', () => {
	it('waits twice as long after each failure, never more than the cap', () => {
		expect([0, 1, 2, 3].map(backoffMs)).toEqual([RETRY_FIRST_MS, 2 * RETRY_FIRST_MS, 4 * RETRY_FIRST_MS, 8 * RETRY_FIRST_MS]);
		expect(backoffMs(30)).toBe(RETRY_MAX_MS);
	});

	it('lands the write once the store recovers, with readiness 503 until then', async () => {
		const readiness = new Readiness(log, { now: () => Date.now() });
		let failures = 3;
		const write = vi.fn(async () => {
			if (failures-- > 0) throw new Error('connection refused');
			return 'stored';
		});
		const result = retryWrite(write, { readiness, what: 'test write', signal: new AbortController().signal });
		await sleep(RETRY_FIRST_MS / 2);
		expect(readiness.state().ok).toBe(false);
		expect(await result).toBe('stored');
		expect(write).toHaveBeenCalledTimes(4);
		expect(readiness.state()).toEqual({ ok: true });
	});

	it('gives up at shutdown, resolving undefined rather than rejecting', async () => {
		const readiness = new Readiness(log, { now: () => Date.now() });
		const shutdown = new AbortController();
		const write = vi.fn(async () => Promise.reject(new Error('still down')));
		const result = retryWrite(write, { readiness, what: 'test write', signal: shutdown.signal });
		await sleep(RETRY_FIRST_MS * 1.5);
		shutdown.abort();
		expect(await result).toBeUndefined();
		const attempts = write.mock.calls.length;
		await sleep(RETRY_FIRST_MS * 4);
		expect(write).toHaveBeenCalledTimes(attempts);
	});
});
