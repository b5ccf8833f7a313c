// A real Circlekeeper process for the fault suite: `server/main.ts` under tsx on a free port, its JSON log
// collected line by line, so tests can kill it for real (SIGKILL, SIGTERM) and check what it said and did.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** tsx compiles the server on start; on a loaded two-core machine that can take a while. */
const START_TIMEOUT_MS = 30_000;
const READY_LINE = 'Circlekeeper is running at ';

export interface LogLine {
	level: number;
	msg: string;
	[key: string]: unknown;
}

export interface ServerProcessOptions {
	/** Reuse a data dir (a restart); a fresh temp dir otherwise. */
	dataDir?: string;
	/** `postgres://…`, or empty for SQLite in the data dir. */
	databaseUrl?: string;
	env?: Record<string, string>;
}

export class ServerProcess {
	readonly child: ChildProcess;
	readonly dataDir: string;
	readonly logs: LogLine[] = [];
	url = '';
	/** Resolves with the exit code (or the signal's name) when the process ends. */
	readonly exited: Promise<number | string>;

	private constructor(child: ChildProcess, dataDir: string) {
		this.child = child;
		this.dataDir = dataDir;
		this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
	}

	static async start(options: ServerProcessOptions = {}): Promise<ServerProcess> {
		const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'circlekeeper-fault-'));
		const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
			env: {
				...process.env,
				HOST: '127.0.0.1',
				PORT: '0',
				DATA_DIR: dataDir,
				DATABASE_URL: options.databaseUrl ?? '',
				LOG_LEVEL: 'info',
				...options.env
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const server = new ServerProcess(child, dataDir);
		let stderr = '';
		child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		let partial = '';
		const ready = new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`server did not start within ${START_TIMEOUT_MS} ms: ${stderr.slice(-2000)}`)), START_TIMEOUT_MS);
			void server.exited.then((code) => {
				clearTimeout(timer);
				reject(new Error(`server exited (${code}) while starting: ${stderr.slice(-2000)}`));
			});
			child.stdout!.on('data', (chunk: Buffer) => {
				const lines = (partial + chunk.toString()).split('\n');
				partial = lines.pop()!;
				for (const line of lines) {
					const parsed = parseLine(line);
					if (!parsed) continue;
					server.logs.push(parsed);
					if (parsed.msg.startsWith(READY_LINE)) {
						server.url = parsed.msg.slice(READY_LINE.length).replace('localhost', '127.0.0.1');
						clearTimeout(timer);
						resolve();
					}
				}
			});
		});
		await ready;
		return server;
	}

	get alive(): boolean {
		return this.child.exitCode === null && this.child.signalCode === null;
	}

	/** Log lines whose message contains `text`. */
	logged(text: string): LogLine[] {
		return this.logs.filter((l) => l.msg.includes(text));
	}

	/** Sends `signal` and waits for the process to end. */
	async stop(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | string> {
		if (this.alive) this.child.kill(signal);
		return this.exited;
	}
}

function parseLine(line: string): LogLine | undefined {
	if (!line.startsWith('{')) return undefined;
	try {
		return JSON.parse(line) as LogLine;
	} catch {
		return undefined;
	}
}
