// Kysely's better-sqlite3 dialect, changed so that waiting for another process's write lock never blocks the
// event loop: SQLite's own busy wait is kept to a few ms, and the wait beyond that is an async retry with backoff.
import type SQLite from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, type AbortableOperationOptions, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long one attempt may block the event loop inside SQLite waiting for a lock (its busy_timeout). */
export const SQLITE_BUSY_TIMEOUT_MS = 2;
/** How long a statement or transaction waits in all for a lock, counted from when it was issued, before failing. */
export const SQLITE_LOCK_WAIT_MS = 5_000;
/** Async waits between attempts: doubling from the first, capped, so a released lock is taken within ~50 ms. */
const LOCK_RETRY_FIRST_MS = 5;
const LOCK_RETRY_MAX_MS = 50;

export class LockWaitingSqliteDialect extends SqliteDialect {
	#database: SQLite.Database;

	constructor(database: SQLite.Database) {
		super({ database });
		this.#database = database;
	}

	override createDriver(): Driver {
		return new LockWaitingDriver(this.#database);
	}
}

/**
 * Transactions start with BEGIN IMMEDIATE, so the write lock is taken (and waited for) up front, where a retry is
 * safe; once held, no statement inside can meet a lock. Statements outside a transaction are retried alone.
 */
class LockWaitingDriver extends SqliteDriver {
	constructor(database: SQLite.Database) {
		super({ database });
	}

	override async acquireConnection(): Promise<DatabaseConnection> {
		const deadline = Date.now() + SQLITE_LOCK_WAIT_MS;
		return new LockWaitingConnection(await super.acquireConnection(), deadline);
	}

	override async beginTransaction(connection: DatabaseConnection): Promise<void> {
		await (connection as LockWaitingConnection).begin();
	}

	override async commitTransaction(connection: DatabaseConnection): Promise<void> {
		await (connection as LockWaitingConnection).end('commit');
	}

	override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
		await (connection as LockWaitingConnection).end('rollback');
	}
}

class LockWaitingConnection implements DatabaseConnection {
	#inner: DatabaseConnection;
	#deadline: number;
	#inTransaction = false;

	constructor(inner: DatabaseConnection, deadline: number) {
		this.#inner = inner;
		this.#deadline = deadline;
	}

	async begin(): Promise<void> {
		await this.#whenUnlocked(() => this.#inner.executeQuery(CompiledQuery.raw('begin immediate')));
		this.#inTransaction = true;
	}

	async end(statement: 'commit' | 'rollback'): Promise<void> {
		this.#inTransaction = false;
		await this.#inner.executeQuery(CompiledQuery.raw(statement));
	}

	executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
		if (this.#inTransaction) return this.#inner.executeQuery(query);
		return this.#whenUnlocked(() => this.#inner.executeQuery(query));
	}

	streamQuery<R>(query: CompiledQuery, chunkSize: number, options?: AbortableOperationOptions): AsyncIterableIterator<QueryResult<R>> {
		return this.#inner.streamQuery(query, chunkSize, options);
	}

	/** Runs `attempt`, retrying after an async wait while another connection holds the lock, until the deadline. */
	async #whenUnlocked<T>(attempt: () => Promise<T>): Promise<T> {
		for (let wait = LOCK_RETRY_FIRST_MS; ; wait = Math.min(LOCK_RETRY_MAX_MS, wait * 2)) {
			try {
				return await attempt();
			} catch (error) {
				if (!isBusy(error) || Date.now() + wait > this.#deadline) throw error;
			}
			await sleep(wait);
		}
	}
}

/**
 * Whether the write lock is free now, tried without waiting beyond the busy timeout. The server's own
 * transaction holding it counts as free: the store is writable. Runs on the raw handle, outside Kysely's queue.
 */
export function canTakeWriteLock(database: SQLite.Database): boolean {
	if (database.inTransaction) return true;
	try {
		database.exec('begin immediate');
		database.exec('rollback');
		return true;
	} catch {
		return false;
	}
}

/** SQLITE_BUSY and its extended codes: another connection holds a lock we need. */
function isBusy(error: unknown): boolean {
	const code = (error as { code?: unknown }).code;
	return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
