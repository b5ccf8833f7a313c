// The scheduled privacy jobs: every minute, close idle circles and purge the log of any closed circle that still has
// one (after drafting its harvest); every day, delete expired harvests and unapproved drafts with an audit row each.
// Both also run at start. An expired harvest's sealed row in a release goes with it, but never its release's totals
// (the release rule, src/lib/harvest/release.ts).
import { deleteStaleInvites } from '../store/invites';
import { writeAudit } from '../store/audit';
import { deleteHarvest, listExpired, listStaleDrafts } from '../store/harvests';
import { deleteOrphanedReleasedCircles } from '../store/releases';
import type { Readiness } from '../readiness';
import { sweepClosedCircles, type CloseOutDeps } from './close-out';

/** PRODUCT.md asks for the roster to be gone within 5 minutes of close; the sweep only catches what close missed. */
export const SWEEP_INTERVAL_MS = 60_000;
export const RETENTION_INTERVAL_MS = 24 * 60 * 60_000;

export interface HarvestJobsOptions extends CloseOutDeps {
	/** Whether a live host owns the circle (its own close will clean it up). */
	isHosted: (circleId: string) => boolean;
	/** Closes hosted circles past their idle limit; resolves to how many. */
	closeIdle: () => Promise<number>;
	/** How long a draft nobody approved is kept, with its name hashes (HARVEST_DRAFT_DAYS). */
	draftTtlMs: number;
	readiness: Readiness;
}

export class HarvestJobs {
	#opts: HarvestJobsOptions;
	#timers: ReturnType<typeof setInterval>[] = [];
	/** The job in flight, so runs never overlap and `stop` can wait for the last one before the database closes. */
	#running: Promise<unknown> = Promise.resolve();

	constructor(opts: HarvestJobsOptions) {
		this.#opts = opts;
	}

	/** Runs both jobs once, then on their intervals; the timers are unref'd so they never hold the process open. */
	async start(): Promise<void> {
		await this.sweepNow();
		await this.expireNow();
		const sweep = setInterval(() => void this.sweepNow(), SWEEP_INTERVAL_MS);
		const expire = setInterval(() => void this.expireNow(), RETENTION_INTERVAL_MS);
		sweep.unref();
		expire.unref();
		this.#timers.push(sweep, expire);
	}

	/** Closes idle circles, then drafts and purges every closed circle whose log is still stored; resolves to how many purged. */
	sweepNow(): Promise<number> {
		return this.#serialize(async () => {
			await this.#opts.closeIdle();
			return sweepClosedCircles(this.#opts, this.#opts.isHosted);
		}, 0);
	}

	/**
	 * Deletes approved and withdrawn harvests past their retention and drafts nobody approved within the draft period,
	 * one audit row each; resolves to how many.
	 */
	expireNow(): Promise<number> {
		return this.#serialize(async () => {
			const { db, clock } = this.#opts;
			const now = clock.now();
			let deleted = 0;
			for (const circleId of await listExpired(db, now)) {
				if (!(await deleteHarvest(db, circleId))) continue;
				await writeAudit(db, { at: now, accountId: null, action: 'harvest_expired', target: circleId });
				deleted += 1;
			}
			for (const circleId of await listStaleDrafts(db, now - this.#opts.draftTtlMs)) {
				if (!(await deleteHarvest(db, circleId))) continue;
				await writeAudit(db, { at: now, accountId: null, action: 'harvest_draft_expired', target: circleId });
				deleted += 1;
			}
			await deleteOrphanedReleasedCircles(db);
			await deleteStaleInvites(db, now);
			return deleted;
		}, 0);
	}

	async stop(): Promise<void> {
		for (const timer of this.#timers) clearInterval(timer);
		this.#timers = [];
		await this.#running;
	}

	/**
	 * A failed run is logged and reported to readiness, never thrown: the interval runs it again (a sweep within a
	 * minute), and every step is idempotent, so a run cut short by a database outage is simply repeated.
	 */
	#serialize<T>(job: () => Promise<T>, onError: T): Promise<T> {
		const run = this.#running.then(job).then(
			(result) => {
				this.#opts.readiness.storeSucceeded();
				return result;
			},
			(err: unknown) => {
				this.#opts.log.error({ err }, 'harvest job failed; it runs again on its next interval');
				this.#opts.readiness.storeFailed(err, 'harvest job');
				return onError;
			}
		);
		this.#running = run;
		return run;
	}
}
