// Harvests (the anonymized summary a circle leaves behind), programs that group circles and set retention,
// single-use invites for keepers and organizers, and the audit log of who read, exported or deleted what.
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../database';

export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
	await db.schema
		.createTable('programs')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('name', 'text', (col) => col.notNull().unique())
		.addColumn('retention_days', 'integer', (col) => col.notNull())
		.addColumn('created_at', 'bigint', (col) => col.notNull())
		.execute();

	// No foreign key to programs: a circle keeps its program id even if programs are ever archived elsewhere.
	await db.schema.alterTable('circles').addColumn('program_id', 'text').execute();

	await db.schema
		.createTable('harvests')
		// No foreign key to circles either: the harvest is the one thing meant to outlive the circle's row.
		.addColumn('circle_id', 'text', (col) => col.primaryKey())
		.addColumn('program_id', 'text')
		.addColumn('status', 'text', (col) => col.notNull())
		.addColumn('harvest_json', 'text', (col) => col.notNull())
		.addColumn('name_salt', 'text', (col) => col.notNull())
		.addColumn('name_hashes', 'text', (col) => col.notNull())
		.addColumn('created_at', 'bigint', (col) => col.notNull())
		.addColumn('approved_at', 'bigint')
		.addColumn('approved_by', 'text')
		.addColumn('expires_at', 'bigint')
		.execute();
	await db.schema.createIndex('harvests_status').on('harvests').column('status').execute();
	await db.schema.createIndex('harvests_expires_at').on('harvests').column('expires_at').execute();

	await db.schema
		.createTable('invites')
		.addColumn('token_hash', 'text', (col) => col.primaryKey())
		.addColumn('role', 'text', (col) => col.notNull())
		.addColumn('email', 'text')
		.addColumn('created_by', 'text', (col) => col.notNull())
		.addColumn('created_at', 'bigint', (col) => col.notNull())
		.addColumn('expires_at', 'bigint', (col) => col.notNull())
		.addColumn('used_at', 'bigint')
		.execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', dialect === 'postgres' ? 'bigint' : 'integer', (col) =>
			dialect === 'postgres' ? col.primaryKey().generatedAlwaysAsIdentity() : col.primaryKey()
		)
		.addColumn('at', 'bigint', (col) => col.notNull())
		.addColumn('account_id', 'text')
		.addColumn('action', 'text', (col) => col.notNull())
		.addColumn('target', 'text')
		.execute();
	await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['audit_log', 'invites', 'harvests', 'programs']) await db.schema.dropTable(table).execute();
	await db.schema.alterTable('circles').dropColumn('program_id').execute();
}
