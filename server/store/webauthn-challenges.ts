// One-use WebAuthn challenges, each bound to the browser that asked for it by the hash of a random id in its cookie.
// Taking a challenge deletes it in the same statement, so a replayed response finds nothing to match.
import type { TokenHash } from '../auth/tokens';
import type { Database } from './database';

export const CHALLENGE_PURPOSES = ['setup', 'invite', 'sign_in', 'add_passkey', 'recovery'] as const;
export type ChallengePurpose = (typeof CHALLENGE_PURPOSES)[number];

export interface StoredChallenge {
	challenge: string;
	purpose: ChallengePurpose;
	/** What the ceremony is for, as the route stored it (an email, an invite's hash, an account id). */
	context: Record<string, string>;
}

export async function saveChallenge(db: Database, id: TokenHash, challenge: StoredChallenge, expiresAt: number): Promise<void> {
	await db
		.insertInto('webauthn_challenges')
		.values({ id, challenge: challenge.challenge, purpose: challenge.purpose, context_json: JSON.stringify(challenge.context), expires_at: expiresAt })
		.execute();
}

/** Removes the challenge and returns it if it was for `purpose` and unexpired at `now`; otherwise undefined. */
export async function takeChallenge(db: Database, id: TokenHash, purpose: ChallengePurpose, now: number): Promise<StoredChallenge | undefined> {
	const row = await db.deleteFrom('webauthn_challenges').where('id', '=', id).returningAll().executeTakeFirst();
	if (!row || row.purpose !== purpose || Number(row.expires_at) <= now) return undefined;
	return { challenge: row.challenge, purpose, context: JSON.parse(row.context_json) as Record<string, string> };
}

export async function deleteExpiredChallenges(db: Database, now: number): Promise<number> {
	const result = await db.deleteFrom('webauthn_challenges').where('expires_at', '<=', now).executeTakeFirst();
	return Number(result.numDeletedRows);
}
