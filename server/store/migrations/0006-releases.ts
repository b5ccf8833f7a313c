// Releases (issue 8): numbered, sealed batches of a program's approved harvests, the only aggregates organizers read.
// A release's row holds its batch's suppressed totals; each circle's sealed row is kept until its harvest expires.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('releases')
		// The program's id, or '' for circles outside any program: a primary key column cannot be null.
		.addColumn('program_key', 'text', (col) => col.notNull())
		.addColumn('number', 'integer', (col) => col.notNull())
		.addColumn('made_at', 'bigint', (col) => col.notNull())
		.addColumn('made_by', 'text')
		.addColumn('circle_count', 'integer', (col) => col.notNull())
		.addColumn('totals_json', 'text', (col) => col.notNull())
		.addPrimaryKeyConstraint('releases_pkey', ['program_key', 'number'])
		.execute();

	await db.schema
		.createTable('release_circles')
		// One batch per circle, ever: the primary key is what stops a circle being counted in two releases.
		.addColumn('circle_id', 'text', (col) => col.primaryKey())
		.addColumn('program_key', 'text', (col) => col.notNull())
		.addColumn('number', 'integer', (col) => col.notNull())
		.addColumn('sealed_json', 'text', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('release_circles_release').on('release_circles').columns(['program_key', 'number']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('release_circles').execute();
	await db.schema.dropTable('releases').execute();
}
