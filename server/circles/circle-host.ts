// One live circle on the server: it runs commands one at a time through the protocol, writes each
// accepted event and snapshot durably, and only then acknowledges and tells the gateway to broadcast.
// Memory never runs ahead of the store: a failed write changes nothing, and one whose fate is unknown
// (a lost COMMIT reply) makes the host reload from the store before the next command.
import type { FastifyBaseLogger } from 'fastify';
import {
	applyEvent,
	lifecycle,
	MACHINE_VERSION,
	nextDeadline,
	persistCircle,
	type Actor,
	type Circle,
	type CircleEvent,
	type Command,
	type ProtocolError,
	type SystemEvent
} from '../../src/lib/protocol';
import type { Clock } from '../clock';
import type { Readiness } from '../readiness';
import { appendEvent, findEventByCommandId, listEvents } from '../store/circle-log';
import type { CircleVault } from '../store/circle-keys';
import type { Database } from '../store/database';
import { deleteSeatTokensForSeat } from '../store/seat-tokens';
import { backoffMs, pause, retryWrite } from '../store/write-retry';

export type HostResult = { ok: true; seq: number } | { ok: false; error: ProtocolError };
/** A command that did not run because the store failed; the host's own retries look for it. */
type StoreFailure = { ok: false; storeFailed: unknown };

/** The stored circle was ahead of memory (it is reloaded before the next command): retrying is safe. */
const STALE: HostResult = {
	ok: false,
	error: { code: 'internal', message: 'The circle could not save that just now. Please try again in a moment.' }
};
const SYSTEM: Actor = { role: 'system' };

/** How many recent command ids each circle remembers in memory; older retries are found in the log. */
export const RECENT_COMMANDS_KEPT = 512;
/** Node's setTimeout overflows past 2^31-1 ms; longer deadlines are re-armed in steps. */
const MAX_TIMEOUT_MS = 2_147_483_647;

export interface CircleHostOptions {
	id: string;
	circle: Circle;
	db: Database;
	/** Seals what this circle writes (snapshot, events) with its data key. */
	vault: CircleVault;
	clock: Clock;
	log: FastifyBaseLogger;
	readiness: Readiness;
	/** The circle as the store holds it now, for the reload after a write whose outcome is unknown. */
	reload: () => Promise<Circle | undefined>;
	/** Called after every durable change, with the new circle. */
	onChange: (host: CircleHost) => void;
	/** Called once when the circle reaches `closed`. */
	onClosed: (host: CircleHost) => void;
}

export class CircleHost {
	readonly id: string;
	#circle: Circle;
	#opts: CircleHostOptions;
	#tail: Promise<unknown> = Promise.resolve();
	#timer: ReturnType<typeof setTimeout> | null = null;
	#recent = new Map<string, HostResult>();
	/**
	 * True while `#recent` holds every command id this circle ever applied: a circle created by this host
	 * that has not yet forgotten any. Then a miss in memory is a new command, and the log need not be read
	 * on every command; a restored circle, or one that forgot, asks the log.
	 */
	#rememberAll: boolean;
	#stopped = false;
	/** Set when a write failed in a way that may still have committed: the store is read before the next command. */
	#uncertain = false;
	/** A TIMER_EXPIRED is being retried; the timer does not start a second one. */
	#expiring = false;
	/** Ends the host's own retries at stop. */
	#abort = new AbortController();

	constructor(opts: CircleHostOptions) {
		this.id = opts.id;
		this.#circle = opts.circle;
		this.#opts = opts;
		this.#rememberAll = opts.circle.seq === 0;
		this.#arm();
	}

	get circle(): Circle {
		return this.#circle;
	}

	get stopped(): boolean {
		return this.#stopped;
	}

	/**
	 * Runs a command from `actor`. With a `commandId`, a retry of an already-applied command is
	 * acknowledged again with its original seq and never applied twice. Rejects with the store's error
	 * when the store failed (the circle is unchanged); the client may then retry with the same commandId.
	 */
	async submit(actor: Actor, command: Command | SystemEvent, commandId?: string): Promise<HostResult> {
		const result = (await this.#enqueue(() => this.#run(actor, () => command, commandId)))!;
		if ('storeFailed' in result) throw result.storeFailed;
		return result;
	}

	/**
	 * Runs a server-originated event, retried with backoff while the store fails, so a drop or a deadline during
	 * an outage still happens once it recovers. `next` says, just before each attempt, which event is still
	 * wanted (null: none, e.g. the seat came back meanwhile). Resolves undefined if none ran. Never rejects.
	 */
	async submitSystem(next: () => SystemEvent | null): Promise<HostResult | undefined> {
		for (let attempt = 0; ; attempt++) {
			const result = await this.#enqueue(() => this.#run(SYSTEM, next));
			if (result === undefined || !('storeFailed' in result)) return result;
			if (!(await pause(backoffMs(attempt), this.#abort.signal))) return undefined;
		}
	}

	#enqueue<T>(work: () => Promise<T>): Promise<T> {
		const run = this.#tail.then(work);
		this.#tail = run.catch(() => undefined);
		return run;
	}

	/** One command in the queue: `pick` chooses it only now, after any reload, since what is wanted may have changed. */
	async #run(actor: Actor, pick: () => Command | SystemEvent | null, clientCommandId?: string): Promise<HostResult | StoreFailure | undefined> {
		if (this.#stopped) return this.#refuseStopped();
		try {
			if (this.#uncertain) await this.#reload();
			if (this.#stopped) return this.#refuseStopped();
			const command = pick();
			if (command === null) return undefined;
			return await this.#apply(actor, command, clientCommandId);
		} catch (err) {
			// Any store error may hide a commit (its reply lost with the connection): never trust memory after one.
			this.#uncertain = true;
			this.#opts.readiness.storeFailed(err, 'circle event');
			return { ok: false, storeFailed: err };
		}
	}

	async #apply(actor: Actor, command: Command | SystemEvent, clientCommandId?: string): Promise<HostResult> {
		const commandId = clientCommandId === undefined ? null : `${actorKey(actor)}:${clientCommandId}`;
		if (commandId !== null) {
			const seen = this.#recent.get(commandId) ?? (this.#rememberAll ? undefined : await this.#fromLog(commandId));
			if (seen) return seen;
		}
		const event = { ...command, actor, at: this.#opts.clock.now() } as CircleEvent;
		const result = applyEvent(this.#circle, event);
		if (!result.ok) return result;
		const next = result.circle;
		const persisted = persistCircle(next);
		const written = await appendEvent(
			this.#opts.db,
			this.#opts.vault,
			{
				circleId: this.id,
				seq: next.seq,
				commandId,
				type: event.type,
				actorRole: actor.role,
				payloadJson: JSON.stringify(payloadOf(command)),
				at: event.at
			},
			{ seq: next.seq, machineVersion: MACHINE_VERSION, json: JSON.stringify(persisted) }
		);
		this.#opts.readiness.storeSucceeded();
		if (!written.ok) {
			if (written.error.code === 'duplicate_command') return this.#remember(commandId, { ok: true, seq: written.error.existing.seq });
			this.#opts.log.error({ circleId: this.id, seq: next.seq }, 'event seq already recorded; circle state is stale, reloading');
			this.#uncertain = true;
			return STALE;
		}
		const was = lifecycle(this.#circle);
		this.#circle = next;
		// A seat that left must not come back with its old token: the next device needs the code again.
		// The event is stored, so a failed delete is retried in the background (the handshake refuses the seat meanwhile).
		for (const seatId of removedSeats(actor, command)) await this.#deleteSeatTokens(seatId);
		// Only the lifecycle, with a count: a line per event would be a timeline of who joined, passed or asked
		// for a pause, which anyone reading the log could line up against join order (issue 8, finding 5).
		if (lifecycle(next) !== was) this.#opts.log.info({ circleId: this.id, status: lifecycle(next), events: next.seq }, 'circle status');
		// Remembered before anything else can throw, so a retry of a stored command is never applied again.
		const ack = this.#remember(commandId, { ok: true, seq: next.seq });
		this.#changed();
		return ack;
	}

	/** A stopped host has either ended its circle or is shutting down with the server (the circle resumes after). */
	#refuseStopped(): HostResult {
		if (lifecycle(this.#circle) === 'closed') return { ok: false, error: { code: 'circle_closed', message: 'This circle has ended.' } };
		return { ok: false, error: { code: 'not_allowed_now', message: 'The server is restarting. Send it again in a moment.' } };
	}

	/** After a durable change: re-arm the timer, tell the gateway, and close when the circle has ended. */
	#changed(): void {
		this.#arm();
		this.#opts.onChange(this);
		if (lifecycle(this.#circle) === 'closed') this.#close();
	}

	/**
	 * Reads the circle back after a write whose outcome is unknown. If the store is ahead (the write did commit),
	 * memory takes the stored circle and remembers the command ids it missed, so a retry gets its original ack.
	 */
	async #reload(): Promise<void> {
		const stored = await this.#opts.reload();
		if (stored !== undefined && stored.seq > this.#circle.seq) {
			const missed = await listEvents(this.#opts.db, this.#opts.vault, this.#circle.seq);
			this.#circle = stored;
			for (const e of missed) this.#remember(e.commandId, { ok: true, seq: e.seq });
			this.#opts.log.warn({ circleId: this.id, seq: stored.seq, missed: missed.length }, 'a write whose reply was lost had been stored; circle reloaded');
			this.#uncertain = false;
			this.#changed();
			return;
		}
		this.#uncertain = false;
	}

	async #deleteSeatTokens(seatId: string): Promise<void> {
		try {
			await deleteSeatTokensForSeat(this.#opts.db, this.id, seatId);
		} catch (err) {
			this.#opts.readiness.storeFailed(err, 'seat token delete');
			void retryWrite(() => deleteSeatTokensForSeat(this.#opts.db, this.id, seatId), {
				readiness: this.#opts.readiness,
				what: 'seat token delete',
				signal: this.#abort.signal
			});
		}
	}

	async #fromLog(commandId: string): Promise<HostResult | undefined> {
		const existing = await findEventByCommandId(this.#opts.db, this.#opts.vault, commandId);
		return existing && { ok: true, seq: existing.seq };
	}

	#remember(commandId: string | null, result: HostResult): HostResult {
		if (commandId === null) return result;
		this.#recent.set(commandId, result);
		if (this.#recent.size > RECENT_COMMANDS_KEPT) {
			this.#recent.delete(this.#recent.keys().next().value!);
			this.#rememberAll = false;
		}
		return result;
	}

	/** One timer per circle, for the earliest deadline; a deadline already past fires at once (e.g. after a restart). */
	#arm(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		if (this.#stopped) return;
		const deadline = nextDeadline(this.#circle);
		if (deadline === null) return;
		const wait = Math.min(MAX_TIMEOUT_MS, Math.max(0, deadline - this.#opts.clock.now()));
		this.#timer = setTimeout(() => {
			this.#timer = null;
			if (this.#opts.clock.now() < deadline) return this.#arm();
			if (this.#expiring) return;
			this.#expiring = true;
			void this.submitSystem(() => ({ type: 'TIMER_EXPIRED' })).then((r) => {
				this.#expiring = false;
				// Refused means another command already handled the deadline; re-arm for whatever is next.
				if (r !== undefined && !r.ok) this.#arm();
			});
		}, wait);
	}

	#close(): void {
		this.stop();
		this.#opts.onClosed(this);
	}

	/** Stops the timer; queued commands are refused. Used at close and at server shutdown. */
	stop(): void {
		this.#stopped = true;
		this.#abort.abort();
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}

	/** Waits for commands already queued to finish (graceful shutdown). */
	async drain(): Promise<void> {
		await this.#tail;
	}
}

function removedSeats(actor: Actor, command: Command | SystemEvent): string[] {
	if (command.type === 'REMOVE_SEAT' || command.type === 'SEAT_RELEASED') return [command.seatId];
	if (command.type === 'REMOVE_SEATS') return command.seatIds;
	return command.type === 'LEAVE' && 'seatId' in actor ? [actor.seatId] : [];
}

function actorKey(actor: Actor): string {
	return 'seatId' in actor ? `${actor.role}/${actor.seatId}` : actor.role;
}

/** The event log keeps what changed, never who a person is or what they said: names and free text stay out of it. */
function payloadOf(command: Command | SystemEvent): Record<string, unknown> {
	if (command.type === 'JOIN') return { type: 'JOIN', seatId: command.seatId, role: command.role };
	// Free text stays in the snapshot only (deleted at close); the durable log records that it happened.
	if (command.type === 'SHARE_TEXT' || command.type === 'REFLECT' || command.type === 'ADD_NOTE') return { type: command.type };
	return { ...command };
}
