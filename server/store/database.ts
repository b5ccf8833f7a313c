// Opens the one database the server keeps: an SQLite file by default, PostgreSQL when given its URL.
// Both sit behind the same Kysely interface, and the schema is migrated before the database is handed out.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations/migrator';
import type { DatabaseSchema } from './schema';
import { canTakeWriteLock, LockWaitingSqliteDialect, SQLITE_BUSY_TIMEOUT_MS } from './sqlite-dialect';

export type StoreDialect = 'sqlite' | 'postgres';
export type Database = Kysely<DatabaseSchema>;

export interface OpenedDatabase {
	/** Close it with `db.destroy()`. */
	db: Database;
	dialect: StoreDialect;
	/** Whether a write could start now (PostgreSQL answers; the SQLite write lock is free), for readiness. */
	writable(): Promise<boolean>;
}

export interface DatabaseConfig {
	/** `postgres://…` or `postgresql://…` for PostgreSQL; absent, empty or `sqlite:` for the SQLite file. */
	url?: string;
	/** Where the SQLite file lives; created if missing. */
	dataDir: string;
	/**
	 * Errors of PostgreSQL connections outside a query: idle ones (the server restarted) and checked-out ones
	 * between queries or after a lost reply. Without a listener `pg` would crash the process; the pool drops the
	 * broken connection and the query in flight, if any, fails on its own.
	 */
	onBackgroundError?: (error: Error) => void;
}

export const SQLITE_FILE_NAME = 'circlekeeper.sqlite';
/** PostgreSQL's type id for int8/bigint, which `pg` returns as a string by default. */
const PG_INT8_OID = 20;

export class DatabaseConfigError extends Error {
	constructor(
		readonly code: 'unsupported_database_url' | 'postgres_schema_missing',
		message: string
	) {
		super(message);
		this.name = 'DatabaseConfigError';
	}
}

export async function openDatabase(config: DatabaseConfig): Promise<OpenedDatabase> {
	const url = config.url ?? '';
	if (url === '' || url === 'sqlite:') return openSqlite(config.dataDir);
	if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return openPostgres(url, config.onBackgroundError);
	throw new DatabaseConfigError(
		'unsupported_database_url',
		'The database URL must start with postgres:// or postgresql://, or be sqlite: (or unset) for the local SQLite file.'
	);
}

async function openSqlite(dataDir: string): Promise<OpenedDatabase> {
	mkdirSync(dataDir, { recursive: true });
	// Another process's write lock (a backup, sqlite3 at a prompt) is waited for asynchronously: see sqlite-dialect.ts.
	const file = new SQLite(join(dataDir, SQLITE_FILE_NAME), { timeout: SQLITE_BUSY_TIMEOUT_MS });
	// WAL lets readers run during a write. NORMAL syncs at checkpoints, not every commit: a committed
	// write survives a process crash but may be lost on power loss, the trade tech.md §5 accepts.
	file.pragma('journal_mode = WAL');
	file.pragma('synchronous = NORMAL');
	file.pragma('foreign_keys = ON');
	// Deleted rows are overwritten with zeros rather than left in free pages, where a copy of the file would keep them.
	file.pragma('secure_delete = ON');
	file.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
	const db = new Kysely<DatabaseSchema>({ dialect: new LockWaitingSqliteDialect(file) });
	return migrated(db, 'sqlite', async () => canTakeWriteLock(file));
}

async function openPostgres(url: string, onBackgroundError?: (error: Error) => void): Promise<OpenedDatabase> {
	const pool = new pg.Pool({
		connectionString: url,
		// Per pool, not the global pg.types, so other pg users in the process keep their parsing.
		// Our bigints are epoch-ms times, seqs and counts: all far below 2^53.
		types: {
			getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
				oid === PG_INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
		}
	});
	const report = (error: Error) => onBackgroundError?.(error);
	pool.on('error', report);
	// The pool listens only while a client is idle; a checked-out client's 'error' (its connection cut between
	// queries, or after a COMMIT whose reply was lost) would otherwise be unhandled and end the process.
	pool.on('connect', (client) => client.on('error', report));
	const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
	const writable = () => sql`select 1`.execute(db).then(() => true, () => false);
	return migrated(db, 'postgres', writable, async () => {
		const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
		const schema = rows[0]?.schema ?? null;
		if (schema === null) {
			throw new DatabaseConfigError(
				'postgres_schema_missing',
				'PostgreSQL has no schema to create tables in: create the schema named in search_path, or fix search_path.'
			);
		}
		return schema;
	});
}

/** Migrates, or closes the database and rethrows, so a failed start leaves no open pool or file handle. */
async function migrated(
	db: Database,
	dialect: StoreDialect,
	writable: () => Promise<boolean>,
	findMigrationTableSchema: () => Promise<string | undefined> = async () => undefined
): Promise<OpenedDatabase> {
	try {
		await migrateToLatest(db as Kysely<unknown>, dialect, await findMigrationTableSchema());
	} catch (error) {
		await db.destroy();
		throw error;
	}
	return { db, dialect, writable };
}

/**
 * Runs `work` in one transaction, or inside the caller's if `db` already is one, so store
 * functions compose into a larger atomic write. Inside `work`, use only `trx`: on SQLite a
 * query on the outer `db` would wait for the transaction's own connection and never run.
 */
export function inTransaction<T>(db: Database, work: (trx: Database) => Promise<T>): Promise<T> {
	return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * After a purge: makes the deleted rows leave the database files now rather than at some later checkpoint or vacuum.
 * On SQLite (secure_delete zeroes freed cells) the WAL is copied into the main file and truncated. On PostgreSQL the
 * `tables` are rewritten (VACUUM FULL), since a plain delete leaves the row in the page as a dead tuple; the shredded
 * key's table is small, so its rewrite takes milliseconds.
 */
export async function forgetDeletedRows(db: Database, tables: readonly ('circle_keys' | 'circles' | 'circle_snapshots' | 'circle_events')[]): Promise<void> {
	if (db.isTransaction) return;
	if (db.getExecutor().adapter instanceof SqliteAdapter) {
		await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
		return;
	}
	for (const table of tables) await sql`vacuum full ${sql.table(table)}`.execute(db);
}
