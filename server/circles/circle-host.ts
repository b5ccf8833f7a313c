// One live circle on the server: it runs commands one at a time through the protocol, writes each
// accepted event and snapshot durably, and only then acknowledges and tells the gateway to broadcast.
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
import { appendEvent, findEventByCommandId } from '../store/circle-log';
import type { Database } from '../store/database';
import { deleteSeatTokensForSeat } from '../store/seat-tokens';

export type HostResult = { ok: true; seq: number } | { ok: false; error: ProtocolError };

/** How many recent command ids each circle remembers in memory; older retries are found in the log. */
export const RECENT_COMMANDS_KEPT = 512;
/** Node's setTimeout overflows past 2^31-1 ms; longer deadlines are re-armed in steps. */
const MAX_TIMEOUT_MS = 2_147_483_647;

export interface CircleHostOptions {
	id: string;
	circle: Circle;
	db: Database;
	clock: Clock;
	log: FastifyBaseLogger;
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
	 * acknowledged again with its original seq and never applied twice.
	 */
	submit(actor: Actor, command: Command | SystemEvent, commandId?: string): Promise<HostResult> {
		const run = this.#tail.then(() => this.#run(actor, command, commandId));
		this.#tail = run.catch(() => undefined);
		return run;
	}

	async #run(actor: Actor, command: Command | SystemEvent, clientCommandId?: string): Promise<HostResult> {
		if (this.#stopped) return { ok: false, error: { code: 'circle_closed', message: 'This circle has ended.' } };
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
		if (!written.ok) {
			if (written.error.code === 'duplicate_command') return this.#remember(commandId, { ok: true, seq: written.error.existing.seq });
			this.#opts.log.error({ circleId: this.id, seq: next.seq }, 'event seq already recorded; circle state is stale');
			return { ok: false, error: { code: 'internal', message: 'The circle could not save that. Please try again.' } };
		}
		this.#circle = next;
		// A seat that left must not come back with its old token: the next device needs the code again.
		for (const seatId of removedSeats(actor, command)) await deleteSeatTokensForSeat(this.#opts.db, this.id, seatId);
		this.#opts.log.info({ circleId: this.id, seq: next.seq, type: event.type, role: actor.role }, 'circle event');
		this.#arm();
		this.#opts.onChange(this);
		if (lifecycle(next) === 'closed') this.#close();
		return this.#remember(commandId, { ok: true, seq: next.seq });
	}

	async #fromLog(commandId: string): Promise<HostResult | undefined> {
		const existing = await findEventByCommandId(this.#opts.db, this.id, commandId);
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
			void this.submit({ role: 'system' }, { type: 'TIMER_EXPIRED' }).then((r) => {
				// Refused means another command already handled the deadline; re-arm for whatever is next.
				if (!r.ok) this.#arm();
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
