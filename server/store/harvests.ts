// Stored harvests: one anonymized summary per closed circle, its review status, and when it expires.
// What is written here has already been redacted; this module never sees a name.
import type { Selectable } from 'kysely';
import type { Harvest, HarvestStatus } from '../../src/lib/wire/harvest';
import { inTransaction, type Database } from './database';
import { deleteReleasedCircle } from './releases';
import type { HarvestsTable } from './schema';

export interface StoredHarvest {
	harvest: Harvest;
	/** Keyed hashes of the roster's name words, to redact keepers' edits without keeping the names; empty once approved. */
	nameHashes: string[];
	createdAt: number;
	approvedBy: string | null;
	expiresAt: number | null;
}

/** Writes the draft unless the circle already has a harvest (the close and the sweep may both get here). */
export async function insertDraft(db: Database, draft: { harvest: Harvest; nameHashes: string[]; now: number }): Promise<boolean> {
	const result = await db
		.insertInto('harvests')
		.values({
			circle_id: draft.harvest.circleId,
			program_id: draft.harvest.programId,
			status: 'draft',
			harvest_json: JSON.stringify(draft.harvest),
			name_hashes: JSON.stringify(draft.nameHashes),
			created_at: draft.now,
			approved_at: null,
			approved_by: null,
			expires_at: null
		})
		.onConflict((oc) => oc.column('circle_id').doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function getHarvest(db: Database, circleId: string): Promise<StoredHarvest | undefined> {
	const row = await db.selectFrom('harvests').selectAll().where('circle_id', '=', circleId).executeTakeFirst();
	return row && toStored(row);
}

export async function hasHarvest(db: Database, circleId: string): Promise<boolean> {
	return (await db.selectFrom('harvests').select('circle_id').where('circle_id', '=', circleId).executeTakeFirst()) !== undefined;
}

/** Replaces the texts of a draft or withdrawn harvest; false when it is approved (withdraw first) or gone. */
export async function saveEdit(db: Database, harvest: Harvest): Promise<boolean> {
	const result = await db
		.updateTable('harvests')
		.set({ harvest_json: JSON.stringify(harvest) })
		.where('circle_id', '=', harvest.circleId)
		.where('status', '<>', 'approved')
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

/**
 * Approval ends the name hashes' use: from then on nothing keyed to the roster remains, and an edit after a
 * withdrawal is redacted by the general layers only.
 */
export async function forgetNameHashes(db: Database, circleId: string): Promise<void> {
	await db.updateTable('harvests').set({ name_hashes: '[]' }).where('circle_id', '=', circleId).execute();
}

/** Drafts nobody approved, written before `createdBefore`: the expiry job deletes them with their name hashes. */
export async function listStaleDrafts(db: Database, createdBefore: number): Promise<string[]> {
	const rows = await db
		.selectFrom('harvests')
		.select('circle_id')
		.where('status', '=', 'draft')
		.where('created_at', '<', createdBefore)
		.orderBy('circle_id')
		.execute();
	return rows.map((row) => row.circle_id);
}

export async function setStatus(
	db: Database,
	circleId: string,
	change: { status: HarvestStatus; approvedAt?: number | null; approvedBy?: string | null; expiresAt?: number | null }
): Promise<void> {
	await db
		.updateTable('harvests')
		.set({
			status: change.status,
			...(change.approvedAt !== undefined ? { approved_at: change.approvedAt } : {}),
			...(change.approvedBy !== undefined ? { approved_by: change.approvedBy } : {}),
			...(change.expiresAt !== undefined ? { expires_at: change.expiresAt } : {})
		})
		.where('circle_id', '=', circleId)
		.execute();
}

export interface HarvestFilter {
	/** A program, or null for circles outside any program; absent for all. */
	programId?: string | null;
	/** closedAt bounds, epoch ms, inclusive. */
	from?: number;
	to?: number;
}

/** Approved harvests not yet expired at `now`, newest circle first: all that organizers may see. */
export async function listApproved(db: Database, now: number, filter: HarvestFilter = {}): Promise<Harvest[]> {
	let query = db
		.selectFrom('harvests')
		.selectAll()
		.where('status', '=', 'approved')
		.where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]));
	if (filter.programId !== undefined) query = query.where('program_id', filter.programId === null ? 'is' : '=', filter.programId);
	const rows = await query.orderBy('created_at', 'desc').orderBy('circle_id').execute();
	return rows
		.map((row) => toStored(row).harvest)
		.filter((h) => (filter.from === undefined || h.closedAt >= filter.from) && (filter.to === undefined || h.closedAt <= filter.to));
}

/** Approved harvests of one program (null: of no program) not yet expired at `now`, oldest approval first. */
export async function listApprovedInProgram(db: Database, now: number, programId: string | null): Promise<Harvest[]> {
	const rows = await db
		.selectFrom('harvests')
		.selectAll()
		.where('status', '=', 'approved')
		.where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
		.where('program_id', programId === null ? 'is' : '=', programId)
		.orderBy('approved_at')
		.orderBy('circle_id')
		.execute();
	return rows.map((row) => toStored(row).harvest);
}

/** Approved or withdrawn harvests whose retention ran out at `now`: the retention job deletes these. */
export async function listExpired(db: Database, now: number): Promise<string[]> {
	const rows = await db
		.selectFrom('harvests')
		.select('circle_id')
		.where('status', 'in', ['approved', 'withdrawn'])
		.where('expires_at', 'is not', null)
		.where('expires_at', '<=', now)
		.orderBy('circle_id')
		.execute();
	return rows.map((row) => row.circle_id);
}

/** Deletes the harvest and its sealed row in any release; the release's batch totals stay (src/lib/harvest/release.ts). */
export async function deleteHarvest(db: Database, circleId: string): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		await deleteReleasedCircle(trx, circleId);
		const result = await trx.deleteFrom('harvests').where('circle_id', '=', circleId).executeTakeFirst();
		return result.numDeletedRows > 0n;
	});
}

function toStored(row: Selectable<HarvestsTable>): StoredHarvest {
	const body = JSON.parse(row.harvest_json) as Harvest;
	return {
		// The columns are the truth for review state; the JSON holds the summary.
		harvest: { ...body, programId: row.program_id, status: row.status as HarvestStatus, approvedAt: row.approved_at },
		nameHashes: JSON.parse(row.name_hashes) as string[],
		createdAt: row.created_at,
		approvedBy: row.approved_by,
		expiresAt: row.expires_at
	};
}
