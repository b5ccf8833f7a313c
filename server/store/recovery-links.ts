// Single-use links an admin makes when someone loses the device that held their passkey. Only the hash is stored;
// spending is one conditional update, so the same link cannot be used twice even by two browsers at once.
import type { TokenHash } from '../auth/tokens';
import type { Database } from './database';

/** Also drops used and expired links: they are of no further use, and the audit log keeps the history. */
export async function createRecoveryLink(db: Database, link: { tokenHash: TokenHash; accountId: string; createdBy: string; now: number; expiresAt: number }): Promise<void> {
	await db
		.deleteFrom('recovery_links')
		.where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<=', link.now)]))
		.execute();
	await db
		.insertInto('recovery_links')
		.values({ token_hash: link.tokenHash, account_id: link.accountId, created_by: link.createdBy, created_at: link.now, expires_at: link.expiresAt, used_at: null })
		.execute();
}

/** The account the link recovers, if the link is unused and unexpired at `now`. */
export async function findOpenRecoveryLink(db: Database, tokenHash: TokenHash, now: number): Promise<string | undefined> {
	const row = await db
		.selectFrom('recovery_links')
		.select('account_id')
		.where('token_hash', '=', tokenHash)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.executeTakeFirst();
	return row?.account_id;
}

export async function spendRecoveryLink(db: Database, tokenHash: TokenHash, now: number): Promise<boolean> {
	const result = await db
		.updateTable('recovery_links')
		.set({ used_at: now })
		.where('token_hash', '=', tokenHash)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}
