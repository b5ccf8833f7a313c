// The first schema: accounts and sessions, circles with their access tokens, the circle log, join attempts.
// Written once for SQLite and PostgreSQL with portable types; the dialect only picks the auto-increment id.
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../database';

export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
	await db.schema
		.createTable('accounts')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('email', 'text', (col) => col.notNull().unique())
		.addColumn('password_hash', 'text', (col) => col.notNull())
		.addColumn('roles', 'text', (col) => col.notNull())
		.addColumn('created_at', 'bigint', (col) => col.notNull())
		.execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
		.addColumn('created_at', 'bigint', (col) => col.notNull())
		.addColumn('expires_at', 'bigint', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('sessions_account_id').on('sessions').column('account_id').execute();
	await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();

	await db.schema
		.createTable('circles')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('owner_account_id', 'text', (col) => col.notNull().references('accounts.id'))
		.addColumn('co_keeper_account_id', 'text', (col) => col.references('accounts.id').onDelete('set null'))
		.addColumn('title', 'text', (col) => col.notNull())
		.addColumn('plan_json', 'text', (col) => col.notNull())
		.addColumn('status', 'text', (col) => col.notNull())
		.addColumn('join_code', 'text', (col) => col.unique())
		.addColumn('qr_token_hash', 'text', (col) => col.unique())
		.addColumn('screen_token_hash', 'text', (col) => col.unique())
		.addColumn('created_at', 'bigint', (col) => col.notNull())
		.addColumn('closed_at', 'bigint')
		.execute();
	await db.schema.createIndex('circles_owner_account_id').on('circles').column('owner_account_id').execute();
	await db.schema.createIndex('circles_co_keeper_account_id').on('circles').column('co_keeper_account_id').execute();
	await db.schema.createIndex('circles_status').on('circles').column('status').execute();

	await db.schema
		.createTable('seat_tokens')
		.addColumn('token_hash', 'text', (col) => col.primaryKey())
		.addColumn('circle_id', 'text', (col) => col.notNull().references('circles.id').onDelete('cascade'))
		.addColumn('seat_id', 'text', (col) => col.notNull())
		.addColumn('created_at', 'bigint', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('seat_tokens_circle_id').on('seat_tokens').column('circle_id').execute();

	await db.schema
		.createTable('circle_snapshots')
		.addColumn('circle_id', 'text', (col) => col.primaryKey().references('circles.id').onDelete('cascade'))
		.addColumn('seq', 'bigint', (col) => col.notNull())
		.addColumn('machine_version', 'integer', (col) => col.notNull())
		.addColumn('snapshot_json', 'text', (col) => col.notNull())
		.addColumn('updated_at', 'bigint', (col) => col.notNull())
		.execute();

	await db.schema
		.createTable('circle_events')
		.addColumn('circle_id', 'text', (col) => col.notNull().references('circles.id').onDelete('cascade'))
		.addColumn('seq', 'bigint', (col) => col.notNull())
		.addColumn('command_id', 'text')
		.addColumn('type', 'text', (col) => col.notNull())
		.addColumn('actor_role', 'text', (col) => col.notNull())
		.addColumn('payload_json', 'text', (col) => col.notNull())
		.addColumn('at', 'bigint', (col) => col.notNull())
		.addPrimaryKeyConstraint('circle_events_pk', ['circle_id', 'seq'])
		// NULL command ids (server-originated events) never collide: both dialects treat NULLs as distinct.
		.addUniqueConstraint('circle_events_command_id_unique', ['circle_id', 'command_id'])
		.execute();

	await db.schema
		.createTable('join_attempts')
		.addColumn('id', dialect === 'postgres' ? 'bigint' : 'integer', (col) =>
			// SQLite assigns an `integer primary key` from the rowid; PostgreSQL needs an identity column.
			dialect === 'postgres' ? col.primaryKey().generatedAlwaysAsIdentity() : col.primaryKey()
		)
		.addColumn('address_key', 'text', (col) => col.notNull())
		.addColumn('at', 'bigint', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('join_attempts_address_key_at').on('join_attempts').columns(['address_key', 'at']).execute();
	await db.schema.createIndex('join_attempts_at').on('join_attempts').column('at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['join_attempts', 'circle_events', 'circle_snapshots', 'seat_tokens', 'circles', 'sessions', 'accounts']) {
		await db.schema.dropTable(table).execute();
	}
}
