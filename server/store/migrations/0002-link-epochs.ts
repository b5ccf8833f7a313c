// Circles count how often their QR and screen links were replaced, so the server can show the current
// links again (they are derived from a secret and this number) without storing the raw tokens.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('circles').addColumn('links_epoch', 'integer', (col) => col.notNull().defaultTo(0)).execute();
}
