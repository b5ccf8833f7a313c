// Random bearer tokens (sessions, QR links, rejoin seats, screens), their stored hashes, and row ids.
// Only hashes reach the database, so a leaked dump cannot be replayed as a live token.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** 32 bytes = 256 bits from the CSPRNG; ASVS 7.2.3 asks for at least 128. */
export const TOKEN_BYTES = 32;

/** A SHA-256 hex digest of a token. Branded so a raw token cannot be stored by mistake. */
export type TokenHash = string & { readonly __brand: 'TokenHash' };

/** A new bearer token, base64url so it fits in cookies, URL fragments and socket auth payloads. */
export function newToken(): string {
	return randomBytes(TOKEN_BYTES).toString('base64url');
}

/**
 * The form a token is stored and looked up in. A plain SHA-256 suffices (no salt, no slow hash):
 * the token already carries 256 bits of entropy, and lookups must be by exact value.
 */
export function hashToken(token: string): TokenHash {
	return createHash('sha256').update(token, 'utf8').digest('hex') as TokenHash;
}

/** A new row id (accounts, circles). Random so ids do not reveal counts or creation order. */
export function newId(): string {
	return randomUUID();
}
