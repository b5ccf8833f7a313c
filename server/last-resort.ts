// The last resort for an error nothing else handled (an unhandled rejection or an uncaught exception): log it and
// degrade readiness instead of exiting, because exiting would end every circle on this server for one fault.
import type { FastifyBaseLogger } from 'fastify';
import type { Readiness } from './readiness';

/** SQLite's codes for a damaged database file: writing on would spread the damage. */
const STORE_DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

export interface LastResortOptions {
	log: FastifyBaseLogger;
	readiness: Readiness;
	exit: (code: number) => void;
}

/**
 * Keeping on after an uncaught exception is safe here because a host changes its circle only after the store
 * write, in one assignment: a throw unwinds one message or timer handler and leaves every circle at its last
 * durable state. One kind still exits: a damaged SQLite file, where serving on could only write more onto it.
 * Install it only once the server is serving (a failure while starting must still end the process).
 */
export function keepRunningOnUnexpectedErrors(target: NodeJS.EventEmitter, { log, readiness, exit }: LastResortOptions): void {
	const onError = (origin: string) => (error: unknown) => {
		const code = (error as { code?: unknown } | null)?.code;
		if (typeof code === 'string' && STORE_DAMAGED.has(code)) {
			log.fatal({ err: error, origin }, 'the database file is damaged; stopping so it is not written further');
			exit(1);
			return;
		}
		readiness.unexpected(error, origin);
	};
	target.on('unhandledRejection', onError('unhandledRejection'));
	target.on('uncaughtException', onError('uncaughtException'));
}
