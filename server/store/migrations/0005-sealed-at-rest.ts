// Encryption at rest: each circle's data key (wrapped), the sealed join code beside its lookup hash, and harvest name
// hashes keyed by the outside secret. The old salted hashes were an offline oracle, so they are dropped, not kept.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('circle_keys')
		.addColumn('circle_id', 'text', (col) => col.primaryKey().references('circles.id').onDelete('cascade'))
		.addColumn('wrapped_key', 'text', (col) => col.notNull())
		.addColumn('created_at', 'bigint', (col) => col.notNull())
		.execute();
	// The join code itself, sealed with the circle's key so it can be shown again; `join_code` becomes its keyed hash.
	await db.schema.alterTable('circles').addColumn('join_code_sealed', 'text').execute();
	await db.schema.alterTable('harvests').dropColumn('name_salt').execute();
	await sql`update harvests set name_hashes = '[]'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('harvests').addColumn('name_salt', 'text', (col) => col.notNull().defaultTo('')).execute();
	await db.schema.alterTable('circles').dropColumn('join_code_sealed').execute();
	await db.schema.dropTable('circle_keys').execute();
}
