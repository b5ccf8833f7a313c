// A bare server process for the presence and join-crash scenarios: `tsx server/main.ts` on a free port with its own
// data dir (or database), killed with any signal and started again; the log-reading ServerProcess is in server-process.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect } from 'vitest';

export interface ServerProcess {
	url: string;
	child: ChildProcess;
	/** Sends `signal` and waits for the process to exit. */
	stop(signal?: NodeJS.Signals): Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** Starts the server and resolves once /readyz answers 200 (the store is open and circles are restored). */
export async function startServerProcess(env: { dataDir: string; databaseUrl?: string }): Promise<ServerProcess> {
	const port = await freePort();
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: env.dataDir, LOG_LEVEL: 'warn', DATABASE_URL: env.databaseUrl ?? '' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const url = `http://127.0.0.1:${port}`;
	await expect.poll(async () => (await fetch(`${url}/readyz`).catch(() => undefined))?.status, { timeout: 30_000, interval: 200 }).toBe(200);
	return {
		url,
		child,
		async stop(signal = 'SIGTERM') {
			if (child.exitCode === null && child.signalCode === null) child.kill(signal);
			await exited;
		}
	};
}
