// What happens to a circle's data once it closes: the harvest draft is built from the final context, then the
// log that held the roster is purged. Run at close by the registry and, for anything missed, by the sweep job.
import type { FastifyBaseLogger } from 'fastify';
import { contextOf, lifecycle, restoreCircle, type Circle } from '../../src/lib/protocol';
import type { Clock } from '../clock';
import { loadSnapshot, purgeCircleLog } from '../store/circle-log';
import { getCircle, setCircleStatus } from '../store/circles';
import type { Database } from '../store/database';
import { hasHarvest, insertDraft } from '../store/harvests';
import { circleProgramId } from '../store/programs';
import { buildDraft, rosterOf } from './draft';
import { nameHashes, newNameSalt } from './name-hashes';

export interface CloseOutDeps {
	db: Database;
	clock: Clock;
	log: FastifyBaseLogger;
}

/**
 * Writes the harvest draft of a closed circle unless it has one. A failure is logged (by circle id only) and
 * swallowed: the purge that follows must run anyway, since keeping names is worse than losing a summary.
 */
export async function draftHarvest({ db, clock, log }: CloseOutDeps, circleId: string, circle: Circle): Promise<void> {
	try {
		if (await hasHarvest(db, circleId)) return;
		const row = await getCircle(db, circleId);
		if (!row) return;
		const ctx = contextOf(circle);
		const harvest = buildDraft(ctx, {
			circleId,
			title: row.title,
			programId: await circleProgramId(db, circleId),
			closedAt: row.closedAt ?? clock.now()
		});
		const salt = newNameSalt();
		await insertDraft(db, { harvest, nameSalt: salt, nameHashes: nameHashes(rosterOf(ctx), salt), now: clock.now() });
	} catch (err) {
		log.error({ err, circleId }, 'harvest draft failed; the circle log is purged anyway');
	}
}

/** Circles whose log outlived their close: closed ones with a snapshot or events left, and closed snapshots whose status was never written. */
async function unpurgedCircles(db: Database): Promise<{ id: string; status: string }[]> {
	return db
		.selectFrom('circles')
		.select(['id', 'status'])
		.where((eb) =>
			eb.or([
				eb.exists(eb.selectFrom('circle_snapshots').select('circle_snapshots.circle_id').whereRef('circle_snapshots.circle_id', '=', 'circles.id')),
				eb.exists(eb.selectFrom('circle_events').select('circle_events.circle_id').whereRef('circle_events.circle_id', '=', 'circles.id'))
			])
		)
		.orderBy('id')
		.execute();
}

/**
 * Finds circles that closed without their clean-up (the server stopped mid-close or was down), drafts their harvest
 * from the last snapshot and purges their log. `isHosted` says which circles a live host still owns: those are left alone.
 * Returns how many circles were purged.
 */
export async function sweepClosedCircles(deps: CloseOutDeps, isHosted: (id: string) => boolean): Promise<number> {
	const { db, clock } = deps;
	let purged = 0;
	for (const { id, status } of await unpurgedCircles(db)) {
		if (isHosted(id)) continue;
		const stored = await loadSnapshot(db, id);
		let circle: Circle | undefined;
		try {
			circle = stored && restoreCircle(JSON.parse(stored.json));
		} catch {
			circle = undefined;
		}
		const closed = status === 'closed' || (circle !== undefined && lifecycle(circle) === 'closed');
		if (!closed) continue;
		if (status !== 'closed') await setCircleStatus(db, id, 'closed', clock.now());
		if (circle) await draftHarvest(deps, id, circle);
		await purgeCircleLog(db, id);
		purged += 1;
	}
	return purged;
}
