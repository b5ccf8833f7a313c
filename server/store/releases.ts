// Stored releases: each program's numbered batches of sealed harvests (src/lib/harvest/release.ts). A release and
// its circles are written in one transaction and never updated; a circle's row goes only when its harvest expires.
import type { SealedBatch, SealedCircle } from '../../src/lib/harvest/batch';
import type { CountsRow } from '../../src/lib/wire/review';
import { inTransaction, type Database } from './database';
import { refused, stored, type StoreResult } from './store-result';
import { isUniqueViolation } from './unique-violations';

/** Declared here, not in schema.ts: only this module (and harvests.ts, deleting a circle's row) reads these tables. */
export interface ReleasesTable {
	/** The program id, or '' for circles outside any program. */
	program_key: string;
	number: number;
	made_at: number;
	made_by: string | null;
	circle_count: number;
	/** The batch's suppressed `CountsRow` as JSON. */
	totals_json: string;
}

export interface ReleaseCirclesTable {
	circle_id: string;
	program_key: string;
	number: number;
	/** The circle's `SealedCircle` as JSON: suppressed counts only, no text. */
	sealed_json: string;
}

// A type alias, not an interface: `withTables` needs an index signature.
export type ReleaseTables = {
	releases: ReleasesTable;
	release_circles: ReleaseCirclesTable;
};

export interface StoredRelease {
	number: number;
	madeAt: number;
	circleCount: number;
	totals: CountsRow;
}

export interface StoredReleaseCircle {
	circleId: string;
	number: number;
	sealed: SealedCircle;
}

export function releaseTables(db: Database) {
	return db.withTables<ReleaseTables>();
}

export function programKey(programId: string | null): string {
	return programId ?? '';
}

/** Every release of a program, oldest first. */
export async function listReleases(db: Database, programId: string | null): Promise<StoredRelease[]> {
	const rows = await releaseTables(db).selectFrom('releases').selectAll().where('program_key', '=', programKey(programId)).orderBy('number').execute();
	return rows.map((row) => ({ number: row.number, madeAt: row.made_at, circleCount: row.circle_count, totals: JSON.parse(row.totals_json) as CountsRow }));
}

/** The sealed rows of a program's circles in releases up to `upTo`, whatever their harvest's status now. */
export async function listReleasedCircles(db: Database, programId: string | null, upTo: number): Promise<StoredReleaseCircle[]> {
	const rows = await releaseTables(db)
		.selectFrom('release_circles')
		.selectAll()
		.where('program_key', '=', programKey(programId))
		.where('number', '<=', upTo)
		.orderBy('number')
		.orderBy('circle_id')
		.execute();
	return rows.map((row) => ({ circleId: row.circle_id, number: row.number, sealed: JSON.parse(row.sealed_json) as SealedCircle }));
}

export async function getReleasedCircle(db: Database, circleId: string): Promise<(StoredReleaseCircle & { programKey: string }) | undefined> {
	const row = await releaseTables(db).selectFrom('release_circles').selectAll().where('circle_id', '=', circleId).executeTakeFirst();
	return row && { circleId: row.circle_id, number: row.number, programKey: row.program_key, sealed: JSON.parse(row.sealed_json) as SealedCircle };
}

/** Which of these circles are already in a release (of any program), with that release's number. */
export async function releaseNumbers(db: Database, circleIds: readonly string[]): Promise<Map<string, number>> {
	if (circleIds.length === 0) return new Map();
	const rows = await releaseTables(db).selectFrom('release_circles').select(['circle_id', 'number']).where('circle_id', 'in', [...circleIds]).execute();
	return new Map(rows.map((row) => [row.circle_id, row.number]));
}

/**
 * Writes release `number` of a program with its batch. Refused when that number or one of the circles is taken:
 * another release was made at the same moment, and this one must be recomputed from what is pending now.
 */
export async function insertRelease(
	db: Database,
	release: { programId: string | null; number: number; madeAt: number; madeBy: string | null; batch: SealedBatch }
): Promise<StoreResult<StoredRelease, 'release_conflict'>> {
	const key = programKey(release.programId);
	try {
		await inTransaction(db, async (trx) => {
			const t = releaseTables(trx);
			await t
				.insertInto('releases')
				.values({ program_key: key, number: release.number, made_at: release.madeAt, made_by: release.madeBy, circle_count: release.batch.circles.length, totals_json: JSON.stringify(release.batch.totals) })
				.execute();
			await t
				.insertInto('release_circles')
				.values(release.batch.circles.map((c) => ({ circle_id: c.circleId, program_key: key, number: release.number, sealed_json: JSON.stringify(c) })))
				.execute();
		});
	} catch (error) {
		if (isUniqueViolation(error)) return refused('release_conflict', 'Another release was made at the same moment. Reload to see it.');
		throw error;
	}
	return stored({ number: release.number, madeAt: release.madeAt, circleCount: release.batch.circles.length, totals: release.batch.totals });
}

/**
 * Forgets the sealed row of any circle whose harvest is gone: one that expired while a release was being made
 * would otherwise keep its row for good. Returns how many.
 */
export async function deleteOrphanedReleasedCircles(db: Database): Promise<number> {
	const result = await db
		.withTables<ReleaseTables>()
		.deleteFrom('release_circles')
		.where('circle_id', 'not in', (eb) => eb.selectFrom('harvests').select('circle_id'))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** Forgets a circle's sealed row (its harvest expired). Its batch's totals stay: see src/lib/harvest/release.ts. */
export async function deleteReleasedCircle(db: Database, circleId: string): Promise<void> {
	await releaseTables(db).deleteFrom('release_circles').where('circle_id', '=', circleId).execute();
}
