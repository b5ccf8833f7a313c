// Keeper, organizer and admin accounts over HTTP: first-run setup, sign-in, sign-out, who am I.
// Sign-in failures all look the same and are rate-limited per address; passwords never reach a log.
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { LoginBodySchema, SetupBodySchema } from '../../src/lib/wire/http';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { accountFromCookie, SESSION_COOKIE, SESSION_TTL_MS, readCookie } from '../auth/session-cookie';
import { hashToken, newId, newToken } from '../auth/tokens';
import type { Clock } from '../clock';
import { KeyedLimiter } from '../rate-limit';
import type { AccessRevoker } from '../socket/gateway';
import { countAccounts, createAccount, findAccountByEmail, normalizeEmail, type Account } from '../store/accounts';
import type { Database } from '../store/database';
import { createSession, deleteSession } from '../store/sessions';
import { fail, parseBody } from './replies';

/** Sign-in attempts per address: a burst of 10, then one every 6 seconds. */
export const LOGIN_BURST = 10;
export const LOGIN_PER_SECOND = 1 / 6;

export interface AccountRoutesOptions {
	db: Database;
	clock: Clock;
	/** Open sockets of a session that signs out are disconnected. */
	access?: AccessRevoker;
}

export function publicAccount(account: Account) {
	return { id: account.id, email: account.email, roles: account.roles };
}

/** Signs `account` in on this reply: a new session row and its httpOnly cookie. Also used when an invite is accepted. */
export async function startAccountSession({ db, clock }: AccountRoutesOptions, reply: FastifyReply, account: Account, secure: boolean): Promise<void> {
	const token = newToken();
	const now = clock.now();
	await createSession(db, { tokenHash: hashToken(token), accountId: account.id, now, expiresAt: now + SESSION_TTL_MS });
	void reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: SESSION_TTL_MS / 1000 });
}

export async function accountRoutes(app: FastifyInstance, { db, clock, access }: AccountRoutesOptions): Promise<void> {
	const limiter = new KeyedLimiter(LOGIN_BURST, LOGIN_PER_SECOND);
	// One process serves the embedded setup; this queue keeps two first-run requests from both becoming admin.
	let setupLock: Promise<unknown> = Promise.resolve();

	const startSession = (reply: FastifyReply, account: Account, secure: boolean) => startAccountSession({ db, clock }, reply, account, secure);

	app.get('/setup', async () => ({ needed: (await countAccounts(db)) === 0 }));

	app.post('/setup', async (request, reply) => {
		const body = parseBody(SetupBodySchema, request.body, reply);
		if (!body) return reply;
		const run = setupLock.then(async () => {
			if ((await countAccounts(db)) > 0) return undefined;
			const created = await createAccount(db, {
				id: newId(),
				email: body.email,
				passwordHash: await hashPassword(body.password),
				roles: ['admin', 'keeper', 'organizer'],
				now: clock.now()
			});
			return created.ok ? created.value : undefined;
		});
		setupLock = run.catch(() => undefined);
		const account = await run;
		if (!account) return fail(reply, 409, 'setup_done', 'This server already has an administrator. Sign in instead.');
		await startSession(reply, account, request.protocol === 'https');
		return reply.code(201).send({ account: publicAccount(account) });
	});

	app.post('/login', async (request, reply) => {
		const limited = limiter.take(request.ip, clock.now());
		if (!limited.ok) {
			void reply.header('retry-after', Math.ceil(limited.retryAfterMs / 1000));
			return fail(reply, 429, 'rate_limited', 'Too many sign-in attempts. Wait a minute and try again.');
		}
		const body = parseBody(LoginBodySchema, request.body, reply);
		if (!body) return reply;
		const account = await findAccountByEmail(db, normalizeEmail(body.email));
		const ok = await verifyPassword(account?.passwordHash, body.password);
		if (!account || !ok) {
			request.log.info({ event: 'login_failed' }, 'sign-in failed');
			return fail(reply, 401, 'login_failed', 'That email and password do not match an account.');
		}
		await startSession(reply, account, request.protocol === 'https');
		return { account: publicAccount(account) };
	});

	app.post('/logout', async (request, reply) => {
		const token = readCookie(request.headers.cookie, SESSION_COOKIE);
		if (token) {
			await deleteSession(db, hashToken(token));
			access?.revokeSession(hashToken(token));
		}
		void reply.clearCookie(SESSION_COOKIE, { path: '/' });
		return reply.code(204).send();
	});

	app.get('/me', async (request, reply) => {
		const account = await accountFromCookie(db, request.headers.cookie, clock.now());
		if (!account) return fail(reply, 401, 'not_signed_in', 'Sign in to continue.');
		return { account: publicAccount(account) };
	});
}
