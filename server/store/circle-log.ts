// The durable record of a running circle: an append-only event log and the latest machine snapshot.
// A command is acknowledged only after `appendEvent` commits, so what a participant saw survives a crash.
// Snapshots and event payloads are stored sealed with the circle's data key; these functions seal and open them.
import type { Selectable } from 'kysely';
import type { CircleVault } from './circle-keys';
import { inTransaction, type Database } from './database';
import type { CircleEventsTable, CircleSnapshotsTable } from './schema';
import { isUniqueViolation } from './unique-violations';

export interface CircleEvent {
	circleId: string;
	seq: number;
	/** The client's id for the command, so a retried command is recognized; null for server-originated events. */
	commandId: string | null;
	type: string;
	actorRole: string;
	payloadJson: string;
	at: number;
}

export interface SnapshotInput {
	seq: number;
	machineVersion: number;
	json: string;
}

export interface CircleSnapshot extends SnapshotInput {
	circleId: string;
	updatedAt: number;
}

export type AppendEventResult =
	| { ok: true }
	/** The command already ran: answer the retry from `existing` instead of running it twice. */
	| { ok: false; error: { code: 'duplicate_command'; message: string; existing: CircleEvent } }
	/** Another event holds this seq: the writer's view of the circle is stale. */
	| { ok: false; error: { code: 'seq_taken'; message: string } };

/**
 * Writes the event and replaces the circle's snapshot in one transaction: both land or neither does.
 * The snapshot is written first so that a rejected event (repeated seq or command) also undoes it,
 * which is exactly what the transaction is for. Pass the root database, not a transaction (Kysely
 * refuses nesting): a rejected insert aborts a PostgreSQL transaction, and the rejection is
 * classified by a read after the rollback.
 */
export async function appendEvent(db: Database, vault: CircleVault, event: CircleEvent, snapshot: SnapshotInput): Promise<AppendEventResult> {
	try {
		await db.transaction().execute(async (trx) => {
			await upsertSnapshot(trx, vault, snapshot, event.at);
			await trx
				.insertInto('circle_events')
				.values({
					circle_id: event.circleId,
					seq: event.seq,
					command_id: event.commandId,
					type: event.type,
					actor_role: event.actorRole,
					payload_json: vault.seal('event', event.payloadJson),
					at: event.at
				})
				.execute();
		});
	} catch (error) {
		if (!isUniqueViolation(error)) throw error;
		// Read after the rollback: on PostgreSQL the failed transaction accepts no more queries.
		const existing = event.commandId === null ? undefined : await findEventByCommandId(db, vault, event.commandId);
		if (existing !== undefined) {
			return { ok: false, error: { code: 'duplicate_command', message: 'This command was already applied.', existing } };
		}
		return { ok: false, error: { code: 'seq_taken', message: `Event ${event.seq} of this circle is already recorded.` } };
	}
	return { ok: true };
}

/** Replaces the snapshot without an event, e.g. the circle's first state when it opens. */
export async function saveSnapshot(db: Database, vault: CircleVault, snapshot: SnapshotInput, now: number): Promise<void> {
	await upsertSnapshot(db, vault, snapshot, now);
}

export async function loadSnapshot(db: Database, vault: CircleVault): Promise<CircleSnapshot | undefined> {
	const row = await db.selectFrom('circle_snapshots').selectAll().where('circle_id', '=', vault.circleId).executeTakeFirst();
	return row && { ...toSnapshot(row), json: vault.open('snapshot', row.snapshot_json) };
}

/** The snapshots of several circles in one query (the restore at start), opened; circles without one are absent. */
export async function loadSnapshots(db: Database, vaults: readonly CircleVault[]): Promise<Map<string, CircleSnapshot>> {
	if (vaults.length === 0) return new Map();
	const byId = new Map(vaults.map((vault) => [vault.circleId, vault]));
	const rows = await db.selectFrom('circle_snapshots').selectAll().where('circle_id', 'in', [...byId.keys()]).execute();
	return new Map(rows.map((row) => [row.circle_id, { ...toSnapshot(row), json: byId.get(row.circle_id)!.open('snapshot', row.snapshot_json) }]));
}

/** The circle's events after `afterSeq`, in seq order (pass -1 or 0 for all, seqs being positive). */
export async function listEvents(db: Database, vault: CircleVault, afterSeq: number): Promise<CircleEvent[]> {
	const rows = await db
		.selectFrom('circle_events')
		.selectAll()
		.where('circle_id', '=', vault.circleId)
		.where('seq', '>', afterSeq)
		.orderBy('seq')
		.execute();
	return rows.map((row) => toEvent(vault, row));
}

export async function findEventByCommandId(db: Database, vault: CircleVault, commandId: string): Promise<CircleEvent | undefined> {
	const row = await db
		.selectFrom('circle_events')
		.selectAll()
		.where('circle_id', '=', vault.circleId)
		.where('command_id', '=', commandId)
		.executeTakeFirst();
	return row && toEvent(vault, row);
}

/**
 * Deletes the circle's events and snapshot. They hold the roster (names, pronouns) and "stays in
 * the circle" texts, which must not outlive the circle by more than a few minutes. Returns the events removed.
 */
export async function purgeCircleLog(db: Database, circleId: string): Promise<number> {
	return inTransaction(db, async (trx) => {
		await trx.deleteFrom('circle_snapshots').where('circle_id', '=', circleId).execute();
		const result = await trx.deleteFrom('circle_events').where('circle_id', '=', circleId).executeTakeFirst();
		return Number(result.numDeletedRows);
	});
}

async function upsertSnapshot(db: Database, vault: CircleVault, snapshot: SnapshotInput, now: number): Promise<void> {
	const circleId = vault.circleId;
	const values = {
		seq: snapshot.seq,
		machine_version: snapshot.machineVersion,
		snapshot_json: vault.seal('snapshot', snapshot.json),
		updated_at: now
	};
	await db
		.insertInto('circle_snapshots')
		.values({ circle_id: circleId, ...values })
		.onConflict((oc) => oc.column('circle_id').doUpdateSet(values))
		.execute();
}

function toEvent(vault: CircleVault, row: Selectable<CircleEventsTable>): CircleEvent {
	return {
		circleId: row.circle_id,
		seq: row.seq,
		commandId: row.command_id,
		type: row.type,
		actorRole: row.actor_role,
		payloadJson: vault.open('event', row.payload_json),
		at: row.at
	};
}

function toSnapshot(row: Selectable<CircleSnapshotsTable>): CircleSnapshot {
	return {
		circleId: row.circle_id,
		seq: row.seq,
		machineVersion: row.machine_version,
		json: row.snapshot_json,
		updatedAt: row.updated_at
	};
}
