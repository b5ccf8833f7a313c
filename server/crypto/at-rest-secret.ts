// The secret kept outside the database and the keys derived from it: the key that wraps each circle's data key,
// the key of join-code lookups and the keys of harvests' name hashes. A database dump alone opens none of them.
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_BYTES } from './sealing';

export const DATA_KEY_SECRET_FILE = 'data-key-secret';
/** Fixed HKDF salt: the secret is already random; the salt only separates this app's keys from any other use of it. */
const HKDF_SALT = 'circlekeeper at rest v1';

function derive(secret: Buffer, purpose: string): Buffer {
	return Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, purpose, KEY_BYTES));
}

export class AtRestSecret {
	readonly #current: Buffer;
	readonly #previous: Buffer | null;

	/** `previous` is set only while rotating: data keys wrapped by it are re-wrapped by `current` at start. */
	constructor(current: Buffer, previous: Buffer | null = null) {
		this.#current = current;
		this.#previous = previous;
	}

	/** Keys that may have wrapped a circle's data key, current first. */
	wrappingKeys(): Buffer[] {
		return this.#secrets().map((s) => derive(s, 'wrap circle data keys'));
	}

	/** The stored form of a join code: found again by the same code, reversible by nobody without the secret. */
	joinCodeHash(code: string): string {
		return createHmac('sha256', derive(this.#current, 'join code lookup')).update(code, 'utf8').digest('hex');
	}

	/** Per-circle keys of the roster's name-word hashes, current first; per circle so equal names hash apart. */
	nameHashKeys(circleId: string): Buffer[] {
		return this.#secrets().map((s) => derive(s, `harvest name hashes:${circleId}`));
	}

	#secrets(): Buffer[] {
		return this.#previous === null ? [this.#current] : [this.#current, this.#previous];
	}
}

/**
 * The secret comes from DATA_KEY_SECRET, or from a file in the data directory made on first start (like the link
 * secret). With the file, a copy of the whole data directory holds the secret too: docs/operations.md says when to set it.
 */
export function loadAtRestSecret(dataDir: string, configured: string, previous: string): AtRestSecret {
	const prior = previous === '' ? null : Buffer.from(previous, 'utf8');
	if (configured !== '') return new AtRestSecret(Buffer.from(configured, 'utf8'), prior);
	const file = join(dataDir, DATA_KEY_SECRET_FILE);
	if (!existsSync(file)) {
		mkdirSync(dataDir, { recursive: true });
		writeFileSync(file, randomBytes(KEY_BYTES).toString('base64url'), { mode: 0o600, flag: 'wx' });
		chmodSync(file, 0o600);
	}
	return new AtRestSecret(Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'), prior);
}
