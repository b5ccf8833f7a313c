// Binds a WebAuthn challenge to the browser that asked: a random id in a short-lived httpOnly cookie, and the
// challenge stored under that id's hash. Redeeming clears the cookie and deletes the row, so each works once.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock';
import type { Database } from '../store/database';
import { deleteExpiredChallenges, saveChallenge, takeChallenge, type ChallengePurpose, type StoredChallenge } from '../store/webauthn-challenges';
import { CHALLENGE_TTL_MS } from './passkeys';
import { readCookie } from './session-cookie';
import { hashToken, newToken } from './tokens';

export const CHALLENGE_COOKIE = 'ck_webauthn';
const COOKIE_PATH = '/api';

export async function issueChallenge(deps: { db: Database; clock: Clock }, request: FastifyRequest, reply: FastifyReply, challenge: StoredChallenge): Promise<void> {
	const id = newToken();
	const now = deps.clock.now();
	// Abandoned ceremonies leave rows behind; each new one clears the expired, so the table stays small without a job.
	await deleteExpiredChallenges(deps.db, now);
	await saveChallenge(deps.db, hashToken(id), challenge, now + CHALLENGE_TTL_MS);
	void reply.setCookie(CHALLENGE_COOKIE, id, { path: COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', maxAge: CHALLENGE_TTL_MS / 1000 });
}

/** The challenge this browser was given for `purpose`, once; undefined if none, expired, used or for another purpose. */
export async function redeemChallenge(deps: { db: Database; clock: Clock }, request: FastifyRequest, reply: FastifyReply, purpose: ChallengePurpose): Promise<StoredChallenge | undefined> {
	const id = readCookie(request.headers.cookie, CHALLENGE_COOKIE);
	void reply.clearCookie(CHALLENGE_COOKIE, { path: COOKIE_PATH });
	if (!id || id.length > 128) return undefined;
	return takeChallenge(deps.db, hashToken(id), purpose, deps.clock.now());
}

export const CHALLENGE_REFUSAL = 'This passkey request has expired or was already used. Try again.';
