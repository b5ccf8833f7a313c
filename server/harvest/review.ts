// What organizers read, cut only from stored releases: a program's release (its batches, program-wide totals and
// the rows of its circles still approved and within retention) and one released harvest. Never a live aggregate.
import type { SealedCircle } from '../../src/lib/harvest/batch';
import { programTotals } from '../../src/lib/harvest/release';
import { TRUST_ITEM_COUNT } from '../../src/lib/protocol/harvest-inputs';
import type { Harvest } from '../../src/lib/wire/harvest';
import type { CircleTrend, ReleaseSummary, ReviewAggregates, ReviewedHarvest } from '../../src/lib/wire/review';
import type { Database } from '../store/database';
import { getHarvest, listApprovedInProgram } from '../store/harvests';
import { getReleasedCircle, listReleasedCircles, listReleases, type StoredRelease } from '../store/releases';
import { pendingHarvests, pendingOf } from './releases';

export type ProgramNames = (programId: string | null) => string | null;

function summary(r: StoredRelease): ReleaseSummary {
	return { number: r.number, madeAt: r.madeAt, circleCount: r.circleCount };
}

function trend(h: Harvest, sealed: SealedCircle, release: number, programName: ProgramNames): CircleTrend {
	return {
		circleId: h.circleId,
		title: h.title,
		program: h.programId === null ? null : { id: h.programId, name: programName(h.programId) ?? '' },
		closedAt: h.closedAt,
		release,
		...sealed.row,
		evenness: sealed.equity.evenness,
		topFifthShare: sealed.equity.topFifthShare,
		sharesHidden: sealed.equity.hidden
	};
}

/**
 * Release `number` of the program (the latest when undefined) as organizers read it; undefined when there is no
 * such release. The batches and totals are as stored; of the circles only those still approved and within
 * retention are shown, which only ever leaves out rows a reader may already have had.
 */
export async function releasedAggregates(
	db: Database,
	query: { now: number; programId: string | null; release?: number },
	programName: ProgramNames
): Promise<ReviewAggregates | undefined> {
	const releases = await listReleases(db, query.programId);
	const number = query.release ?? releases.at(-1)?.number ?? 0;
	const read = releases.find((r) => r.number === number);
	if (query.release !== undefined && !read) return undefined;
	const batches = releases.filter((r) => r.number <= number);
	const approved = new Map((await listApprovedInProgram(db, query.now, query.programId)).map((h) => [h.circleId, h]));
	const circles = (await listReleasedCircles(db, query.programId, number)).flatMap((c) => {
		const h = approved.get(c.circleId);
		return h ? [trend(h, c.sealed, c.number, programName)] : [];
	});
	circles.sort((a, b) => b.closedAt - a.closedAt || a.circleId.localeCompare(b.circleId));
	return {
		programId: query.programId,
		release: read ? summary(read) : null,
		releases: releases.map(summary).reverse(),
		circleCount: circles.length,
		circles,
		batches: batches.map((b) => ({ ...summary(b), totals: b.totals })),
		totals: programTotals(batches.map((b) => b.totals), TRUST_ITEM_COUNT),
		pending: pendingOf(await pendingHarvests(db, query.now, query.programId))
	};
}

/** Items numbered 1, 2, 3… in their order: the stored ids would show gaps where removed or circle-only items were. */
function renumbered<T extends { id: number }>(items: readonly T[]): T[] {
	return items.map((item, i) => ({ ...item, id: i + 1 }));
}

/** One harvest as an organizer reads it: in a release, still approved and within retention; else undefined. */
export async function releasedHarvest(db: Database, now: number, circleId: string, programName: ProgramNames): Promise<ReviewedHarvest | undefined> {
	const released = await getReleasedCircle(db, circleId);
	const stored = released && (await getHarvest(db, circleId));
	if (!released || !stored || stored.harvest.status !== 'approved' || (stored.expiresAt !== null && stored.expiresAt <= now)) return undefined;
	const h = stored.harvest;
	const { row, counts, equity } = released.sealed;
	return {
		circleId: h.circleId,
		title: h.title,
		programId: h.programId,
		programName: programName(h.programId),
		closedAt: h.closedAt,
		approvedAt: h.approvedAt,
		release: released.number,
		themes: renumbered(h.themes),
		agreements: renumbered(h.agreements),
		reflections: renumbered(h.reflections),
		counts,
		feedback: { responses: row.responses, heard: row.heard, safe: row.safe },
		trust: row.trust,
		equity
	};
}
