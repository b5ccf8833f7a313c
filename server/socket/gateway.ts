// The Socket.io side of a circle: who a socket is (handshake), what it may send (validation, rate limits),
// and what it receives (only its own audience's view, after every durable change).
import type { FastifyBaseLogger } from 'fastify';
import type { Server, Socket } from 'socket.io';
import * as v from 'valibot';
import { lifecycle, nextVersionedView, type Actor, type Audience, type LanguageTag, type ProtocolError, type VersionedView } from '../../src/lib/protocol';
import {
	CommandMessageSchema,
	HandshakeAuthSchema,
	SyncMessageSchema,
	type Ack,
	type ClientToServerEvents,
	type ServerToClientEvents,
	type ViewMessage
} from '../../src/lib/wire/socket';
import { accountFromCookie, readCookie, SESSION_COOKIE } from '../auth/session-cookie';
import { hashToken } from '../auth/tokens';
import type { Clock } from '../clock';
import type { CircleHost } from '../circles/circle-host';
import type { CircleRegistry } from '../circles/registry';
import { keeperSeatFor } from '../circles/keeper-seats';
import { findCircleByScreenTokenHash, getCircle } from '../store/circles';
import type { Database } from '../store/database';
import { findSeatToken } from '../store/seat-tokens';
import { FLOOD_STRIKES, SocketLimiter, type DeviceKey, type SocketLimits } from './socket-limits';

/** The events a client may send; any other is answered (when it carries an ack) rather than dropped. */
const CLIENT_EVENTS = new Set(['command', 'sync']);

/** What HTTP routes call when access changes, so open sockets lose it within the same second. */
export interface AccessRevoker {
	/** A keeper signed out: that session's sockets are disconnected. */
	revokeSession(sessionHash: string): void;
	/** Every session of an account ended (an admin revoked its access). */
	revokeAccount(accountId: string): void;
	/** The screen link was replaced: screens opened with the old one are disconnected. */
	revokeScreens(circleId: string): void;
	/** A seat's holder changed (a co-keeper removed or replaced): its sockets are disconnected. */
	revokeSeat(circleId: string, seatId: string): void;
}

interface SocketData {
	circleId: string;
	actor: Actor;
	audience: Audience;
	/** Sockets with the same key receive the same view. */
	viewKey: string;
	/** Its audience's group; kept after the group is let go (seat left, circle closed) for the last ack. */
	group: ViewGroup | null;
	strikes: number;
	/** Rooms this socket is in so that a change of access can find it, on this node or (with an adapter) any. */
	accessRooms: string[];
	/** A hash of the credential it connected with, to cool it down after a flood. */
	credential: string;
}

type GatewaySocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type GatewayServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface GatewayOptions {
	io: GatewayServer;
	registry: CircleRegistry;
	db: Database;
	clock: Clock;
	log: FastifyBaseLogger;
	limits?: SocketLimits;
}

class HandshakeError extends Error {
	readonly data: ProtocolError;
	constructor(code: ProtocolError['code'], message: string) {
		super(message);
		this.data = { code, message };
	}
}

export class Gateway implements AccessRevoker {
	#opts: GatewayOptions;
	#limiter: SocketLimiter;
	/** Connected sockets per seat, so presence changes only when a seat's last device goes or its first returns. */
	#devices = new Map<string, number>();
	/**
	 * Per circle, the sockets that receive each distinct view. Views are sent socket by socket rather than
	 * to rooms: a room broadcast is kept in memory for connection-state recovery, and views are full
	 * state that a reconnecting client gets again anyway, so keeping them only cost memory.
	 * Each group keeps the last view it was sent, so a view goes out only when that audience's view changed.
	 */
	#audiences = new Map<string, Map<string, ViewGroup>>();
	#accepting = true;

	constructor(opts: GatewayOptions) {
		this.#opts = opts;
		this.#limiter = new SocketLimiter(opts.limits);
		opts.io.use((socket, next) => {
			this.#identify(socket as GatewaySocket).then(
				() => next(),
				(error: unknown) => {
					const err = new Error(error instanceof HandshakeError ? error.message : 'Could not connect to the circle.') as Error & { data: unknown };
					err.data = error instanceof HandshakeError ? error.data : { code: 'internal', message: err.message };
					if (!(error instanceof HandshakeError)) opts.log.error({ err: error }, 'socket handshake failed');
					next(err);
				}
			);
		});
		opts.io.on('connection', (socket) => this.#connected(socket as GatewaySocket));
	}

	/** Stop taking new sockets (graceful shutdown); existing ones are told to reconnect later. */
	stopAccepting(): void {
		this.#accepting = false;
		this.#opts.io.emit('shutdown');
	}

	revokeSession(sessionHash: string): void {
		this.#opts.io.in(`session:${sessionHash}`).disconnectSockets(true);
	}

	revokeAccount(accountId: string): void {
		this.#opts.io.in(`account:${accountId}`).disconnectSockets(true);
	}

	revokeScreens(circleId: string): void {
		this.#opts.io.in(`screen:${circleId}`).disconnectSockets(true);
	}

	revokeSeat(circleId: string, seatId: string): void {
		this.#opts.io.in(`seat:${circleId}/${seatId}`).disconnectSockets(true);
	}

	/**
	 * Sends each audience its new view, computed once per distinct audience, not per socket — and only to
	 * audiences whose view changed: a change only keepers may see (a care signal, a reflection) sends
	 * nothing to anyone else, so nobody else learns that it happened, or when.
	 */
	broadcast(host: CircleHost): void {
		const groups = this.#audiences.get(host.id);
		if (!groups) return;
		const serverNow = this.#opts.clock.now();
		const seats = host.circle.snapshot.context.seats;
		const closed = lifecycle(host.circle) === 'closed';
		for (const [key, group] of groups) {
			const { audience, sockets } = group;
			if (advance(group, host)) {
				const message = messageOf(group.sent!, serverNow);
				for (const socket of sockets) socket.emit('view', message);
			}
			// A seat that left (or a closed circle) gets its last view, then its sockets are let go —
			// on the next turn of the event loop, so the ack of the command that did it is queued first.
			if (closed || (audience.kind === 'participant' && seats[audience.seatId] === undefined)) {
				const leaving = [...sockets];
				setImmediate(() => leaving.forEach((socket) => socket.disconnect(true)));
				groups.delete(key);
			}
		}
		if (groups.size === 0) this.#audiences.delete(host.id);
	}

	/**
	 * After a restart every seat still reads "connected" from its snapshot. Seats whose devices have not
	 * come back by now are marked dropped, so a missing holder's grace period starts.
	 */
	async dropAbsentSeats(): Promise<void> {
		const pending: Promise<unknown>[] = [];
		for (const host of this.#opts.registry.all()) {
			for (const seat of Object.values(host.circle.snapshot.context.seats)) {
				if (seat.presence === 'connected' && !this.#devices.has(`${host.id}/${seat.id}`)) pending.push(this.#syncPresence(host, seat.id));
			}
		}
		await Promise.all(pending);
	}

	async #identify(socket: GatewaySocket): Promise<void> {
		if (!this.#accepting) throw new HandshakeError('not_allowed_now', 'The server is restarting. Reconnecting shortly.');
		// Socket.io's client adds its own session id and offset to `auth` when it reconnects with
		// connection-state recovery; they are its business, not part of our credential.
		const { pid: _pid, offset: _offset, ...credential } = socket.handshake.auth as Record<string, unknown>;
		const parsed = v.safeParse(HandshakeAuthSchema, credential);
		if (!parsed.success) throw new HandshakeError('not_authorized', 'This link or code is not valid.');
		const auth = parsed.output;
		const { db, registry, clock } = this.#opts;
		const cooled = credentialKey(auth, socket.handshake.headers.cookie);
		const cooling = this.#limiter.coolingRefusal(cooled, clock.now());
		if (cooling !== null) throw new HandshakeError('rate_limited', cooling);
		let circleId: string;
		let actor: Actor;
		let audience: Audience;
		let accessRooms: string[];
		if (auth.kind === 'participant') {
			const seat = await findSeatToken(db, hashToken(auth.token));
			const host = seat && (await registry.get(seat.circleId));
			if (!seat || !host || host.circle.snapshot.context.seats[seat.seatId] === undefined) {
				throw new HandshakeError('not_found', 'This seat is no longer in an open circle.');
			}
			circleId = seat.circleId;
			actor = { role: 'participant', seatId: seat.seatId };
			audience = { kind: 'participant', seatId: seat.seatId };
			accessRooms = [`seat:${circleId}/${seat.seatId}`];
		} else if (auth.kind === 'screen') {
			const circle = await findCircleByScreenTokenHash(db, hashToken(auth.token));
			if (!circle || !(await registry.get(circle.id))) throw new HandshakeError('not_found', 'This screen link is not for an open circle.');
			circleId = circle.id;
			actor = { role: 'screen' };
			audience = { kind: 'screen', languages: auth.languages as LanguageTag[] };
			accessRooms = [`screen:${circleId}`];
		} else {
			const account = await accountFromCookie(db, socket.handshake.headers.cookie, clock.now());
			const circle = account && (await getCircle(db, auth.circleId));
			const seat = account && circle && keeperSeatFor(circle, account.id);
			if (!seat) throw new HandshakeError('not_authorized', 'Sign in as a keeper of this circle.');
			const host = await registry.get(auth.circleId);
			if (!host) throw new HandshakeError('not_found', 'This circle has ended.');
			circleId = auth.circleId;
			actor = { role: seat.role, seatId: seat.seatId };
			audience = { kind: 'keeper', role: seat.role, seatId: seat.seatId };
			const sessionHash = hashToken(readCookie(socket.handshake.headers.cookie, SESSION_COOKIE)!);
			accessRooms = [`seat:${circleId}/${seat.seatId}`, `session:${sessionHash}`, `account:${account.id}`];
			// A keeper who left their seat (or a co-keeper coming for the first time) is seated again on return.
			if (host.circle.snapshot.context.seats[seat.seatId] === undefined) {
				const name = seat.role === 'keeper' ? 'Keeper' : 'Co-keeper';
				await host.submit({ role: 'system' }, { type: 'JOIN', seatId: seat.seatId, role: seat.role, profile: { name, pronouns: '', language: 'en', access: { largeText: false, screenReader: false, extraTime: false, prefersToType: false } } });
			}
		}
		// No await from here on: the check and the reservation happen together.
		this.#reserveDevice(socket, deviceKeyOf(circleId, actor));
		socket.data = { circleId, actor, audience, viewKey: viewKeyOf(audience), group: null, strikes: 0, accessRooms, credential: cooled };
	}

	#reserveDevice(socket: GatewaySocket, key: DeviceKey): void {
		const refusal = this.#limiter.reserve(key, socket.id);
		if (refusal !== null) throw new HandshakeError('limit_reached', refusal);
		// The engine connection's close also covers a handshake that passed but never became a connection.
		socket.conn.once('close', () => this.#limiter.release(key, socket.id));
	}

	#connected(socket: GatewaySocket): void {
		const { circleId, audience, viewKey } = socket.data;
		let groups = this.#audiences.get(circleId);
		if (!groups) this.#audiences.set(circleId, (groups = new Map()));
		let group = groups.get(viewKey);
		if (!group) groups.set(viewKey, (group = { audience, sockets: new Set(), sent: null }));
		group.sockets.add(socket);
		socket.data.group = group;
		void socket.join(socket.data.accessRooms);
		const { actor } = socket.data;
		const senderKey = 'seatId' in actor ? `${circleId}/${actor.seatId}` : socket.id;

		socket.use((packet, next) => {
			if (this.#limiter.takeMessage(senderKey, this.#opts.clock.now())) {
				if (CLIENT_EVENTS.has(String(packet[0]))) return next();
				return this.#refuse(socket, packet, { code: 'invalid_command', message: `There is no "${String(packet[0])}" event. Send "command" or "sync".` });
			}
			socket.data.strikes += 1;
			if (socket.data.strikes >= FLOOD_STRIKES) {
				this.#opts.log.warn({ circleId }, 'socket disconnected for flooding');
				this.#limiter.coolDown(socket.data.credential, this.#opts.clock.now());
				socket.disconnect(true);
				return;
			}
			this.#refuse(socket, packet, { code: 'rate_limited', message: `Too many messages (${String(packet[0])}); slow down.` });
		});
		socket.on('error', () => undefined);
		socket.on('command', (message, ack) => void this.#command(socket, message, ack).catch((err: unknown) => this.#failed(socket, err, ack)));
		socket.on('sync', (message, ack) => void this.#sync(socket, message, ack).catch((err: unknown) => this.#failed(socket, err, ack)));
		socket.on('disconnect', () => void this.#disconnected(socket));

		void this.#presence(socket, +1);
		void this.#sendView(socket).catch((err: unknown) => this.#failed(socket, err, undefined));
	}

	/**
	 * A packet refused by middleware (next(err)) would be dropped without an ack, so the sender would only
	 * see a timeout: its ack is answered here instead, or, without one, a `refused` event says why.
	 */
	#refuse(socket: GatewaySocket, packet: unknown[], error: ProtocolError): void {
		const ack = packet.at(-1);
		if (typeof ack === 'function') (ack as (result: Ack) => void)({ ok: false, error });
		else socket.emit('refused', { event: String(packet[0]), error });
	}

	async #command(socket: GatewaySocket, message: unknown, ack: unknown): Promise<void> {
		// Without an ack the sender cannot learn the outcome or retry safely, so the command is not applied.
		if (typeof ack !== 'function') return this.#refuse(socket, ['command', message], ACK_REQUIRED);
		const reply = ack as (result: Ack) => void;
		const parsed = v.safeParse(CommandMessageSchema, message);
		if (!parsed.success) {
			const issues = parsed.issues.map((i) => `${v.getDotPath(i) ?? 'message'}: ${i.message}`).slice(0, 5);
			return reply({ ok: false, error: { code: 'invalid_command', message: `That command is not valid. ${issues.join('; ')}` } });
		}
		const host = await this.#opts.registry.get(socket.data.circleId);
		if (!host) return reply({ ok: false, error: { code: 'circle_closed', message: 'This circle has ended.' } });
		try {
			const result = await host.submit(socket.data.actor, parsed.output.command, parsed.output.commandId);
			reply(result.ok ? { ok: true, version: this.#currentFor(socket, host).version } : result);
		} catch (error) {
			this.#opts.log.error({ err: error, circleId: host.id }, 'command failed');
			reply({ ok: false, error: { code: 'internal', message: 'The circle could not save that. Please try again.' } });
		}
	}

	/**
	 * A handler that failed outside the host's own error handling (e.g. loading the circle while the store is down):
	 * logged, and answered when the sender waits for an ack, instead of becoming an unhandled rejection.
	 */
	#failed(socket: GatewaySocket, err: unknown, ack: unknown): void {
		this.#opts.log.error({ err, circleId: socket.data.circleId }, 'socket message failed');
		if (typeof ack === 'function') (ack as (result: Ack) => void)({ ok: false, error: { code: 'internal', message: 'The circle could not be reached just now. Please try again.' } });
	}

	async #sync(socket: GatewaySocket, message: unknown, ack: unknown): Promise<void> {
		if (typeof ack !== 'function') return this.#refuse(socket, ['sync', message], ACK_REQUIRED);
		const reply = ack as (result: ViewMessage | { ok: false; error: ProtocolError }) => void;
		if (!v.safeParse(SyncMessageSchema, message).success) {
			return reply({ ok: false, error: { code: 'invalid_command', message: 'sync needs { lastVersion: number }.' } });
		}
		const host = await this.#opts.registry.get(socket.data.circleId);
		if (!host) return reply({ ok: false, error: { code: 'circle_closed', message: 'This circle has ended.' } });
		reply(messageOf(this.#currentFor(socket, host), this.#opts.clock.now()));
	}

	async #sendView(socket: GatewaySocket): Promise<void> {
		const host = await this.#opts.registry.get(socket.data.circleId);
		if (!host) return;
		const before = socket.data.group!.sent;
		const sent = this.#currentFor(socket, host);
		// A view that changed has just gone to the whole group, this socket included.
		if (sent === before) socket.emit('view', messageOf(sent, this.#opts.clock.now()));
	}

	/**
	 * The socket's audience's current view and version. The circle can be a command ahead of the last
	 * broadcast (it is saved, its broadcast not yet sent): then the whole group is sent the new view now,
	 * so the broadcast that follows, finding nothing changed, leaves no device of this audience behind.
	 */
	#currentFor(socket: GatewaySocket, host: CircleHost): VersionedView {
		const group = socket.data.group!;
		if (advance(group, host)) {
			const message = messageOf(group.sent!, this.#opts.clock.now());
			for (const other of group.sockets) other.emit('view', message);
		}
		return group.sent!;
	}

	async #disconnected(socket: GatewaySocket): Promise<void> {
		const { circleId, viewKey, actor } = socket.data;
		this.#limiter.release(deviceKeyOf(circleId, actor), socket.id);
		const groups = this.#audiences.get(circleId);
		const group = groups?.get(viewKey);
		group?.sockets.delete(socket);
		if (group?.sockets.size === 0) groups!.delete(viewKey);
		if (groups?.size === 0) this.#audiences.delete(circleId);
		await this.#presence(socket, -1);
	}

	/** A seat's first device in marks it connected; its last device out marks it dropped (the seat is kept). */
	async #presence(socket: GatewaySocket, delta: 1 | -1): Promise<void> {
		const { actor, circleId } = socket.data;
		if (!('seatId' in actor)) return;
		const key = `${circleId}/${actor.seatId}`;
		const count = (this.#devices.get(key) ?? 0) + delta;
		if (count <= 0) this.#devices.delete(key);
		else this.#devices.set(key, count);
		const host = this.#opts.registry.peek(circleId);
		if (host) await this.#syncPresence(host, actor.seatId);
	}

	/**
	 * Brings the seat's stored presence in line with its devices. The event is chosen just before it runs and
	 * retried while the store fails (the host's submitSystem), so an outage delays a drop but never loses it,
	 * and a device that came back meanwhile cancels it. Never rejects.
	 */
	#syncPresence(host: CircleHost, seatId: string): Promise<unknown> {
		return host.submitSystem(() => {
			const seat = host.circle.snapshot.context.seats[seatId];
			if (!seat) return null;
			const here = this.#devices.has(`${host.id}/${seatId}`);
			// A seat still "joining" (taken over HTTP, no device yet) becomes connected with its first device, like a dropped one.
			if (here && seat.presence !== 'connected') return { type: 'SEAT_RECONNECTED', seatId };
			if (!here && seat.presence === 'connected') return { type: 'SEAT_DROPPED', seatId };
			return null;
		});
	}
}

interface ViewGroup {
	audience: Audience;
	sockets: Set<GatewaySocket>;
	/** The last view this audience was sent (or is about to be), with its version. */
	sent: VersionedView | null;
}

/** Brings the group's view up to date with the circle; true when it changed and must be sent. */
function advance(group: ViewGroup, host: CircleHost): boolean {
	const { current, changed } = nextVersionedView(group.sent, host.circle, group.audience);
	group.sent = current;
	return changed;
}

function messageOf(sent: VersionedView, serverNow: number): ViewMessage {
	return { view: sent.view, version: sent.version, serverNow };
}

function deviceKeyOf(circleId: string, actor: Actor): DeviceKey {
	return 'seatId' in actor ? { circleId, seatId: actor.seatId } : { circleId, screen: true };
}

function credentialKey(auth: v.InferOutput<typeof HandshakeAuthSchema>, cookie: string | undefined): string {
	if (auth.kind !== 'keeper') return hashToken(auth.token);
	return `${hashToken(readCookie(cookie, SESSION_COOKIE) ?? '')}/${auth.circleId}`;
}

const ACK_REQUIRED: ProtocolError = { code: 'ack_required', message: 'Send this with an acknowledgement callback; it was not applied.' };

function viewKeyOf(audience: Audience): string {
	switch (audience.kind) {
		case 'screen':
			return `screen:${audience.languages.join('+')}`;
		case 'participant':
			return `seat:${audience.seatId}`;
		case 'keeper':
			return `keeper:${audience.seatId}`;
	}
}
