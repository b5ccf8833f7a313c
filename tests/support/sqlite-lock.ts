// Another process holding an SQLite file's write lock (BEGIN IMMEDIATE), as a backup tool or an operator at the
// sqlite3 prompt would: the server under test meets SQLITE_BUSY for real, across processes.
import { spawn, type ChildProcess } from 'node:child_process';

/** Runs in the child: takes the write lock, says so, and holds it until told to let go (or its parent dies). */
const HOLDER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.exec('begin immediate');
process.stdout.write('locked\\n');
process.stdin.on('data', () => { db.exec('rollback'); db.close(); process.exit(0); });
process.stdin.on('end', () => process.exit(0));
`;

export class SqliteLockHolder {
	readonly #child: ChildProcess;
	readonly #exited: Promise<void>;

	private constructor(child: ChildProcess) {
		this.#child = child;
		this.#exited = new Promise((resolve) => child.once('exit', () => resolve()));
	}

	/** Resolves once the child holds the write lock of `file`. */
	static async hold(file: string): Promise<SqliteLockHolder> {
		const child = spawn(process.execPath, ['-e', HOLDER, file], { stdio: ['pipe', 'pipe', 'inherit'], cwd: process.cwd() });
		const holder = new SqliteLockHolder(child);
		await new Promise<void>((resolve, reject) => {
			child.stdout!.once('data', () => resolve());
			child.once('exit', (code) => reject(new Error(`lock holder exited (${code}) before taking the lock`)));
		});
		return holder;
	}

	/** Rolls back and ends the child: the lock is free when this resolves. */
	async release(): Promise<void> {
		this.#child.stdin!.write('release\n');
		await this.#exited;
	}
}
