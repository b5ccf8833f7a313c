// All live circles of this process, one host each: created on demand, restored from the store at start.
// A circle belongs to exactly one process (the embedded default runs one), so its host is the only writer.
import type { FastifyBaseLogger } from 'fastify';
import { createCircle, lifecycle, MACHINE_VERSION, parsePlan, persistCircle, restoreCircle, type Circle } from '../../src/lib/protocol';
import { finishClose } from '../harvest/close-out';
import type { Clock } from '../clock';
import { writeAudit } from '../store/audit';
import { loadSnapshot, loadSnapshots, saveSnapshot } from '../store/circle-log';
import type { CircleVault, Keyring } from '../store/circle-keys';
import { getCircle, listCircleIdsByStatus, openCircleTexts, setCircleStatus } from '../store/circles';
import type { Database } from '../store/database';
import { deleteSeatTokensForCircle } from '../store/seat-tokens';
import { retryWrite } from '../store/write-retry';
import type { Readiness } from '../readiness';
import { CircleHost } from './circle-host';

/** Snapshots read per query at start. */
const RESTORE_BATCH = 100;

export interface RegistryOptions {
	db: Database;
	keyring: Keyring;
	clock: Clock;
	log: FastifyBaseLogger;
	readiness: Readiness;
	onChange: (host: CircleHost) => void;
}

/** How long a circle may go without a change before the server closes it (server/config.ts, docs/operations.md). */
export interface IdleLimits {
	/** Scheduled or lobby circles. */
	waitingMs: number;
	/** Live circles. */
	liveMs: number;
}

export class CircleRegistry {
	#hosts = new Map<string, CircleHost>();
	#loading = new Map<string, Promise<CircleHost | undefined>>();
	#opts: RegistryOptions;
	#restored = false;
	#statuses = new Map<string, string>();
	/** When each hosted circle last changed (its last recorded event), for the idle close. */
	#lastChange = new Map<string, number>();
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
			const vaults = await this.#opts.keyring.vaults(this.#opts.db, batch);
			const snapshots = await loadSnapshots(this.#opts.db, [...vaults.values()]);
			for (const id of batch) {
				const vault = vaults.get(id);
				const stored = snapshots.get(id);
				if (!vault) this.#unreadable(id);
				else if (!stored) await this.get(id);
				else if (!this.#hosts.has(id) && !this.#loading.has(id)) this.#adopt(id, restoreCircle(JSON.parse(stored.json)), vault, stored.updatedAt);
			}
		}
		this.#restored = true;
		return ids.length;
	}

	/** A brand-new circle: its first snapshot is written before anyone can send it a command. */
	async create(id: string, circle: Circle): Promise<CircleHost> {
		const vault = await this.#opts.keyring.vault(this.#opts.db, id);
		if (!vault) throw new Error(`circle ${id} has no data key`);
		const now = this.#opts.clock.now();
		await saveSnapshot(this.#opts.db, vault, { seq: circle.seq, machineVersion: MACHINE_VERSION, json: JSON.stringify(persistCircle(circle)) }, now);
		return this.#host(id, circle, vault, now);
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
		const { db } = this.#opts;
		const row = await getCircle(db, id);
		if (!row || row.status === 'closed') return undefined;
		const vault = await this.#opts.keyring.vault(db, id);
		if (!vault) return this.#unreadable(id);
		const stored = await loadSnapshot(db, vault);
		let circle = stored && restoreCircle(JSON.parse(stored.json));
		if (!circle) {
			const plan = parsePlan(JSON.parse((await openCircleTexts(db, this.#opts.keyring, row)).planJson ?? 'null'));
			if (!plan.ok) throw new Error(`stored plan of circle ${id} is invalid`);
			circle = createCircle({ plan: plan.plan, createdAt: row.createdAt });
		}
		return this.#adopt(id, circle, vault, stored?.updatedAt ?? row.createdAt);
	}

	/** Hosts a circle loaded from the store. A closed snapshot whose status row was not yet written (a crash mid-close) stays closed. */
	#adopt(id: string, circle: Circle, vault: CircleVault, lastChange: number): CircleHost | undefined {
		if (lifecycle(circle) === 'closed') return undefined;
		this.#opts.log.info({ circleId: id }, 'circle restored');
		return this.#host(id, circle, vault, lastChange);
	}

	/** Without its key nobody can read the circle: a wrong or lost secret (docs/operations.md). It is left as stored, so starting again with the right secret brings it back. */
	#unreadable(id: string): undefined {
		this.#opts.log.error({ circleId: id }, 'circle not restored: no configured secret opens its data key');
		return undefined;
	}

	/** The circle's stored snapshot, restored; undefined before its first one. */
	async #stored(vault: CircleVault): Promise<Circle | undefined> {
		const stored = await loadSnapshot(this.#opts.db, vault);
		return stored && restoreCircle(JSON.parse(stored.json));
	}

	#host(id: string, circle: Circle, vault: CircleVault, lastChange: number): CircleHost {
		this.#lastChange.set(id, lastChange);
		const host = new CircleHost({
			id,
			circle,
			db: this.#opts.db,
			vault,
			clock: this.#opts.clock,
			log: this.#opts.log,
			readiness: this.#opts.readiness,
			reload: () => this.#stored(vault),
			onChange: (h) => {
				this.#lastChange.set(h.id, this.#opts.clock.now());
				this.#track('circle status', () => this.#syncStatus(h));
				this.#opts.onChange(h);
			},
			onClosed: (h) => {
				this.#hosts.delete(h.id);
				this.#statuses.delete(h.id);
				this.#lastChange.delete(h.id);
				this.#track('circle close-out', () => this.#closed(h));
			}
		});
		this.#hosts.set(id, host);
		return host;
	}

	/**
	 * Closes every hosted circle that has not changed within its idle limit, through the protocol (IDLE_CLOSE), so it
	 * gets the same harvest draft and purge as a keeper's close. Returns how many it closed.
	 */
	async closeIdle(limits: IdleLimits): Promise<number> {
		const now = this.#opts.clock.now();
		let closed = 0;
		for (const host of [...this.#hosts.values()]) {
			const status = lifecycle(host.circle);
			const limit = status === 'live' ? limits.liveMs : status === 'scheduled' || status === 'lobby' ? limits.waitingMs : null;
			const last = this.#lastChange.get(host.id) ?? now;
			if (limit === null || now - last < limit) continue;
			const result = await host.submit({ role: 'system' }, { type: 'IDLE_CLOSE' });
			if (!result.ok) continue;
			await writeAudit(this.#opts.db, { at: now, accountId: null, action: 'circle_idle_closed', target: host.id });
			closed += 1;
		}
		return closed;
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
	 * Closing ends the join code and every rejoin token at once, drafts the harvest, deletes the snapshot and event
	 * log and shreds the circle's data key: the roster (names, pronouns, access needs) must not outlive the circle.
	 * Each step is idempotent, so a failed close-out is retried whole.
	 */
	async #closed(host: CircleHost): Promise<void> {
		await setCircleStatus(this.#opts.db, host.id, 'closed', this.#opts.clock.now());
		await deleteSeatTokensForCircle(this.#opts.db, host.id);
		await finishClose(this.#opts, host.id, host.circle);
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
