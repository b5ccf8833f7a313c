// Single-use invitations an admin sends to a future keeper or organizer. Only the token's hash is stored;
// an invite is spent by one conditional update, so two people racing with the same link cannot both use it.
import type { TokenHash } from '../auth/tokens';
import type { Database } from './database';

export const INVITE_ROLES = ['keeper', 'organizer'] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];

export interface Invite {
	role: InviteRole;
	/** When set, only this email may accept it (already normalized). */
	email: string | null;
	expiresAt: number;
}

export async function createInvite(db: Database, invite: Invite & { tokenHash: TokenHash; createdBy: string; now: number }): Promise<void> {
	await db
		.insertInto('invites')
		.values({ token_hash: invite.tokenHash, role: invite.role, email: invite.email, created_by: invite.createdBy, created_at: invite.now, expires_at: invite.expiresAt, used_at: null })
		.execute();
}

/** The invite if it is unused and unexpired at `now`, without spending it. */
export async function findOpenInvite(db: Database, tokenHash: TokenHash, now: number): Promise<Invite | undefined> {
	const row = await db
		.selectFrom('invites')
		.selectAll()
		.where('token_hash', '=', tokenHash)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.executeTakeFirst();
	return row && { role: row.role as InviteRole, email: row.email, expiresAt: row.expires_at };
}

/** Marks the invite used; false when someone else spent it first (or it expired meanwhile). */
export async function spendInvite(db: Database, tokenHash: TokenHash, now: number): Promise<boolean> {
	const result = await db
		.updateTable('invites')
		.set({ used_at: now })
		.where('token_hash', '=', tokenHash)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

/** Spent and expired invites carry an email and nothing else of use: drop them. */
export async function deleteStaleInvites(db: Database, now: number): Promise<number> {
	const result = await db
		.deleteFrom('invites')
		.where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<=', now)]))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
