// The signed-in person's own sign-in: their passkeys (add, rename, remove) and sessions ("sign out elsewhere").
// Never removes the last way to sign in, and every session it ends is announced so its open sockets close too.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AccountOverview } from '../../src/lib/wire/passkeys';
import { RegistrationBodySchema, RenamePasskeyBodySchema } from '../../src/lib/wire/passkeys';
import { issueChallenge } from '../auth/passkey-challenges';
import { registrationOptions } from '../auth/passkeys';
import { sessionFromCookie } from '../auth/session-cookie';
import type { SessionEndings } from '../auth/session-endings';
import type { TokenHash } from '../auth/tokens';
import type { Clock } from '../clock';
import type { Account } from '../store/accounts';
import { writeAudit } from '../store/audit';
import type { Database } from '../store/database';
import { passkeyRequiredFor } from '../store/passkey-policy';
import { addPasskey, deletePasskey, listPasskeys, renamePasskey } from '../store/passkeys';
import { deleteOtherSessions, deleteSessionsOfPasskey, listSessions } from '../store/sessions';
import { isUniqueViolation } from '../store/unique-violations';
import { publicAccount } from './accounts';
import { DEFAULT_PASSKEY_NAME, registeredCredential, relyingPartyOrFail } from './passkeys';
import { bodyOf } from './openapi';
import { fail, parseBody } from './replies';

export interface AccountPageRoutesOptions {
	db: Database;
	clock: Clock;
	publicUrl: string;
	sessionEndings: SessionEndings;
}

export const LAST_SIGN_IN_MESSAGE = 'This is your only way to sign in, so it cannot be removed. Add another passkey first, then remove this one.';

interface SignedIn {
	account: Account;
	sessionId: TokenHash;
}

export async function accountPageRoutes(app: FastifyInstance, { db, clock, publicUrl, sessionEndings }: AccountPageRoutesOptions): Promise<void> {
	const deps = { db, clock, publicUrl };

	/** The account and this browser's session, or undefined after answering 401. */
	const signedIn = async (request: FastifyRequest, reply: FastifyReply): Promise<SignedIn | undefined> => {
		const found = await sessionFromCookie(db, request.headers.cookie, clock.now());
		if (!found) return void fail(reply, 401, 'not_signed_in', 'Sign in to continue.');
		return { account: found.account, sessionId: found.session.tokenHash };
	};

	/** Whether a password still signs this account in (it has one and no role of it requires passkeys). */
	const passwordWorks = async (account: Account) => account.passwordHash !== '' && !(await passkeyRequiredFor(db, account.roles));

	app.get('/account', async (request, reply): Promise<AccountOverview | FastifyReply> => {
		const me = await signedIn(request, reply);
		if (!me) return reply;
		const passkeys = await listPasskeys(db, me.account.id);
		const sessions = await listSessions(db, me.account.id, clock.now());
		return {
			account: publicAccount(me.account),
			hasPassword: me.account.passwordHash !== '',
			passkeyRequired: await passkeyRequiredFor(db, me.account.roles),
			passkeys: passkeys.map((p) => ({ id: p.id, name: p.name, createdAt: p.createdAt, lastUsedAt: p.lastUsedAt })),
			sessions: sessions.map((s) => ({
				createdAt: s.createdAt,
				expiresAt: s.expiresAt,
				current: s.tokenHash === me.sessionId,
				passkeyName: s.passkeyId === null ? null : (passkeys.find((p) => p.id === s.passkeyId)?.name ?? null)
			}))
		};
	});

	app.post('/account/passkeys/options', async (request, reply) => {
		const me = await signedIn(request, reply);
		if (!me) return reply;
		const rp = relyingPartyOrFail(publicUrl, request, reply);
		if (!rp) return reply;
		const options = await registrationOptions(rp, me.account, await listPasskeys(db, me.account.id));
		await issueChallenge(deps, request, reply, { challenge: options.challenge, purpose: 'add_passkey', context: { accountId: me.account.id } });
		return options;
	});

	app.post('/account/passkeys', { config: bodyOf(RegistrationBodySchema) }, async (request, reply) => {
		const me = await signedIn(request, reply);
		if (!me) return reply;
		const body = parseBody(RegistrationBodySchema, request.body, reply);
		if (!body) return reply;
		const registered = await registeredCredential(deps, request, reply, 'add_passkey', body.response);
		if (!registered) return reply;
		if (registered.context.accountId !== me.account.id) return fail(reply, 400, 'challenge_invalid', 'This passkey request was for another account. Try again.');
		const now = clock.now();
		try {
			await addPasskey(db, { ...registered.credential, accountId: me.account.id, name: body.name ?? DEFAULT_PASSKEY_NAME, createdAt: now });
		} catch (error) {
			if (isUniqueViolation(error)) return fail(reply, 409, 'passkey_exists', 'This passkey is already registered.');
			throw error;
		}
		await writeAudit(db, { at: now, accountId: me.account.id, action: 'passkey_added', target: registered.credential.id });
		return reply.code(201).send({ id: registered.credential.id });
	});

	app.post<{ Params: { id: string } }>('/account/passkeys/:id/rename', { config: bodyOf(RenamePasskeyBodySchema) }, async (request, reply) => {
		const me = await signedIn(request, reply);
		if (!me) return reply;
		const body = parseBody(RenamePasskeyBodySchema, request.body, reply);
		if (!body) return reply;
		if (!(await renamePasskey(db, me.account.id, request.params.id, body.name))) return fail(reply, 404, 'passkey_not_found', 'That passkey is not on your account. Reload the page.');
		return reply.code(204).send();
	});

	app.post<{ Params: { id: string } }>('/account/passkeys/:id/remove', async (request, reply) => {
		const me = await signedIn(request, reply);
		if (!me) return reply;
		const passkeys = await listPasskeys(db, me.account.id);
		if (!passkeys.some((p) => p.id === request.params.id)) return fail(reply, 404, 'passkey_not_found', 'That passkey is not on your account. Reload the page.');
		if (passkeys.length === 1 && !(await passwordWorks(me.account))) return fail(reply, 409, 'last_sign_in', LAST_SIGN_IN_MESSAGE);
		await deletePasskey(db, me.account.id, request.params.id);
		// Sessions that passkey opened elsewhere end; this browser's stays, since it just proved who it is.
		sessionEndings.announce(await deleteSessionsOfPasskey(db, request.params.id, me.sessionId));
		await writeAudit(db, { at: clock.now(), accountId: me.account.id, action: 'passkey_removed', target: request.params.id });
		return reply.code(204).send();
	});

	app.post('/account/sessions/end-others', async (request, reply) => {
		const me = await signedIn(request, reply);
		if (!me) return reply;
		const ended = await deleteOtherSessions(db, me.account.id, me.sessionId);
		sessionEndings.announce(ended);
		await writeAudit(db, { at: clock.now(), accountId: me.account.id, action: 'sessions_ended', target: null });
		return { ended: ended.length };
	});
}
