// Sealing one stored value with AES-256-GCM: a fresh 96-bit nonce per value, and the circle and purpose as
// associated data, so a sealed value copied into another row or another circle fails to open instead of misleading.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Marks a sealed value and its format, so a later format can be told apart and plaintext left by an old version found. */
export const SEALED_PREFIX = 'ck1.';
export const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export function isSealed(value: string): boolean {
	return value.startsWith(SEALED_PREFIX);
}

export function seal(key: Buffer, aad: string, plaintext: string): string {
	const nonce = randomBytes(NONCE_BYTES);
	const cipher = createCipheriv('aes-256-gcm', key, nonce);
	cipher.setAAD(Buffer.from(aad, 'utf8'));
	const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
	return SEALED_PREFIX + Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url');
}

/** The plaintext, or undefined when the key, the associated data or the bytes are wrong (GCM checks all three). */
export function unseal(key: Buffer, aad: string, sealed: string): string | undefined {
	if (!isSealed(sealed)) return undefined;
	const raw = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
	if (raw.length < NONCE_BYTES + TAG_BYTES) return undefined;
	try {
		const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, NONCE_BYTES));
		decipher.setAAD(Buffer.from(aad, 'utf8'));
		decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
		return Buffer.concat([decipher.update(raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString('utf8');
	} catch {
		return undefined;
	}
}
