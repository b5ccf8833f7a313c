// Keeper, organizer and admin accounts over HTTP: first-run setup, sign-in, sign-out, who am I.
// Sign-in failures all look the same and are rate-limited per address; passwords never reach a log. Sign-ins are
// audited by account and method, never by address. Passkey ceremonies live in passkeys.ts.
import type {} from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { LoginBodySchema, SetupBodySchema } from '../../src/lib/wire/http';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { accountFromCookie, SESSION_COOKIE, SESSION_TTL_MS, readCookie } from '../auth/session-cookie';
import { hashToken, newId, newToken } from '../auth/tokens';
import type { SessionEndings } from '../auth/session-endings';
import type { Clock } from '../clock';
import { countAccounts, createAccount, findAccountByEmail, normalizeEmail, type Account } from '../store/accounts';
import { writeAudit } from '../store/audit';
import type { Database } from '../store/database';
import { passkeyRequiredFor } from '../store/passkey-policy';
import { createSession, deleteSession } from '../store/sessions';
import { bodyOf } from './openapi';
import { answerFailures, fail, HttpFailure, parseBody } from './replies';

/** Sign-in attempts per address and window; the eleventh within a minute waits for the window to pass. */
export const LOGIN_ATTEMPTS = 10;
export const LOGIN_WINDOW_MS = 60_000;

export interface AccountRoutesOptions {
	db: Database;
	clock: Clock;
	sessionEndings: SessionEndings;
}

/** The rate limit of each sign-in route (password, and the passkey options and response), per address. */
export const LOGIN_LIMIT = {
	max: LOGIN_ATTEMPTS,
	timeWindow: LOGIN_WINDOW_MS,
	errorResponseBuilder: () => new HttpFailure(429, 'rate_limited', 'Too many sign-in attempts. Wait a minute and try again.')
};

export const PASSKEY_REQUIRED_MESSAGE =
	'Your role signs in with a passkey. Choose "Sign in with a passkey"; if you have none yet, sign in on a device that has one and add it on your account page, or ask an admin for a recovery link.';

// One process serves the embedded setup; this queue keeps two first-run requests (password or passkey) from both becoming admin.
let setupLock: Promise<unknown> = Promise.resolve();

/** Makes the first account (admin, keeper and organizer), or returns undefined when one already exists. */
export function createFirstAdmin(db: Database, account: { id: string; email: string; passwordHash: () => Promise<string>; now: number }): Promise<Account | undefined> {
	const run = setupLock.then(async () => {
		if ((await countAccounts(db)) > 0) return undefined;
		const created = await createAccount(db, { id: account.id, email: account.email, passwordHash: await account.passwordHash(), roles: ['admin', 'keeper', 'organizer'], now: account.now });
		return created.ok ? created.value : undefined;
	});
	setupLock = run.catch(() => undefined);
	return run;
}

export function publicAccount(account: Account) {
	return { id: account.id, email: account.email, roles: account.roles };
}

/**
 * Signs `account` in on this reply: a new session row and its httpOnly cookie. Also used when an invite is accepted.
 * `passkeyId` names the passkey that signed in, so removing it later ends this session too.
 */
export async function startAccountSession({ db, clock }: { db: Database; clock: Clock }, reply: FastifyReply, account: Account, secure: boolean, passkeyId: string | null = null): Promise<void> {
	const token = newToken();
	const now = clock.now();
	await createSession(db, { tokenHash: hashToken(token), accountId: account.id, now, expiresAt: now + SESSION_TTL_MS, passkeyId });
	void reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: SESSION_TTL_MS / 1000 });
}

export async function accountRoutes(app: FastifyInstance, { db, clock, sessionEndings }: AccountRoutesOptions): Promise<void> {
	// Per process and in memory; several nodes would share a Redis store (the plugin's `redis` option).
	await app.register(fastifyRateLimit, { global: false });
	answerFailures(app);

	const startSession = (reply: FastifyReply, account: Account, secure: boolean) => startAccountSession({ db, clock }, reply, account, secure);

	app.get('/setup', async () => ({ needed: (await countAccounts(db)) === 0 }));

	app.post('/setup', { config: bodyOf(SetupBodySchema) }, async (request, reply) => {
		const body = parseBody(SetupBodySchema, request.body, reply);
		if (!body) return reply;
		const account = await createFirstAdmin(db, { id: newId(), email: body.email, passwordHash: () => hashPassword(body.password), now: clock.now() });
		if (!account) return fail(reply, 409, 'setup_done', 'This server already has an administrator. Sign in instead.');
		await startSession(reply, account, request.protocol === 'https');
		return reply.code(201).send({ account: publicAccount(account) });
	});

	app.post('/login', { config: { rateLimit: LOGIN_LIMIT, ...bodyOf(LoginBodySchema) } }, async (request, reply) => {
		const body = parseBody(LoginBodySchema, request.body, reply);
		if (!body) return reply;
		const account = await findAccountByEmail(db, normalizeEmail(body.email));
		// A passkey-only account has no hash: the dummy is verified instead, so timing does not tell it apart.
		const ok = await verifyPassword(account?.passwordHash || undefined, body.password);
		if (!account || !ok) {
			request.log.info({ event: 'login_failed' }, 'sign-in failed');
			return fail(reply, 401, 'login_failed', 'That email and password do not match an account.');
		}
		if (await passkeyRequiredFor(db, account.roles)) return fail(reply, 403, 'passkey_required', PASSKEY_REQUIRED_MESSAGE);
		await startSession(reply, account, request.protocol === 'https');
		await writeAudit(db, { at: clock.now(), accountId: account.id, action: 'signed_in_password', target: null });
		request.log.info({ event: 'signed_in', method: 'password', accountId: account.id }, 'signed in');
		return { account: publicAccount(account) };
	});

	app.post('/logout', async (request, reply) => {
		const token = readCookie(request.headers.cookie, SESSION_COOKIE);
		if (token && (await deleteSession(db, hashToken(token)))) sessionEndings.announce([hashToken(token)]);
		void reply.clearCookie(SESSION_COOKIE, { path: '/' });
		return reply.code(204).send();
	});

	app.get('/me', async (request, reply) => {
		const account = await accountFromCookie(db, request.headers.cookie, clock.now());
		if (!account) return fail(reply, 401, 'not_signed_in', 'Sign in to continue.');
		return { account: publicAccount(account) };
	});
}
