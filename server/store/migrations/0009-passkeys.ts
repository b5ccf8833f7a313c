// Passkeys (WebAuthn credentials) of accounts, their one-use challenges, the roles that must use them, and
// single-use recovery links an admin makes when a device is lost. Sessions remember which passkey signed them in.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('passkeys')
		// The credential id as base64url: what the authenticator names the key by.
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
		.addColumn('public_key', 'text', (col) => col.notNull())
		.addColumn('counter', 'bigint', (col) => col.notNull())
		.addColumn('transports', 'text', (col) => col.notNull())
		.addColumn('name', 'text', (col) => col.notNull())
		.addColumn('created_at', 'bigint', (col) => col.notNull())
		.addColumn('last_used_at', 'bigint')
		.execute();
	await db.schema.createIndex('passkeys_account_id').on('passkeys').column('account_id').execute();

	await db.schema
		.createTable('webauthn_challenges')
		// SHA-256 of the random id in the browser's short-lived cookie: the challenge is bound to that browser.
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('challenge', 'text', (col) => col.notNull())
		.addColumn('purpose', 'text', (col) => col.notNull())
		.addColumn('context_json', 'text', (col) => col.notNull())
		.addColumn('expires_at', 'bigint', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('webauthn_challenges_expires_at').on('webauthn_challenges').column('expires_at').execute();

	await db.schema.createTable('passkey_required_roles').addColumn('role', 'text', (col) => col.primaryKey()).execute();

	await db.schema
		.createTable('recovery_links')
		.addColumn('token_hash', 'text', (col) => col.primaryKey())
		.addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
		.addColumn('created_by', 'text', (col) => col.notNull())
		.addColumn('created_at', 'bigint', (col) => col.notNull())
		.addColumn('expires_at', 'bigint', (col) => col.notNull())
		.addColumn('used_at', 'bigint')
		.execute();

	// Null for password sign-ins; lets removing a passkey end the sessions it opened.
	await db.schema.alterTable('sessions').addColumn('passkey_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('sessions').dropColumn('passkey_id').execute();
	for (const table of ['recovery_links', 'passkey_required_roles', 'webauthn_challenges', 'passkeys']) {
		await db.schema.dropTable(table).execute();
	}
}
