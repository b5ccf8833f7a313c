// The audit log: who read or exported which harvest, which harvests and unapproved drafts the jobs deleted, which
// idle circles the server closed, who made a release, and who signed in how and changed their sign-in, and when.
// Rows name accounts by id and harvests by circle id; never a participant, an address or what was read.
import type { Database } from './database';

export const AUDIT_ACTIONS = [
	'harvest_viewed',
	'harvests_exported',
	'harvest_expired',
	'harvest_draft_expired',
	'circle_idle_closed',
	'release_made',
	'signed_in_password',
	'signed_in_passkey',
	'passkey_added',
	'passkey_removed',
	'sessions_ended',
	'passkey_policy_changed',
	'recovery_link_created',
	'recovery_link_used'
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
	at: number;
	/** Null when the server itself acted (the retention job). */
	accountId: string | null;
	action: AuditAction;
	target: string | null;
}

export async function writeAudit(db: Database, entry: AuditEntry): Promise<void> {
	await db.insertInto('audit_log').values({ at: entry.at, account_id: entry.accountId, action: entry.action, target: entry.target }).execute();
}

/** Newest first; for admins and tests. */
export async function listAudit(db: Database, filter: { action?: AuditAction; target?: string } = {}): Promise<AuditEntry[]> {
	let query = db.selectFrom('audit_log').selectAll();
	if (filter.action !== undefined) query = query.where('action', '=', filter.action);
	if (filter.target !== undefined) query = query.where('target', '=', filter.target);
	const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').execute();
	return rows.map((row) => ({ at: row.at, accountId: row.account_id, action: row.action as AuditAction, target: row.target }));
}
