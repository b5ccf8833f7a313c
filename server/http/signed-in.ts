// Who may call a route: the signed-in account, if it holds one of the roles; otherwise the reply is sent (401/403).
// Shared by the harvest, review and admin routes so every refusal reads the same.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { accountFromCookie } from '../auth/session-cookie';
import type { Clock } from '../clock';
import type { Account, AccountRole } from '../store/accounts';
import type { Database } from '../store/database';
import { fail } from './replies';

export async function signedIn(
	{ db, clock }: { db: Database; clock: Clock },
	request: FastifyRequest,
	reply: FastifyReply,
	roles: readonly AccountRole[] | 'any',
	refusal = 'Your account cannot do this.'
): Promise<Account | undefined> {
	const account = await accountFromCookie(db, request.headers.cookie, clock.now());
	if (!account) return void fail(reply, 401, 'not_signed_in', 'Sign in to continue.');
	if (roles !== 'any' && !roles.some((role) => account.roles.includes(role))) return void fail(reply, 403, 'not_authorized', refusal);
	return account;
}
