// Sign-in sessions of accounts, looked up by the SHA-256 of the session token (the token itself is never stored).
// Expiry is checked against the caller's `now`; expired rows are removed by a periodic sweep.
import type { Selectable } from 'kysely';
import type { TokenHash } from '../auth/tokens';
import type { Database } from './database';
import type { SessionsTable } from './schema';

export interface Session {
	tokenHash: TokenHash;
	accountId: string;
	createdAt: number;
	expiresAt: number;
}

export interface NewSession {
	tokenHash: TokenHash;
	accountId: string;
	now: number;
	expiresAt: number;
}

export async function createSession(db: Database, session: NewSession): Promise<Session> {
	const row = {
		id: session.tokenHash,
		account_id: session.accountId,
		created_at: session.now,
		expires_at: session.expiresAt
	};
	await db.insertInto('sessions').values(row).execute();
	return toSession(row);
}

/** The session if it exists and has not expired at `now` (a session expiring exactly now is expired). */
export async function findValidSession(db: Database, tokenHash: TokenHash, now: number): Promise<Session | undefined> {
	const row = await db
		.selectFrom('sessions')
		.selectAll()
		.where('id', '=', tokenHash)
		.where('expires_at', '>', now)
		.executeTakeFirst();
	return row && toSession(row);
}

/** Sign-out. Returns whether a session was removed. */
export async function deleteSession(db: Database, tokenHash: TokenHash): Promise<boolean> {
	const result = await db.deleteFrom('sessions').where('id', '=', tokenHash).executeTakeFirst();
	return result.numDeletedRows > 0n;
}

/** Ends every session of an account (an admin revoking access, a password change). Returns how many. */
export async function deleteSessionsForAccount(db: Database, accountId: string): Promise<number> {
	const result = await db.deleteFrom('sessions').where('account_id', '=', accountId).executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Database, now: number): Promise<number> {
	const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
	return Number(result.numDeletedRows);
}

function toSession(row: Selectable<SessionsTable>): Session {
	return {
		tokenHash: row.id as TokenHash,
		accountId: row.account_id,
		createdAt: row.created_at,
		expiresAt: row.expires_at
	};
}
