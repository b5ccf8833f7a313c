// Admin routes: programs (name and retention) and single-use invitations for keepers and organizers; plus the
// public end of an invitation, which creates the account and signs it in. Invite tokens are stored hashed.
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../src/lib/wire/http';
import { hashPassword } from '../auth/passwords';
import { hashToken, newId, newToken } from '../auth/tokens';
import type { Clock } from '../clock';
import { createAccount, findAccountById, normalizeEmail } from '../store/accounts';
import type { Database } from '../store/database';
import { createInvite, INVITE_ROLES, spendInvite } from '../store/invites';
import { passkeyRequiredFor } from '../store/passkey-policy';
import { createProgram, listPrograms } from '../store/programs';
import { deleteSessionsForAccount } from '../store/sessions';
import type { AccessRevoker } from '../socket/gateway';
import { publicAccount, startAccountSession } from './accounts';
import { checkInvite, EMAIL_TAKEN_MESSAGE, INVITE_INVALID_MESSAGE, INVITE_REFUSAL_STATUS } from './invite-acceptance';
import { bodyOf } from './openapi';
import { fail, parseBody } from './replies';
import { signedIn } from './signed-in';

/** An invitation link works for a week, then the admin sends a new one. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60_000;
export const MAX_RETENTION_DAYS = 3650;

const email = v.pipe(v.string('must be text'), v.trim(), v.maxLength(254), v.email('must be an email address'));

export const ProgramBodySchema = v.strictObject({
	name: v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(120, 'must be at most 120 characters')),
	retentionDays: v.pipe(v.number('must be a number'), v.integer('must be a whole number of days'), v.minValue(1, 'must be at least 1 day'), v.maxValue(MAX_RETENTION_DAYS, `must be at most ${MAX_RETENTION_DAYS} days`))
});

export const InviteBodySchema = v.strictObject({
	role: v.picklist(INVITE_ROLES, 'must be "keeper" or "organizer"'),
	email: v.optional(email)
});

export const AcceptInviteBodySchema = v.strictObject({
	token: v.pipe(v.string(), v.maxLength(128)),
	email,
	password: v.pipe(v.string(), v.minLength(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`), v.maxLength(MAX_PASSWORD_LENGTH))
});

export interface AdminRoutesOptions {
	db: Database;
	clock: Clock;
	/** Sockets of an account whose sessions are ended are disconnected. */
	access?: AccessRevoker;
}

export async function adminRoutes(app: FastifyInstance, { db, clock, access }: AdminRoutesOptions): Promise<void> {
	const deps = { db, clock };

	/** Revokes an account's access now: every session ends and its open sockets are disconnected. */
	app.post<{ Params: { id: string } }>('/admin/accounts/:id/sign-out', async (request, reply) => {
		if (!(await signedIn(deps, request, reply, ['admin'], 'Only admins end other people’s sessions.'))) return reply;
		const account = await findAccountById(db, request.params.id);
		if (!account) return fail(reply, 404, 'not_found', 'There is no such account.');
		const ended = await deleteSessionsForAccount(db, account.id);
		access?.revokeAccount(account.id);
		return { sessionsEnded: ended };
	});

	app.post('/admin/programs', { config: bodyOf(ProgramBodySchema) }, async (request, reply) => {
		if (!(await signedIn(deps, request, reply, ['admin'], 'Only admins create programs.'))) return reply;
		const body = parseBody(ProgramBodySchema, request.body, reply);
		if (!body) return reply;
		const created = await createProgram(db, { id: newId(), name: body.name, retentionDays: body.retentionDays, createdAt: clock.now() });
		if (!created.ok) return fail(reply, 409, created.error.code, created.error.message);
		return reply.code(201).send(created.value);
	});

	app.get('/programs', async (request, reply) => {
		if (!(await signedIn(deps, request, reply, 'any'))) return reply;
		return { programs: await listPrograms(db) };
	});

	app.post('/admin/invites', { config: bodyOf(InviteBodySchema) }, async (request, reply) => {
		const admin = await signedIn(deps, request, reply, ['admin'], 'Only admins invite people.');
		if (!admin) return reply;
		const body = parseBody(InviteBodySchema, request.body, reply);
		if (!body) return reply;
		const token = newToken();
		const now = clock.now();
		const expiresAt = now + INVITE_TTL_MS;
		await createInvite(db, { tokenHash: hashToken(token), role: body.role, email: body.email === undefined ? null : normalizeEmail(body.email), createdBy: admin.id, now, expiresAt });
		return reply.code(201).send({ path: `/invite#t=${token}`, role: body.role, expiresAt });
	});

	app.post('/invites/accept', { config: bodyOf(AcceptInviteBodySchema) }, async (request, reply) => {
		const body = parseBody(AcceptInviteBodySchema, request.body, reply);
		if (!body) return reply;
		const tokenHash = hashToken(body.token);
		const now = clock.now();
		const checked = await checkInvite(db, tokenHash, body.email, now);
		if (!checked.ok) return fail(reply, INVITE_REFUSAL_STATUS[checked.error.code], checked.error.code, checked.error.message);
		const invite = checked.value;
		if (await passkeyRequiredFor(db, [invite.role])) return fail(reply, 403, 'invite_needs_passkey', 'This role signs in with a passkey: create your account with "Use a passkey" instead of a password.');
		// Hash first (slow) so the invite is spent only when the account can really be made.
		const passwordHash = await hashPassword(body.password);
		if (!(await spendInvite(db, tokenHash, now))) return fail(reply, 404, 'invite_invalid', INVITE_INVALID_MESSAGE);
		const created = await createAccount(db, { id: newId(), email: body.email, passwordHash, roles: [invite.role], now });
		if (!created.ok) return fail(reply, 409, created.error.code, EMAIL_TAKEN_MESSAGE);
		await startAccountSession(deps, reply, created.value, request.protocol === 'https');
		return reply.code(201).send({ account: publicAccount(created.value) });
	});
}
