// All live circles of this process, one host each: created on demand, restored from the store at start.
// A circle belongs to exactly one process (the embedded default runs one), so its host is the only writer.
import type { FastifyBaseLogger } from 'fastify';
import { createCircle, lifecycle, MACHINE_VERSION, parsePlan, persistCircle, restoreCircle, type Circle } from '../../src/lib/protocol';
import { finishClose } from '../harvest/close-out';
import type { Clock } from '../clock';
import { writeAudit } from '../store/audit';
import { loadSnapshot, saveSnapshot } from '../store/circle-log';
import type { CircleVault, Keyring } from '../store/circle-keys';
import { getCircle, listCircleIdsByStatus, openCircleTexts, setCircleStatus } from '../store/circles';
import type { Database } from '../store/database';
import { deleteSeatTokensForCircle } from '../store/seat-tokens';
import { CircleHost } from './circle-host';

export interface RegistryOptions {
	db: Database;
	keyring: Keyring;
	clock: Clock;
	log: FastifyBaseLogger;
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

	constructor(opts: RegistryOptions) {
		this.#opts = opts;
	}

	get restored(): boolean {
		return this.#restored;
	}

	get size(): number {
		return this.#hosts.size;
	}

	/** Loads every circle that is not closed, re-arming timers from stored deadlines. */
	async restoreAll(): Promise<number> {
		const ids = await listCircleIdsByStatus(this.#opts.db, ['scheduled', 'lobby', 'live']);
		for (const id of ids) await this.get(id);
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
		// Without its key nobody can read the circle: a wrong or lost secret (docs/operations.md). It is left as stored,
		// so starting again with the right secret brings it back.
		if (!vault) {
			this.#opts.log.error({ circleId: id }, 'circle not restored: no configured secret opens its data key');
			return undefined;
		}
		const stored = await loadSnapshot(db, vault);
		let circle: Circle;
		if (stored) {
			circle = restoreCircle(JSON.parse(stored.json));
		} else {
			const plan = parsePlan(JSON.parse((await openCircleTexts(db, this.#opts.keyring, row)).planJson ?? 'null'));
			if (!plan.ok) throw new Error(`stored plan of circle ${id} is invalid`);
			circle = createCircle({ plan: plan.plan, createdAt: row.createdAt });
		}
		// A closed snapshot whose status row was not yet written (a crash mid-close) stays closed.
		if (lifecycle(circle) === 'closed') return undefined;
		this.#opts.log.info({ circleId: id, seq: circle.seq }, 'circle restored');
		return this.#host(id, circle, vault, stored?.updatedAt ?? row.createdAt);
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
			onChange: (h) => {
				this.#lastChange.set(h.id, this.#opts.clock.now());
				this.#track(this.#syncStatus(h));
				this.#opts.onChange(h);
			},
			onClosed: (h) => this.#track(this.#closed(h))
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
		if (this.#statuses.get(host.id) === status) return;
		this.#statuses.set(host.id, status);
		await setCircleStatus(this.#opts.db, host.id, status, this.#opts.clock.now());
	}

	/**
	 * Closing ends the join code and every rejoin token at once, drafts the harvest, deletes the snapshot and event
	 * log and shreds the circle's data key: the roster (names, pronouns, access needs) must not outlive the circle.
	 */
	async #closed(host: CircleHost): Promise<void> {
		this.#hosts.delete(host.id);
		this.#statuses.delete(host.id);
		this.#lastChange.delete(host.id);
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
		await Promise.all(this.#bookkeeping);
	}

	/** Runs a store write in the background, logged if it fails, and awaited by `stopAll` (not lost to db.destroy). */
	#track(write: Promise<void>): void {
		const tracked = write.catch((err: unknown) => this.#opts.log.error({ err }, 'circle bookkeeping write failed')).finally(() => this.#bookkeeping.delete(tracked));
		this.#bookkeeping.add(tracked);
	}
}
