// The keeper's signed-in session: an httpOnly cookie holding a random token whose hash is stored.
// Used by HTTP routes and by the socket handshake, which sees the same cookie.
import type { Database } from '../store/database';
import { findAccountById, type Account } from '../store/accounts';
import { findValidSession, type Session } from '../store/sessions';
import { hashToken } from './tokens';

export const SESSION_COOKIE = 'ck_session';
export const SESSION_TTL_MS = 12 * 60 * 60_000;

/** Reads one cookie from a Cookie header without trusting anything else in it. */
export function readCookie(header: string | undefined, name: string): string | undefined {
	if (!header) return undefined;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq === -1) continue;
		if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
	}
	return undefined;
}

export async function accountFromCookie(db: Database, cookieHeader: string | undefined, now: number): Promise<Account | undefined> {
	return (await sessionFromCookie(db, cookieHeader, now))?.account;
}

/** The signed-in account and the session itself (its id tells "this browser" apart from the others). */
export async function sessionFromCookie(db: Database, cookieHeader: string | undefined, now: number): Promise<{ account: Account; session: Session } | undefined> {
	const token = readCookie(cookieHeader, SESSION_COOKIE);
	if (!token || token.length > 128) return undefined;
	const session = await findValidSession(db, hashToken(token), now);
	const account = session && (await findAccountById(db, session.accountId));
	return account && session && { account, session };
}
