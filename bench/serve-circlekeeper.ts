// Circlekeeper as the server under test for bench/load.ts: the real app (config from the environment,
// SQLite in DATA_DIR) on 127.0.0.1 and a free port, reported to the parent over IPC. No pages are served.
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';

const HOST = '127.0.0.1';
/** A folder that does not exist, so only the API and sockets run (the pages play no part in the benchmark). */
const NO_PAGES_DIR = 'bench/no-pages';

const config = { ...loadConfig(), host: HOST, port: 0 };
const app = await buildApp(config, { pagesDir: NO_PAGES_DIR });
const url = await app.http.listen({ host: config.host, port: config.port });
process.send?.({ url });
process.once('SIGTERM', () => {
	app.close().then(
		() => process.exit(0),
		() => process.exit(1)
	);
});
