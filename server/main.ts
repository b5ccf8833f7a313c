// Starts Circlekeeper: reads the configuration, opens the store, restores open circles, serves on PORT.
// SIGTERM/SIGINT stop new joins, tell clients, finish queued commands and exit within SHUTDOWN_TIMEOUT_MS.
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { keepRunningOnUnexpectedErrors } from './last-resort';

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
	// Only once serving: a failure while starting still ends the process, so a supervisor sees it.
	keepRunningOnUnexpectedErrors(process, { log: app.http.log, readiness: app.readiness, exit: (code) => process.exit(code) });

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
