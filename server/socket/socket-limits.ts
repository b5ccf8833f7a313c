// What one seat (or one circle's screen link) may do over sockets, however many it opens: how many devices
// at once, how many messages a second across them, and a cool-down for a credential cut off for flooding.
// Hand-written because @fastify/rate-limit limits HTTP requests, not socket messages.
import { KeyedLimiter } from '../rate-limit';

/** Messages a seat may send in a burst, and per second after that, across all its devices (a screen counts as its own sender). */
export const SOCKET_BURST = 20;
export const SOCKET_PER_SECOND = 5;
/** Refused messages before a socket is disconnected as a flood. */
export const FLOOD_STRIKES = 50;
/**
 * After a flood disconnect, how long the same credential is refused at the handshake, before any store
 * lookup: a flooder that reconnects at once would otherwise cost a handshake and 70 messages a round.
 */
export const FLOOD_COOLDOWN_MS = 10_000;
const MAX_COOLING = 10_000;
/** Devices one seat may have connected at once: a phone, a tablet, a laptop. */
export const MAX_DEVICES_PER_SEAT = 3;
/** Screens one circle's link may have open at once: projectors in the room and a keeper's preview. */
export const MAX_SCREENS_PER_CIRCLE = 5;

export interface SocketLimits {
	/** @default SOCKET_BURST */
	burst: number;
	/** @default SOCKET_PER_SECOND */
	perSecond: number;
	/** @default MAX_DEVICES_PER_SEAT */
	devicesPerSeat: number;
	/** @default MAX_SCREENS_PER_CIRCLE */
	screensPerCircle: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
	burst: SOCKET_BURST,
	perSecond: SOCKET_PER_SECOND,
	devicesPerSeat: MAX_DEVICES_PER_SEAT,
	screensPerCircle: MAX_SCREENS_PER_CIRCLE
};

/** Who the limits count: a seat of a circle, or a circle's screen link. */
export type DeviceKey = { circleId: string; seatId: string } | { circleId: string; screen: true };

export class SocketLimiter {
	#limits: SocketLimits;
	#messages: KeyedLimiter;
	/** Credentials cut off for flooding, until when. */
	#cooling = new Map<string, number>();
	/** Socket ids per seat or screen link, taken in the handshake so parallel handshakes cannot pass the cap together. */
	#devices = new Map<string, Set<string>>();

	constructor(limits: SocketLimits = DEFAULT_SOCKET_LIMITS) {
		this.#limits = limits;
		this.#messages = new KeyedLimiter(limits.burst, limits.perSecond, 100_000);
	}

	/** A refusal for a credential still cooling down after a flood, or null. */
	coolingRefusal(credential: string, now: number): string | null {
		const until = this.#cooling.get(credential);
		if (until !== undefined && until > now) return 'Too many messages from this device. Wait a few seconds, then reconnect.';
		this.#cooling.delete(credential);
		return null;
	}

	/** The credential of a socket disconnected for flooding is refused for FLOOD_COOLDOWN_MS. */
	coolDown(credential: string, now: number): void {
		if (this.#cooling.size >= MAX_COOLING) this.#cooling.delete(this.#cooling.keys().next().value!);
		this.#cooling.set(credential, now + FLOOD_COOLDOWN_MS);
	}

	/** Whether one more message from `sender` (a seat key, or a screen socket's id) is allowed now. */
	takeMessage(sender: string, now: number): boolean {
		return this.#messages.take(sender, now).ok;
	}

	/** Takes a device place for `socketId`, or returns the refusal when `key` already has all it may. */
	reserve(key: DeviceKey, socketId: string): string | null {
		const name = keyOf(key);
		const devices = this.#devices.get(name) ?? new Set<string>();
		const limit = 'seatId' in key ? this.#limits.devicesPerSeat : this.#limits.screensPerCircle;
		if (devices.size >= limit) {
			const already = 'seatId' in key ? 'This seat is already open on' : 'This circle’s screen link is already open on';
			return `${already} ${limit} devices. Close it on one of them, then try again.`;
		}
		devices.add(socketId);
		this.#devices.set(name, devices);
		return null;
	}

	/** Gives the place back; safe to call more than once (on disconnect and on the connection's close). */
	release(key: DeviceKey, socketId: string): void {
		const name = keyOf(key);
		const devices = this.#devices.get(name);
		devices?.delete(socketId);
		if (devices?.size === 0) this.#devices.delete(name);
	}
}

function keyOf(key: DeviceKey): string {
	return 'seatId' in key ? `${key.circleId}/${key.seatId}` : `${key.circleId}/screen`;
}
