// Passkeys of accounts: the credential id, public key, signature counter and transports the browser reported,
// a name the person chose, and when it was made and last used. Nothing biometric exists here: the device keeps that.
import type { Selectable } from 'kysely';
import type { Database } from './database';
import type { PasskeysTable } from './schema';

export interface Passkey {
	id: string;
	accountId: string;
	publicKey: Uint8Array<ArrayBuffer>;
	counter: number;
	transports: string[];
	name: string;
	createdAt: number;
	lastUsedAt: number | null;
}

export type NewPasskey = Omit<Passkey, 'lastUsedAt'>;

export async function addPasskey(db: Database, passkey: NewPasskey): Promise<Passkey> {
	await db
		.insertInto('passkeys')
		.values({
			id: passkey.id,
			account_id: passkey.accountId,
			public_key: Buffer.from(passkey.publicKey).toString('base64url'),
			counter: passkey.counter,
			transports: JSON.stringify(passkey.transports),
			name: passkey.name,
			created_at: passkey.createdAt,
			last_used_at: null
		})
		.execute();
	return { ...passkey, lastUsedAt: null };
}

export async function findPasskey(db: Database, id: string): Promise<Passkey | undefined> {
	const row = await db.selectFrom('passkeys').selectAll().where('id', '=', id).executeTakeFirst();
	return row && toPasskey(row);
}

/** Oldest first, so the list on the account page keeps its order. */
export async function listPasskeys(db: Database, accountId: string): Promise<Passkey[]> {
	const rows = await db.selectFrom('passkeys').selectAll().where('account_id', '=', accountId).orderBy('created_at').orderBy('id').execute();
	return rows.map(toPasskey);
}

/**
 * Records a sign-in: the new counter and the time. The update only lands if the stored counter is still the one
 * the check was made against, so two sign-ins racing with a cloned key cannot both move it. Returns whether it landed.
 */
export async function recordPasskeyUse(db: Database, id: string, expectedCounter: number, newCounter: number, now: number): Promise<boolean> {
	const result = await db.updateTable('passkeys').set({ counter: newCounter, last_used_at: now }).where('id', '=', id).where('counter', '=', expectedCounter).executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

/** How many passkeys each account has, for the admin's list of people; accounts without any are absent. */
export async function countPasskeysByAccount(db: Database): Promise<Map<string, number>> {
	const rows = await db
		.selectFrom('passkeys')
		.select((eb) => ['account_id', eb.fn.countAll<number>().as('count')])
		.groupBy('account_id')
		.execute();
	return new Map(rows.map((row) => [row.account_id, Number(row.count)]));
}

export async function renamePasskey(db: Database, accountId: string, id: string, name: string): Promise<boolean> {
	const result = await db.updateTable('passkeys').set({ name }).where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

export async function deletePasskey(db: Database, accountId: string, id: string): Promise<boolean> {
	const result = await db.deleteFrom('passkeys').where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
	return result.numDeletedRows > 0n;
}

export async function deletePasskeysForAccount(db: Database, accountId: string): Promise<number> {
	const result = await db.deleteFrom('passkeys').where('account_id', '=', accountId).executeTakeFirst();
	return Number(result.numDeletedRows);
}

function toPasskey(row: Selectable<PasskeysTable>): Passkey {
	return {
		id: row.id,
		accountId: row.account_id,
		publicKey: new Uint8Array(Buffer.from(row.public_key, 'base64url')),
		counter: Number(row.counter),
		transports: JSON.parse(row.transports) as string[],
		name: row.name,
		createdAt: Number(row.created_at),
		lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at)
	};
}
