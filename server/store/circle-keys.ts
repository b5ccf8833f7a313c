// Each open circle's data key, stored only wrapped by a key derived from the secret outside the database.
// Deleting the row at close is the crypto-shredding: every sealed copy of that circle's data, anywhere, stops opening.
import { randomBytes } from 'node:crypto';
import type { AtRestSecret } from '../crypto/at-rest-secret';
import { KEY_BYTES, seal, unseal } from '../crypto/sealing';
import type { Database } from './database';

/** What a sealed value is, bound into its associated data so it only opens in its own place. */
export type SealPurpose = 'title' | 'plan' | 'join-code' | 'snapshot' | 'event';

/** Seals and opens the values of one circle with its data key. */
export class CircleVault {
	constructor(
		readonly circleId: string,
		readonly key: Buffer
	) {}

	seal(purpose: SealPurpose, plaintext: string): string {
		return seal(this.key, `${this.circleId}:${purpose}`, plaintext);
	}

	/** Throws when the value does not open: a wrong key or a tampered row must stop the caller, not read as empty. */
	open(purpose: SealPurpose, sealed: string): string {
		const plaintext = unseal(this.key, `${this.circleId}:${purpose}`, sealed);
		if (plaintext === undefined) throw new Error(`a sealed ${purpose} of circle ${this.circleId} does not open with its key`);
		return plaintext;
	}
}

const wrapAad = (circleId: string) => `${circleId}:data-key`;

/** The circles' data keys: made, unwrapped (and kept in memory while the circle is open) and shredded. */
export class Keyring {
	readonly secret: AtRestSecret;
	#open = new Map<string, CircleVault>();

	constructor(secret: AtRestSecret) {
		this.secret = secret;
	}

	/** A new random data key for a circle; `store` writes it (wrapped) in the transaction that creates the circle. */
	newVault(circleId: string): CircleVault {
		return new CircleVault(circleId, randomBytes(KEY_BYTES));
	}

	/** Not cached here: inside a transaction that may still roll back, the row may never exist; `vault` reads it after. */
	async store(db: Database, vault: CircleVault, now: number): Promise<void> {
		await db.insertInto('circle_keys').values({ circle_id: vault.circleId, wrapped_key: this.#wrap(vault), created_at: now }).execute();
	}

	/** The circle's vault, or undefined when it has no key (closed, or never sealed) or the secret cannot unwrap it. */
	async vault(db: Database, circleId: string): Promise<CircleVault | undefined> {
		const cached = this.#open.get(circleId);
		if (cached) return cached;
		const row = await db.selectFrom('circle_keys').select('wrapped_key').where('circle_id', '=', circleId).executeTakeFirst();
		if (!row) return undefined;
		const unwrapped = this.#unwrap(circleId, row.wrapped_key);
		if (!unwrapped) return undefined;
		const vault = new CircleVault(circleId, unwrapped.key);
		this.#open.set(circleId, vault);
		return vault;
	}

	/** The vaults of several circles in one query (the restore at start); circles without a readable key are absent. */
	async vaults(db: Database, circleIds: readonly string[]): Promise<Map<string, CircleVault>> {
		const found = new Map<string, CircleVault>();
		const missing = circleIds.filter((id) => {
			const cached = this.#open.get(id);
			if (cached) found.set(id, cached);
			return !cached;
		});
		if (missing.length === 0) return found;
		const rows = await db.selectFrom('circle_keys').select(['circle_id', 'wrapped_key']).where('circle_id', 'in', missing).execute();
		for (const row of rows) {
			const unwrapped = this.#unwrap(row.circle_id, row.wrapped_key);
			if (!unwrapped) continue;
			const vault = new CircleVault(row.circle_id, unwrapped.key);
			this.#open.set(row.circle_id, vault);
			found.set(row.circle_id, vault);
		}
		return found;
	}

	/** Deletes the circle's data key: from here on nothing sealed with it can be read by anyone. */
	async shred(db: Database, circleId: string): Promise<void> {
		this.#open.delete(circleId);
		await db.deleteFrom('circle_keys').where('circle_id', '=', circleId).execute();
	}

	/**
	 * After a rotation (both secrets set): re-wraps every key the previous secret wrapped, so the previous secret can
	 * then be destroyed. Returns the circle ids re-wrapped; keys neither secret opens are left and counted by the caller.
	 */
	async rewrapWithCurrent(db: Database): Promise<{ rewrapped: string[]; unreadable: string[] }> {
		const rows = await db.selectFrom('circle_keys').select(['circle_id', 'wrapped_key']).orderBy('circle_id').execute();
		const rewrapped: string[] = [];
		const unreadable: string[] = [];
		for (const row of rows) {
			const unwrapped = this.#unwrap(row.circle_id, row.wrapped_key);
			if (!unwrapped) unreadable.push(row.circle_id);
			else if (!unwrapped.current) {
				const vault = new CircleVault(row.circle_id, unwrapped.key);
				await db.updateTable('circle_keys').set({ wrapped_key: this.#wrap(vault) }).where('circle_id', '=', row.circle_id).execute();
				rewrapped.push(row.circle_id);
			}
		}
		return { rewrapped, unreadable };
	}

	#wrap(vault: CircleVault): string {
		return seal(this.secret.wrappingKeys()[0]!, wrapAad(vault.circleId), vault.key.toString('base64url'));
	}

	#unwrap(circleId: string, wrapped: string): { key: Buffer; current: boolean } | undefined {
		const keys = this.secret.wrappingKeys();
		for (const [index, kek] of keys.entries()) {
			const opened = unseal(kek, wrapAad(circleId), wrapped);
			if (opened !== undefined) return { key: Buffer.from(opened, 'base64url'), current: index === 0 };
		}
		return undefined;
	}
}
