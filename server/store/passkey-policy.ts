// Which roles must sign in with a passkey: an admin's setting, kept in the database so every process agrees.
import { ACCOUNT_ROLES, type AccountRole } from './accounts';
import type { Database } from './database';

export async function passkeyRequiredRoles(db: Database): Promise<AccountRole[]> {
	const rows = await db.selectFrom('passkey_required_roles').select('role').execute();
	return ACCOUNT_ROLES.filter((role) => rows.some((row) => row.role === role));
}

export async function setPasskeyRequiredRoles(db: Database, roles: readonly AccountRole[]): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('passkey_required_roles').execute();
		if (roles.length > 0) await trx.insertInto('passkey_required_roles').values([...new Set(roles)].map((role) => ({ role }))).execute();
	});
}

/** Whether any of `roles` requires passkeys: then a password does not sign the account in. */
export async function passkeyRequiredFor(db: Database, roles: readonly AccountRole[]): Promise<boolean> {
	const required = await passkeyRequiredRoles(db);
	return roles.some((role) => required.includes(role));
}
