// What happens to a circle's data once it closes: the harvest draft is built from the final context, the title is
// kept only as redacted, the log that held the roster is purged and the circle's data key is shredded, which makes
// every other copy (WAL, free pages, dead tuples, backups) unreadable. Run at close and, for anything missed, by the sweep.
import type { FastifyBaseLogger } from 'fastify';
import { redact } from '../../src/lib/harvest/redaction';
import { contextOf, lifecycle, restoreCircle, rosterNames, type Circle } from '../../src/lib/protocol';
import type { Clock } from '../clock';
import { loadSnapshot, purgeCircleLog } from '../store/circle-log';
import type { Keyring } from '../store/circle-keys';
import { getCircle, openCircleTexts, setCircleStatus, setClosedTitle } from '../store/circles';
import { forgetDeletedRows, type Database } from '../store/database';
import { hasHarvest, insertDraft } from '../store/harvests';
import { circleProgramId } from '../store/programs';
import { buildDraft } from './draft';
import { nameHashes } from './name-hashes';

export interface CloseOutDeps {
	db: Database;
	keyring: Keyring;
	clock: Clock;
	log: FastifyBaseLogger;
}

/**
 * Drafts the harvest (unless there is one), rewrites the title redacted, purges the log and shreds the key, in that
 * order: each step needs what the next one deletes. `circle` is the final state, when it could still be read.
 */
export async function finishClose(deps: CloseOutDeps, circleId: string, circle: Circle | undefined): Promise<void> {
	const { db, keyring } = deps;
	const roster = circle ? rosterNames(contextOf(circle)) : [];
	if (circle) await draftHarvest(deps, circleId, circle);
	const row = await getCircle(db, circleId);
	if (row) await setClosedTitle(db, circleId, redact((await openCircleTexts(db, keyring, row)).title, { roster }).text);
	await purgeCircleLog(db, circleId);
	await keyring.shred(db, circleId);
	await forgetDeletedRows(db, ['circle_keys']);
}

/**
 * Writes the harvest draft of a closed circle unless it has one. A failure is logged (by circle id only) and
 * swallowed: the purge that follows must run anyway, since keeping names is worse than losing a summary.
 */
async function draftHarvest({ db, keyring, clock, log }: CloseOutDeps, circleId: string, circle: Circle): Promise<void> {
	try {
		if (await hasHarvest(db, circleId)) return;
		const row = await getCircle(db, circleId);
		if (!row) return;
		const ctx = contextOf(circle);
		const harvest = buildDraft(ctx, {
			circleId,
			title: (await openCircleTexts(db, keyring, row)).title,
			programId: await circleProgramId(db, circleId),
			closedAt: row.closedAt ?? clock.now()
		});
		const hashes = nameHashes(rosterNames(ctx), keyring.secret.nameHashKeys(circleId)[0]!);
		await insertDraft(db, { harvest, nameHashes: hashes, now: clock.now() });
	} catch (err) {
		log.error({ err, circleId }, 'harvest draft failed; the circle log is purged anyway');
	}
}

/** Closed circles whose clean-up did not finish (a log or a key left), and closed snapshots whose status was never written. */
async function unpurgedCircles(db: Database): Promise<{ id: string; status: string }[]> {
	return db
		.selectFrom('circles')
		.select(['id', 'status'])
		.where((eb) =>
			eb.or([
				eb.exists(eb.selectFrom('circle_snapshots').select('circle_snapshots.circle_id').whereRef('circle_snapshots.circle_id', '=', 'circles.id')),
				eb.exists(eb.selectFrom('circle_events').select('circle_events.circle_id').whereRef('circle_events.circle_id', '=', 'circles.id')),
				eb.and([
					eb('status', '=', 'closed'),
					eb.exists(eb.selectFrom('circle_keys').select('circle_keys.circle_id').whereRef('circle_keys.circle_id', '=', 'circles.id'))
				])
			])
		)
		.orderBy('id')
		.execute();
}

/**
 * Finds circles that closed without their clean-up (the server stopped mid-close or was down), drafts their harvest
 * from the last snapshot, purges their log and shreds their key. `isHosted` says which circles a live host still owns:
 * those are left alone. Returns how many circles were finished.
 */
export async function sweepClosedCircles(deps: CloseOutDeps, isHosted: (id: string) => boolean): Promise<number> {
	const { db, keyring, clock } = deps;
	let purged = 0;
	for (const { id, status } of await unpurgedCircles(db)) {
		if (isHosted(id)) continue;
		const vault = await keyring.vault(db, id);
		let circle: Circle | undefined;
		try {
			const stored = vault && (await loadSnapshot(db, vault));
			circle = stored && restoreCircle(JSON.parse(stored.json));
		} catch {
			circle = undefined;
		}
		const closed = status === 'closed' || (circle !== undefined && lifecycle(circle) === 'closed');
		if (!closed) continue;
		if (status !== 'closed') await setCircleStatus(db, id, 'closed', clock.now());
		await finishClose(deps, id, circle);
		purged += 1;
	}
	return purged;
}
