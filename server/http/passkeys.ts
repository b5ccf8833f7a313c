// Passkey ceremonies over HTTP: sign-in without an email, first-admin setup, accepting an invitation, and a recovery
// link. Each ceremony is two calls: options (which set a one-use challenge bound to this browser), then the response.
import fastifyRateLimit from '@fastify/rate-limit';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import {
	InvitePasskeyOptionsBodySchema,
	RecoveryBodySchema,
	RecoveryOptionsBodySchema,
	RegistrationBodySchema,
	SetupPasskeyOptionsBodySchema,
	SignInBodySchema
} from '../../src/lib/wire/passkeys';
import { CHALLENGE_REFUSAL, issueChallenge, redeemChallenge } from '../auth/passkey-challenges';
import { authenticationOptions, counterWentBack, registrationOptions, relyingParty, verifyAuthentication, verifyRegistration, type NewCredential, type RelyingParty } from '../auth/passkeys';
import type { SessionEndings } from '../auth/session-endings';
import { hashToken, newId, type TokenHash } from '../auth/tokens';
import type { Clock } from '../clock';
import { countAccounts, createAccount, findAccountById, normalizeEmail, type Account } from '../store/accounts';
import { writeAudit } from '../store/audit';
import type { Database } from '../store/database';
import { spendInvite } from '../store/invites';
import { addPasskey, deletePasskeysForAccount, findPasskey, recordPasskeyUse } from '../store/passkeys';
import { findOpenRecoveryLink, spendRecoveryLink } from '../store/recovery-links';
import { deleteOtherSessions } from '../store/sessions';
import type { ChallengePurpose } from '../store/webauthn-challenges';
import { createFirstAdmin, LOGIN_LIMIT, publicAccount, startAccountSession } from './accounts';
import { checkInvite, EMAIL_TAKEN_MESSAGE, INVITE_INVALID_MESSAGE, INVITE_REFUSAL_STATUS } from './invite-acceptance';
import { bodyOf } from './openapi';
import { answerFailures, fail, parseBody } from './replies';

export const DEFAULT_PASSKEY_NAME = 'Passkey';
const RECOVERY_INVALID_MESSAGE = 'This recovery link is used, expired or not valid. Ask an admin for a new one.';

export interface PasskeyRoutesOptions {
	db: Database;
	clock: Clock;
	/** PUBLIC_URL from the config; empty to use the request's own address (localhost only). */
	publicUrl: string;
	sessionEndings: SessionEndings;
}

/** The relying party for this request, or undefined after answering 503 with what the admin must set. */
export function relyingPartyOrFail(publicUrl: string, request: FastifyRequest, reply: FastifyReply): RelyingParty | undefined {
	const rp = relyingParty(publicUrl, request);
	if (rp.ok) return rp.value;
	void fail(reply, 503, rp.error.code, rp.error.message);
	return undefined;
}

/** Redeems this browser's challenge and checks the new credential; answers the failure and returns undefined if either fails. */
export async function registeredCredential(
	deps: { db: Database; clock: Clock; publicUrl: string },
	request: FastifyRequest,
	reply: FastifyReply,
	purpose: ChallengePurpose,
	response: v.InferOutput<typeof RegistrationBodySchema>['response']
): Promise<{ credential: NewCredential; context: Record<string, string> } | undefined> {
	const rp = relyingPartyOrFail(deps.publicUrl, request, reply);
	if (!rp) return undefined;
	const challenge = await redeemChallenge(deps, request, reply, purpose);
	if (!challenge) return void fail(reply, 400, 'challenge_invalid', CHALLENGE_REFUSAL);
	const verified = await verifyRegistration(rp, response as RegistrationResponseJSON, challenge.challenge);
	if (!verified.ok) return void fail(reply, 400, verified.error.code, verified.error.message);
	return { credential: verified.value, context: challenge.context };
}

export async function passkeyRoutes(app: FastifyInstance, { db, clock, publicUrl, sessionEndings }: PasskeyRoutesOptions): Promise<void> {
	await app.register(fastifyRateLimit, { global: false });
	answerFailures(app);
	const deps = { db, clock, publicUrl };

	const signIn = async (request: FastifyRequest, reply: FastifyReply, account: Account, credential: NewCredential, name: string | undefined) => {
		const now = clock.now();
		await addPasskey(db, { ...credential, accountId: account.id, name: name ?? DEFAULT_PASSKEY_NAME, createdAt: now });
		await writeAudit(db, { at: now, accountId: account.id, action: 'passkey_added', target: credential.id });
		await startAccountSession(deps, reply, account, request.protocol === 'https', credential.id);
		return reply.code(201).send({ account: publicAccount(account) });
	};

	app.post('/login/passkey/options', { config: { rateLimit: LOGIN_LIMIT } }, async (request, reply) => {
		const rp = relyingPartyOrFail(publicUrl, request, reply);
		if (!rp) return reply;
		const options = await authenticationOptions(rp);
		await issueChallenge(deps, request, reply, { challenge: options.challenge, purpose: 'sign_in', context: {} });
		return options;
	});

	app.post('/login/passkey', { config: { rateLimit: LOGIN_LIMIT, ...bodyOf(SignInBodySchema) } }, async (request, reply) => {
		const body = parseBody(SignInBodySchema, request.body, reply);
		if (!body) return reply;
		const rp = relyingPartyOrFail(publicUrl, request, reply);
		if (!rp) return reply;
		const challenge = await redeemChallenge(deps, request, reply, 'sign_in');
		if (!challenge) return fail(reply, 400, 'challenge_invalid', CHALLENGE_REFUSAL);
		const passkey = await findPasskey(db, body.response.id);
		const account = passkey && (await findAccountById(db, passkey.accountId));
		// A discoverable credential names its account too; the library does not compare it, so it is checked here.
		const { userHandle } = body.response.response;
		const ownHandle = userHandle === undefined || (account !== undefined && Buffer.from(userHandle, 'base64url').toString('utf8') === account.id);
		if (!passkey || !account || !ownHandle) {
			request.log.info({ event: 'login_failed', method: 'passkey' }, 'sign-in failed');
			return fail(reply, 401, 'passkey_unknown', 'This passkey does not belong to an account here. Sign in with your password, or ask an admin for a recovery link.');
		}
		const verified = await verifyAuthentication(rp, body.response as AuthenticationResponseJSON, challenge.challenge, passkey);
		if (!verified.ok) {
			request.log.info({ event: 'login_failed', method: 'passkey', reason: verified.error.code }, 'sign-in failed');
			return fail(reply, 401, verified.error.code, verified.error.message);
		}
		const now = clock.now();
		// Another sign-in with the same counter landed first: the same response twice, or a copied key.
		if (!(await recordPasskeyUse(db, passkey.id, passkey.counter, verified.value, now))) {
			const refusal = counterWentBack();
			return fail(reply, 401, refusal.error.code, refusal.error.message);
		}
		await startAccountSession(deps, reply, account, request.protocol === 'https', passkey.id);
		await writeAudit(db, { at: now, accountId: account.id, action: 'signed_in_passkey', target: passkey.id });
		request.log.info({ event: 'signed_in', method: 'passkey', accountId: account.id }, 'signed in');
		return { account: publicAccount(account) };
	});

	app.post('/setup/passkey/options', { config: bodyOf(SetupPasskeyOptionsBodySchema) }, async (request, reply) => {
		const body = parseBody(SetupPasskeyOptionsBodySchema, request.body, reply);
		if (!body) return reply;
		if ((await countAccounts(db)) > 0) return fail(reply, 409, 'setup_done', 'This server already has an administrator. Sign in instead.');
		const rp = relyingPartyOrFail(publicUrl, request, reply);
		if (!rp) return reply;
		const user = { id: newId(), email: normalizeEmail(body.email) };
		const options = await registrationOptions(rp, user, []);
		await issueChallenge(deps, request, reply, { challenge: options.challenge, purpose: 'setup', context: { accountId: user.id, email: user.email } });
		return options;
	});

	app.post('/setup/passkey', { config: bodyOf(RegistrationBodySchema) }, async (request, reply) => {
		const body = parseBody(RegistrationBodySchema, request.body, reply);
		if (!body) return reply;
		const registered = await registeredCredential(deps, request, reply, 'setup', body.response);
		if (!registered) return reply;
		const { accountId, email } = registered.context as { accountId: string; email: string };
		// An empty password hash: this account signs in with passkeys until it sets a password.
		const account = await createFirstAdmin(db, { id: accountId, email, passwordHash: async () => '', now: clock.now() });
		if (!account) return fail(reply, 409, 'setup_done', 'This server already has an administrator. Sign in instead.');
		return signIn(request, reply, account, registered.credential, body.name);
	});

	app.post('/invites/passkey/options', { config: bodyOf(InvitePasskeyOptionsBodySchema) }, async (request, reply) => {
		const body = parseBody(InvitePasskeyOptionsBodySchema, request.body, reply);
		if (!body) return reply;
		const tokenHash = hashToken(body.token);
		const checked = await checkInvite(db, tokenHash, body.email, clock.now());
		if (!checked.ok) return fail(reply, INVITE_REFUSAL_STATUS[checked.error.code], checked.error.code, checked.error.message);
		const rp = relyingPartyOrFail(publicUrl, request, reply);
		if (!rp) return reply;
		const user = { id: newId(), email: normalizeEmail(body.email) };
		const options = await registrationOptions(rp, user, []);
		await issueChallenge(deps, request, reply, { challenge: options.challenge, purpose: 'invite', context: { accountId: user.id, email: user.email, tokenHash } });
		return options;
	});

	app.post('/invites/passkey', { config: bodyOf(RegistrationBodySchema) }, async (request, reply) => {
		const body = parseBody(RegistrationBodySchema, request.body, reply);
		if (!body) return reply;
		const registered = await registeredCredential(deps, request, reply, 'invite', body.response);
		if (!registered) return reply;
		const { accountId, email, tokenHash } = registered.context as { accountId: string; email: string; tokenHash: TokenHash };
		const now = clock.now();
		const checked = await checkInvite(db, tokenHash, email, now);
		if (!checked.ok) return fail(reply, INVITE_REFUSAL_STATUS[checked.error.code], checked.error.code, checked.error.message);
		if (!(await spendInvite(db, tokenHash, now))) return fail(reply, 404, 'invite_invalid', INVITE_INVALID_MESSAGE);
		const created = await createAccount(db, { id: accountId, email, passwordHash: '', roles: [checked.value.role], now });
		if (!created.ok) return fail(reply, 409, created.error.code, EMAIL_TAKEN_MESSAGE);
		return signIn(request, reply, created.value, registered.credential, body.name);
	});

	app.post('/recovery/options', { config: bodyOf(RecoveryOptionsBodySchema) }, async (request, reply) => {
		const body = parseBody(RecoveryOptionsBodySchema, request.body, reply);
		if (!body) return reply;
		const tokenHash = hashToken(body.token);
		const accountId = await findOpenRecoveryLink(db, tokenHash, clock.now());
		const account = accountId === undefined ? undefined : await findAccountById(db, accountId);
		if (!account) return fail(reply, 404, 'recovery_invalid', RECOVERY_INVALID_MESSAGE);
		const rp = relyingPartyOrFail(publicUrl, request, reply);
		if (!rp) return reply;
		// No credentials excluded: the old ones are removed when this one is saved.
		const options = await registrationOptions(rp, account, []);
		await issueChallenge(deps, request, reply, { challenge: options.challenge, purpose: 'recovery', context: { accountId: account.id, tokenHash } });
		return { email: account.email, options };
	});

	app.post('/recovery', { config: bodyOf(RecoveryBodySchema) }, async (request, reply) => {
		const body = parseBody(RecoveryBodySchema, request.body, reply);
		if (!body) return reply;
		const registered = await registeredCredential(deps, request, reply, 'recovery', body.response);
		if (!registered) return reply;
		const { accountId, tokenHash } = registered.context as { accountId: string; tokenHash: TokenHash };
		const now = clock.now();
		const account = await findAccountById(db, accountId);
		if (tokenHash !== hashToken(body.token) || !account || !(await spendRecoveryLink(db, tokenHash, now))) return fail(reply, 404, 'recovery_invalid', RECOVERY_INVALID_MESSAGE);
		// The lost device's passkeys and every open session go; the new passkey is the way back in.
		await deletePasskeysForAccount(db, account.id);
		sessionEndings.announce(await deleteOtherSessions(db, account.id, null));
		await writeAudit(db, { at: now, accountId: account.id, action: 'recovery_link_used', target: account.id });
		return signIn(request, reply, account, registered.credential, body.name);
	});
}
