// Making a program's next release: seal every approved harvest not yet in one into a new batch, or hold the release
// back and say why. The model and why it stops differencing are in src/lib/harvest/release.ts.
import { sealBatch } from '../../src/lib/harvest/batch';
import { heldBackReason, MIN_RELEASE_CIRCLES } from '../../src/lib/harvest/release';
import type { Harvest } from '../../src/lib/wire/harvest';
import type { PendingCircles } from '../../src/lib/wire/review';
import { writeAudit } from '../store/audit';
import type { Database } from '../store/database';
import { listApprovedInProgram } from '../store/harvests';
import { insertRelease, listReleases, programKey, releaseNumbers, type StoredRelease } from '../store/releases';
import { refused, type StoreResult } from '../store/store-result';

export type ReleaseRefusal = 'release_held_back' | 'release_conflict';

/** Approved harvests of the program, within retention at `now`, that no release holds yet; oldest circle first. */
export async function pendingHarvests(db: Database, now: number, programId: string | null): Promise<Harvest[]> {
	const approved = await listApprovedInProgram(db, now, programId);
	const released = await releaseNumbers(db, approved.map((h) => h.circleId));
	return approved.filter((h) => !released.has(h.circleId)).sort((a, b) => a.closedAt - b.closedAt || a.circleId.localeCompare(b.circleId));
}

export function pendingOf(harvests: readonly Harvest[]): PendingCircles {
	return { circles: harvests.length, needed: MIN_RELEASE_CIRCLES };
}

/**
 * Makes release n + 1 of the program from everything pending, audited under the account (null: the server's job).
 * Held back, with the reason, while fewer than MIN_RELEASE_CIRCLES circles wait.
 */
export async function makeRelease(db: Database, change: { programId: string | null; now: number; accountId: string | null }): Promise<StoreResult<StoredRelease, ReleaseRefusal>> {
	const pending = await pendingHarvests(db, change.now, change.programId);
	const reason = heldBackReason(pending.length);
	if (reason !== null) return refused('release_held_back', reason);
	const earlier = await listReleases(db, change.programId);
	const number = (earlier.at(-1)?.number ?? 0) + 1;
	const made = await insertRelease(db, { programId: change.programId, number, madeAt: change.now, madeBy: change.accountId, batch: sealBatch(pending) });
	if (made.ok) await writeAudit(db, { at: change.now, accountId: change.accountId, action: 'release_made', target: `${programKey(change.programId) || 'no-program'}#${number}` });
	return made;
}
