// Failed joins (wrong code or QR token), counted per client address and across all addresses,
// so join guessing can be throttled per address and slowed globally, on one node or many.
import { PostgresAdapter, sql } from 'kysely';
import { inTransaction, type Database } from './database';

export type JoinAttempt = { allowed: true; id: number } | { allowed: false };

/**
 * Counts this address's failures and, when it is under `limit`, records this attempt as one — in one
 * transaction that parallel attempts from the same address take in turn (an advisory lock on PostgreSQL;
 * SQLite has one writer), so 1,500 parallel guesses are checked exactly `limit` times, not ~1,000.
 * A correct code then calls `forgetJoinAttempt`: only failures count.
 */
export async function beginJoinAttempt(db: Database, addressKey: string, now: number, since: number, limit: number): Promise<JoinAttempt> {
	return inTransaction(db, async (trx) => {
		if (trx.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_advisory_xact_lock(hashtext(${addressKey}))`.execute(trx);
		if ((await countJoinFailuresSince(trx, addressKey, since)) >= limit) return { allowed: false };
		const { id } = await trx.insertInto('join_attempts').values({ address_key: addressKey, at: now }).returning('id').executeTakeFirstOrThrow();
		return { allowed: true, id: Number(id) };
	});
}

/** The attempt opened a circle after all, so it is not a failure. */
export async function forgetJoinAttempt(db: Database, id: number): Promise<void> {
	await db.deleteFrom('join_attempts').where('id', '=', id).execute();
}

/**
 * Records one failed join. `addressKey` should already be opaque (e.g. a keyed hash of the IP):
 * this table needs to group attempts, not to know who made them.
 */
export async function recordJoinFailure(db: Database, addressKey: string, now: number): Promise<void> {
	await db.insertInto('join_attempts').values({ address_key: addressKey, at: now }).execute();
}

/** Failures from this address at or after `since`. */
export async function countJoinFailuresSince(db: Database, addressKey: string, since: number): Promise<number> {
	const { count } = await db
		.selectFrom('join_attempts')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('address_key', '=', addressKey)
		.where('at', '>=', since)
		.executeTakeFirstOrThrow();
	return Number(count);
}

/** Failures from every address at or after `since`, for the global cap. */
export async function countAllJoinFailuresSince(db: Database, since: number): Promise<number> {
	const { count } = await db
		.selectFrom('join_attempts')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('at', '>=', since)
		.executeTakeFirstOrThrow();
	return Number(count);
}

/** Deletes failures before `before` (older than the longest window). Returns how many. */
export async function pruneJoinAttempts(db: Database, before: number): Promise<number> {
	const result = await db.deleteFrom('join_attempts').where('at', '<', before).executeTakeFirst();
	return Number(result.numDeletedRows);
}
