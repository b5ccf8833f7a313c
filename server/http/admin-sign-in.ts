// Admin routes about how people sign in: which roles must use passkeys, the list of people, and single-use
// recovery links for someone who lost the device holding their passkey. Every change is audited.
import type { FastifyInstance } from 'fastify';
import { PasskeyPolicyBodySchema } from '../../src/lib/wire/passkeys';
import { hashToken, newToken } from '../auth/tokens';
import type { Clock } from '../clock';
import { findAccountById, listAccounts } from '../store/accounts';
import { writeAudit } from '../store/audit';
import type { Database } from '../store/database';
import { passkeyRequiredRoles, setPasskeyRequiredRoles } from '../store/passkey-policy';
import { countPasskeysByAccount, listPasskeys } from '../store/passkeys';
import { createRecoveryLink } from '../store/recovery-links';
import { bodyOf } from './openapi';
import { fail, parseBody } from './replies';
import { signedIn } from './signed-in';

/** A recovery link works for a day: long enough to reach the person, short enough to matter if it leaks. */
export const RECOVERY_TTL_MS = 24 * 60 * 60_000;

export async function adminSignInRoutes(app: FastifyInstance, { db, clock }: { db: Database; clock: Clock }): Promise<void> {
	const deps = { db, clock };
	const refusal = 'Only admins manage how people sign in.';

	app.get('/admin/accounts', async (request, reply) => {
		if (!(await signedIn(deps, request, reply, ['admin'], refusal))) return reply;
		const counts = await countPasskeysByAccount(db);
		const accounts = await listAccounts(db);
		return { accounts: accounts.map((a) => ({ id: a.id, email: a.email, roles: a.roles, passkeys: counts.get(a.id) ?? 0, hasPassword: a.passwordHash !== '' })) };
	});

	app.get('/admin/passkey-policy', async (request, reply) => {
		if (!(await signedIn(deps, request, reply, ['admin'], refusal))) return reply;
		return { roles: await passkeyRequiredRoles(db) };
	});

	app.post('/admin/passkey-policy', { config: bodyOf(PasskeyPolicyBodySchema) }, async (request, reply) => {
		const admin = await signedIn(deps, request, reply, ['admin'], refusal);
		if (!admin) return reply;
		const body = parseBody(PasskeyPolicyBodySchema, request.body, reply);
		if (!body) return reply;
		// An admin without a passkey would lock themselves out at their next sign-in.
		if (body.roles.some((role) => admin.roles.includes(role)) && (await listPasskeys(db, admin.id)).length === 0) {
			return fail(reply, 409, 'add_passkey_first', 'Add a passkey to your own account first (on your account page): this rule would stop you signing in with your password.');
		}
		await setPasskeyRequiredRoles(db, body.roles);
		await writeAudit(db, { at: clock.now(), accountId: admin.id, action: 'passkey_policy_changed', target: [...body.roles].sort().join(',') || null });
		return { roles: await passkeyRequiredRoles(db) };
	});

	app.post<{ Params: { id: string } }>('/admin/accounts/:id/recovery', async (request, reply) => {
		const admin = await signedIn(deps, request, reply, ['admin'], refusal);
		if (!admin) return reply;
		const account = await findAccountById(db, request.params.id);
		if (!account) return fail(reply, 404, 'account_not_found', 'No such account. Reload the page.');
		const token = newToken();
		const now = clock.now();
		const expiresAt = now + RECOVERY_TTL_MS;
		await createRecoveryLink(db, { tokenHash: hashToken(token), accountId: account.id, createdBy: admin.id, now, expiresAt });
		await writeAudit(db, { at: now, accountId: admin.id, action: 'recovery_link_created', target: account.id });
		return reply.code(201).send({ path: `/recover#t=${token}`, expiresAt });
	});
}
