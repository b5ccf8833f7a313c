// Runs the schema migrations at startup, from a static list so it also works when the server is bundled.
// Kysely's Migrator records what ran and holds a lock, so several processes starting at once are safe.
import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type { StoreDialect } from '../database';
import * as initial from './0001-initial';
import * as linkEpochs from './0002-link-epochs';
import * as harvests from './0003-harvests';
import * as plans from './0004-plans';
import * as sealedAtRest from './0005-sealed-at-rest';
import * as releases from './0006-releases';
import * as passkeys from './0009-passkeys';

/** A migration written once for both dialects; the dialect is passed for the rare unavoidable branch. */
interface PortableMigration {
	up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void>;
	down?(db: Kysely<unknown>, dialect: StoreDialect): Promise<void>;
}

/** Every migration, keyed by name. Kysely applies them in name order, so names start with a sequence number. */
const MIGRATIONS: Record<string, PortableMigration> = {
	'0001-initial': initial,
	'0002-link-epochs': linkEpochs,
	'0003-harvests': harvests,
	'0004-plans': plans,
	'0005-sealed-at-rest': sealedAtRest,
	'0006-releases': releases,
	'0009-passkeys': passkeys
};

export class MigrationError extends Error {
	readonly code = 'migration_failed';
	constructor(
		readonly migrationName: string | undefined,
		options: { cause: unknown }
	) {
		super(`Database migration ${migrationName ?? '(setup)'} failed; the schema was left at the last good migration.`, options);
		this.name = 'MigrationError';
	}
}

/**
 * Brings the schema up to date and returns the names of the migrations that ran now.
 * `migrationTableSchema` pins Kysely's bookkeeping tables on PostgreSQL: without it, Kysely's
 * existence check would see the tables of another schema in the same database.
 */
export async function migrateToLatest(
	db: Kysely<unknown>,
	dialect: StoreDialect,
	migrationTableSchema?: string
): Promise<string[]> {
	const migrator = new Migrator({
		db,
		migrationTableSchema,
		provider: {
			async getMigrations() {
				return Object.fromEntries(
					Object.entries(MIGRATIONS).map(([name, { up, down }]): [string, Migration] => [
						name,
						{ up: (target) => up(target, dialect), down: down && ((target) => down(target, dialect)) }
					])
				);
			}
		}
	});
	const { error, results = [] } = await migrator.migrateToLatest();
	if (error !== undefined) {
		const failed = results.find((result) => result.status === 'Error');
		throw new MigrationError(failed?.migrationName, { cause: error });
	}
	return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
