// Run at start, before circles are restored: seals what an older version stored readable (open circles' titles,
// plans, join codes, snapshots and event payloads), redacts closed circles' titles, and finishes a secret rotation.
import { redact } from '../../src/lib/harvest/redaction';
import { isSealed } from '../crypto/sealing';
import type { Keyring } from './circle-keys';
import { getCircle, openCircleTexts } from './circles';
import { forgetDeletedRows, inTransaction, type Database } from './database';

export interface UpgradeReport {
	/** Open circles whose plaintext rows were sealed under a new data key. */
	sealed: number;
	/** Data keys moved from the previous secret to the current one. */
	rewrapped: number;
	/** Circles whose key neither secret opens: they cannot be restored (docs/operations.md, "a lost secret"). */
	unreadable: string[];
}

export async function upgradeAtRest(db: Database, keyring: Keyring, now: number): Promise<UpgradeReport> {
	const { rewrapped, unreadable } = await keyring.rewrapWithCurrent(db);
	// Join-code lookups use the current secret's key: re-hash the codes of the circles just moved to it.
	for (const id of rewrapped) {
		const circle = await getCircle(db, id);
		const code = circle && (await openCircleTexts(db, keyring, circle)).joinCode;
		if (code) await db.updateTable('circles').set({ join_code: keyring.secret.joinCodeHash(code) }).where('id', '=', id).execute();
	}
	// Open circles, and closed ones whose log an older version never purged (the sweep drafts their harvest from it).
	const legacy = await db
		.selectFrom('circles')
		.select('id')
		.where((eb) => eb.not(eb.exists(eb.selectFrom('circle_keys').select('circle_keys.circle_id').whereRef('circle_keys.circle_id', '=', 'circles.id'))))
		.where((eb) =>
			eb.or([
				eb('status', '<>', 'closed'),
				eb.exists(eb.selectFrom('circle_snapshots').select('circle_snapshots.circle_id').whereRef('circle_snapshots.circle_id', '=', 'circles.id')),
				eb.exists(eb.selectFrom('circle_events').select('circle_events.circle_id').whereRef('circle_events.circle_id', '=', 'circles.id'))
			])
		)
		.orderBy('id')
		.execute();
	for (const { id } of legacy) await sealLegacyCircle(db, keyring, id, now);
	// Closed before this version: their titles were kept as typed. No roster is left to redact them with, so the general layers run.
	const closed = await db.selectFrom('circles').select(['id', 'title']).where('status', '=', 'closed').where('plan_json', '<>', '').execute();
	for (const row of closed) {
		const title = isSealed(row.title) ? row.title : redact(row.title, { roster: [] }).text;
		await db.updateTable('circles').set({ title, plan_json: '' }).where('id', '=', row.id).execute();
	}
	// The plaintext rows just replaced must not linger in the WAL or as dead tuples. Backups taken before stay readable.
	if (legacy.length > 0 || closed.length > 0) await forgetDeletedRows(db, ['circles', 'circle_snapshots', 'circle_events']);
	return { sealed: legacy.length, rewrapped: rewrapped.length, unreadable };
}

async function sealLegacyCircle(db: Database, keyring: Keyring, id: string, now: number): Promise<void> {
	await inTransaction(db, async (trx) => {
		const row = await trx.selectFrom('circles').select(['title', 'plan_json', 'join_code']).where('id', '=', id).executeTakeFirstOrThrow();
		const vault = keyring.newVault(id);
		await keyring.store(trx, vault, now);
		await trx
			.updateTable('circles')
			.set({
				title: vault.seal('title', row.title),
				plan_json: vault.seal('plan', row.plan_json),
				join_code: row.join_code === null ? null : keyring.secret.joinCodeHash(row.join_code),
				join_code_sealed: row.join_code === null ? null : vault.seal('join-code', row.join_code)
			})
			.where('id', '=', id)
			.execute();
		const snapshot = await trx.selectFrom('circle_snapshots').select('snapshot_json').where('circle_id', '=', id).executeTakeFirst();
		if (snapshot && !isSealed(snapshot.snapshot_json)) {
			await trx.updateTable('circle_snapshots').set({ snapshot_json: vault.seal('snapshot', snapshot.snapshot_json) }).where('circle_id', '=', id).execute();
		}
		const events = await trx.selectFrom('circle_events').select(['seq', 'payload_json']).where('circle_id', '=', id).execute();
		for (const event of events) {
			if (isSealed(event.payload_json)) continue;
			await trx
				.updateTable('circle_events')
				.set({ payload_json: vault.seal('event', event.payload_json) })
				.where('circle_id', '=', id)
				.where('seq', '=', event.seq)
				.execute();
		}
	});
}
