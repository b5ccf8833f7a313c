// What accepting an invitation checks before an account is made, whether with a password or a passkey:
// the link is open, it is for this email (if it names one), and no account has the email yet.
import type { TokenHash } from '../auth/tokens';
import { findAccountByEmail, normalizeEmail } from '../store/accounts';
import type { Database } from '../store/database';
import { findOpenInvite, type Invite } from '../store/invites';
import { refused, stored, type StoreResult } from '../store/store-result';

export type InviteRefusal = 'invite_invalid' | 'invite_email_mismatch' | 'email_taken';

export const INVITE_REFUSAL_STATUS: Record<InviteRefusal, number> = { invite_invalid: 404, invite_email_mismatch: 403, email_taken: 409 };

export const INVITE_INVALID_MESSAGE = 'This invitation link is used, expired or not valid. Ask an admin for a new one.';
export const EMAIL_TAKEN_MESSAGE = 'An account with this email already exists. Sign in instead.';

export async function checkInvite(db: Database, tokenHash: TokenHash, email: string, now: number): Promise<StoreResult<Invite, InviteRefusal>> {
	const invite = await findOpenInvite(db, tokenHash, now);
	if (!invite) return refused('invite_invalid', INVITE_INVALID_MESSAGE);
	if (invite.email !== null && invite.email !== normalizeEmail(email)) return refused('invite_email_mismatch', 'This invitation is for another email address.');
	if (await findAccountByEmail(db, email)) return refused('email_taken', EMAIL_TAKEN_MESSAGE);
	return stored(invite);
}
