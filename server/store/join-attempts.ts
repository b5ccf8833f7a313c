// Failed joins (wrong code or QR token), counted per client address and across all addresses,
// so join guessing can be throttled per address and slowed globally, on one node or many.
import type { Database } from './database';

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
