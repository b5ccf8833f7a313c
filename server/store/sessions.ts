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
	/** The passkey that signed it in; null for a password. */
	passkeyId: string | null;
}

export interface NewSession {
	tokenHash: TokenHash;
	accountId: string;
	now: number;
	expiresAt: number;
	passkeyId?: string | null;
}

export async function createSession(db: Database, session: NewSession): Promise<Session> {
	const row = {
		id: session.tokenHash,
		account_id: session.accountId,
		created_at: session.now,
		expires_at: session.expiresAt,
		passkey_id: session.passkeyId ?? null
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

/** The account's unexpired sessions, newest first (for the account page). */
export async function listSessions(db: Database, accountId: string, now: number): Promise<Session[]> {
	const rows = await db.selectFrom('sessions').selectAll().where('account_id', '=', accountId).where('expires_at', '>', now).orderBy('created_at', 'desc').execute();
	return rows.map(toSession);
}

/** Signs the account out everywhere but `keep`; returns the ids (token hashes) of the sessions it ended. */
export async function deleteOtherSessions(db: Database, accountId: string, keep: TokenHash | null): Promise<TokenHash[]> {
	let query = db.deleteFrom('sessions').where('account_id', '=', accountId);
	if (keep !== null) query = query.where('id', '!=', keep);
	const rows = await query.returning('id').execute();
	return rows.map((row) => row.id as TokenHash);
}

/** Ends the sessions a passkey signed in, but `keep`; returns their ids. */
export async function deleteSessionsOfPasskey(db: Database, passkeyId: string, keep: TokenHash | null): Promise<TokenHash[]> {
	let query = db.deleteFrom('sessions').where('passkey_id', '=', passkeyId);
	if (keep !== null) query = query.where('id', '!=', keep);
	const rows = await query.returning('id').execute();
	return rows.map((row) => row.id as TokenHash);
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
		expiresAt: row.expires_at,
		passkeyId: row.passkey_id
	};
}
