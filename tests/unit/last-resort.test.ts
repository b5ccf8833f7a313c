// The last-resort error policy and the readiness it degrades: an unexpected error keeps the server running and
// answers 503 for a while; a damaged SQLite file still exits; store failures hold readiness at 503 until a write lands.
import { EventEmitter } from 'node:events';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { keepRunningOnUnexpectedErrors } from '../../server/last-resort';
import { Readiness, UNEXPECTED_ERROR_DEGRADED_MS } from '../../server/readiness';

function setUp() {
	const clock = { t: 1_000_000, now() { return this.t; } };
	const log = pino({ level: 'silent' }) as unknown as FastifyBaseLogger;
	const readiness = new Readiness(log, clock);
	const proc = new EventEmitter();
	const exit = vi.fn();
	keepRunningOnUnexpectedErrors(proc, { log, readiness, exit });
	return { clock, readiness, proc, exit };
}

describe('last-resort error policy', () => {
	it.each(['unhandledRejection', 'uncaughtException'])('keeps running after an %s and answers 503 for a minute', (origin) => {
		const { clock, readiness, proc, exit } = setUp();
		proc.emit(origin, new Error('a bug in one handler'));
		expect(exit).not.toHaveBeenCalled();
		expect(readiness.state()).toEqual({ ok: false, reason: 'recovering from an unexpected error' });
		clock.t += UNEXPECTED_ERROR_DEGRADED_MS;
		expect(readiness.state()).toEqual({ ok: true });
	});

	it.each(['SQLITE_CORRUPT', 'SQLITE_NOTADB'])('exits when the SQLite file is damaged (%s)', (code) => {
		const { proc, exit } = setUp();
		proc.emit('uncaughtException', Object.assign(new Error('database disk image is malformed'), { code }));
		expect(exit).toHaveBeenCalledWith(1);
	});
});

describe('readiness while store writes fail', () => {
	it('answers 503 from the first failed write until one succeeds', () => {
		const { readiness } = setUp();
		readiness.storeFailed(new Error('connection terminated'), 'circle event');
		readiness.storeFailed(new Error('connection terminated'), 'circle event');
		expect(readiness.state()).toEqual({ ok: false, reason: 'database writes failing' });
		readiness.storeSucceeded();
		expect(readiness.state()).toEqual({ ok: true });
	});
});
