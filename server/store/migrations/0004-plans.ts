// The keeper's plan library: plans a keeper saved (from a template or from scratch), to start circles from later.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('plans')
		.addColumn('id', 'text', (col) => col.primaryKey())
		// No foreign key to accounts, like circles: the owner check is done by every query.
		.addColumn('owner_account_id', 'text', (col) => col.notNull())
		.addColumn('title', 'text', (col) => col.notNull())
		.addColumn('plan_json', 'text', (col) => col.notNull())
		.addColumn('created_at', 'bigint', (col) => col.notNull())
		.addColumn('updated_at', 'bigint', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('plans_owner_account_id').on('plans').column('owner_account_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('plans').execute();
}
