// All live circles of this process, one host each: created on demand, restored from the store at start.
// A circle belongs to exactly one process (the embedded default runs one), so its host is the only writer.
import type { FastifyBaseLogger } from 'fastify';
import { createCircle, lifecycle, MACHINE_VERSION, parsePlan, persistCircle, restoreCircle, type Circle } from '../../src/lib/protocol';
import { draftHarvest } from '../harvest/close-out';
import type { Clock } from '../clock';
import { loadSnapshot, loadSnapshots, purgeCircleLog, saveSnapshot } from '../store/circle-log';
import { getCircle, listCircleIdsByStatus, setCircleStatus } from '../store/circles';
import type { Database } from '../store/database';
import { deleteSeatTokensForCircle } from '../store/seat-tokens';
import { retryWrite } from '../store/write-retry';
import type { Readiness } from '../readiness';
import { CircleHost } from './circle-host';

/** Snapshots read per query at start. */
const RESTORE_BATCH = 100;

export interface RegistryOptions {
	db: Database;
	clock: Clock;
	log: FastifyBaseLogger;
	readiness: Readiness;
	onChange: (host: CircleHost) => void;
}

export class CircleRegistry {
	#hosts = new Map<string, CircleHost>();
	#loading = new Map<string, Promise<CircleHost | undefined>>();
	#opts: RegistryOptions;
	#restored = false;
	#statuses = new Map<string, string>();
	/** Store writes that follow a change (status mirror, closing clean-up); shutdown waits for them. */
	#bookkeeping = new Set<Promise<void>>();
	/** Ends bookkeeping retries at shutdown; what they would have written the next start repairs (restore, sweep). */
	#abort = new AbortController();

	constructor(opts: RegistryOptions) {
		this.#opts = opts;
	}

	get restored(): boolean {
		return this.#restored;
	}

	get size(): number {
		return this.#hosts.size;
	}

	/**
	 * Loads every circle that is not closed, re-arming timers from stored deadlines. Snapshots are read in
	 * batches: one query per circle made 500 circles take up to 4 s on PostgreSQL, against a 2 s budget.
	 */
	async restoreAll(): Promise<number> {
		const ids = await listCircleIdsByStatus(this.#opts.db, ['scheduled', 'lobby', 'live']);
		for (let start = 0; start < ids.length; start += RESTORE_BATCH) {
			const batch = ids.slice(start, start + RESTORE_BATCH);
			const snapshots = await loadSnapshots(this.#opts.db, batch);
			for (const id of batch) {
				const stored = snapshots.get(id);
				if (!stored) await this.get(id);
				else if (!this.#hosts.has(id) && !this.#loading.has(id)) this.#adopt(id, restoreCircle(JSON.parse(stored.json)));
			}
		}
		this.#restored = true;
		return ids.length;
	}

	/** A brand-new circle: its first snapshot is written before anyone can send it a command. */
	async create(id: string, circle: Circle): Promise<CircleHost> {
		await saveSnapshot(this.#opts.db, id, { seq: circle.seq, machineVersion: MACHINE_VERSION, json: JSON.stringify(persistCircle(circle)) }, this.#opts.clock.now());
		return this.#host(id, circle);
	}

	/** The host of an open circle, loading it from the store if needed; undefined when unknown or closed. */
	get(id: string): Promise<CircleHost | undefined> {
		const host = this.#hosts.get(id);
		if (host) return Promise.resolve(host);
		let loading = this.#loading.get(id);
		if (!loading) {
			loading = this.#load(id).finally(() => this.#loading.delete(id));
			this.#loading.set(id, loading);
		}
		return loading;
	}

	all(): IterableIterator<CircleHost> {
		return this.#hosts.values();
	}

	peek(id: string): CircleHost | undefined {
		return this.#hosts.get(id);
	}

	async #load(id: string): Promise<CircleHost | undefined> {
		const row = await getCircle(this.#opts.db, id);
		if (!row || row.status === 'closed') return undefined;
		let circle = await this.#stored(id);
		if (!circle) {
			const plan = parsePlan(JSON.parse(row.planJson));
			if (!plan.ok) throw new Error(`stored plan of circle ${id} is invalid`);
			circle = createCircle({ plan: plan.plan, createdAt: row.createdAt });
		}
		return this.#adopt(id, circle);
	}

	/** Hosts a circle loaded from the store. A closed snapshot whose status row was not yet written (a crash mid-close) stays closed. */
	#adopt(id: string, circle: Circle): CircleHost | undefined {
		if (lifecycle(circle) === 'closed') return undefined;
		this.#opts.log.info({ circleId: id, seq: circle.seq }, 'circle restored');
		return this.#host(id, circle);
	}

	/** The circle's stored snapshot, restored; undefined before its first one. */
	async #stored(id: string): Promise<Circle | undefined> {
		const stored = await loadSnapshot(this.#opts.db, id);
		return stored && restoreCircle(JSON.parse(stored.json));
	}

	#host(id: string, circle: Circle): CircleHost {
		const host = new CircleHost({
			id,
			circle,
			db: this.#opts.db,
			clock: this.#opts.clock,
			log: this.#opts.log,
			readiness: this.#opts.readiness,
			reload: () => this.#stored(id),
			onChange: (h) => {
				this.#track('circle status', () => this.#syncStatus(h));
				this.#opts.onChange(h);
			},
			onClosed: (h) => {
				this.#hosts.delete(h.id);
				this.#statuses.delete(h.id);
				this.#track('circle close-out', () => this.#closed(h));
			}
		});
		this.#hosts.set(id, host);
		return host;
	}

	/** Mirrors the lifecycle into the circles table, which lists and restores circles by status. */
	async #syncStatus(host: CircleHost): Promise<void> {
		const status = lifecycle(host.circle);
		if (host.stopped || this.#statuses.get(host.id) === status) return;
		await setCircleStatus(this.#opts.db, host.id, status, this.#opts.clock.now());
		// A closed host's entry is gone with it; setting it again would keep one per closed circle forever.
		if (!host.stopped) this.#statuses.set(host.id, status);
	}

	/**
	 * Closing ends the join code and every rejoin token at once, and deletes the snapshot and event log:
	 * the snapshot holds the roster (names, pronouns, access needs), which must not outlive the circle.
	 * Each step is idempotent, so a failed close-out is retried whole.
	 */
	async #closed(host: CircleHost): Promise<void> {
		await setCircleStatus(this.#opts.db, host.id, 'closed', this.#opts.clock.now());
		await deleteSeatTokensForCircle(this.#opts.db, host.id);
		// The harvest draft reads the final context, so it is written before the log that holds it is purged.
		await draftHarvest(this.#opts, host.id, host.circle);
		await purgeCircleLog(this.#opts.db, host.id);
	}

	/** Stops every timer and waits for queued commands and their store writes: used by graceful shutdown and tests. */
	async stopAll(): Promise<void> {
		for (const host of this.#hosts.values()) {
			await host.drain();
			host.stop();
		}
		this.#hosts.clear();
		this.#abort.abort();
		await Promise.all(this.#bookkeeping);
	}

	/**
	 * Runs a store write in the background, retried with backoff while the store fails, and awaited by `stopAll`
	 * (not lost to db.destroy). At shutdown a failing one is abandoned: the next start restores by the snapshot and
	 * the sweep finishes any close-out.
	 */
	#track(what: string, write: () => Promise<void>): void {
		const tracked = retryWrite(write, { readiness: this.#opts.readiness, what, signal: this.#abort.signal }).then(() => {
			this.#bookkeeping.delete(tracked);
		});
		this.#bookkeeping.add(tracked);
	}
}
