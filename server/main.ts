// Starts Circlekeeper: reads the configuration, opens the store, restores open circles, serves on PORT.
// SIGTERM/SIGINT stop new joins, tell clients, finish queued commands and exit within SHUTDOWN_TIMEOUT_MS.
import { buildApp, type App } from './app';
import { ConfigError, loadConfig } from './config';

/** SQLite's codes for a damaged database file: writing on would spread the damage. */
const STORE_DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/**
 * The last resort for an error nothing else handled, installed once the server is listening (a failure while
 * starting still ends the process, so a supervisor sees it). Exiting would end every circle on this server
 * for one fault, so the error is logged and readiness answers 503 for a while instead. That is safe because a
 * host changes its circle only after the store write, in one assignment: a throw unwinds one message or
 * timer handler and leaves every circle as its last durable state. One kind still exits: a damaged SQLite
 * file, where serving on could only write more onto it.
 */
function keepRunningOnUnexpectedErrors(app: App): void {
	const onError = (origin: string) => (error: unknown) => {
		const code = (error as { code?: unknown } | null)?.code;
		if (typeof code === 'string' && STORE_DAMAGED.has(code)) {
			app.http.log.fatal({ err: error, origin }, 'the database file is damaged; stopping so it is not written further');
			process.exit(1);
		}
		app.readiness.unexpected(error, origin);
	};
	process.on('unhandledRejection', onError('unhandledRejection'));
	process.on('uncaughtException', onError('uncaughtException'));
}

async function main(): Promise<void> {
	let config;
	try {
		config = loadConfig();
	} catch (error) {
		if (error instanceof ConfigError) {
			console.error(error.message);
			process.exit(2);
		}
		throw error;
	}
	const app = await buildApp(config);
	let address: string;
	try {
		address = await app.http.listen({ host: config.host, port: config.port });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
			console.error(`Port ${config.port} is already in use. Stop the other program or start with another port, e.g. PORT=3001 npm start`);
			await app.close();
			process.exit(2);
		}
		throw error;
	}
	app.http.log.info(`Circlekeeper is running at ${address.replace('0.0.0.0', 'localhost')}`);
	keepRunningOnUnexpectedErrors(app);

	const shutdown = (signal: string) => {
		app.http.log.info({ signal }, 'shutting down');
		const force = setTimeout(() => {
			app.http.log.error('shutdown took too long; exiting');
			process.exit(1);
		}, config.shutdownTimeoutMs);
		force.unref();
		app.close().then(
			() => process.exit(0),
			(error: unknown) => {
				app.http.log.error({ err: error }, 'shutdown failed');
				process.exit(1);
			}
		);
	};
	process.once('SIGTERM', () => shutdown('SIGTERM'));
	process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
	console.error('Circlekeeper could not start:', error);
	process.exit(1);
});
