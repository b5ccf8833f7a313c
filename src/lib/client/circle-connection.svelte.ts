// One live connection to a circle over Socket.io: the latest view, the server clock offset, a status a person can read,
// and commands sent with an id so a retry after a dropped connection is acknowledged again, never applied twice.
import { io, type Socket } from 'socket.io-client';
import type { Command } from '$lib/protocol/commands';
import type { CircleView } from '$lib/protocol/views';
import type { Ack, ClientToServerEvents, HandshakeAuth, ServerToClientEvents, ViewMessage } from '$lib/wire/socket';

/** How long a command waits for its acknowledgement before it is retried once after reconnecting. */
export const COMMAND_TIMEOUT_MS = 5_000;
/** How long a retry waits for the connection to come back before giving up. */
export const RECONNECT_WAIT_MS = 30_000;
/** Delay before reconnecting after the server restarted or refused us for now. */
export const RETRY_DELAY_MS = 2_000;

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'ended' | 'error';

type HandshakeErrorData = { code?: string; message?: string };

const NOT_SENT: Ack = { ok: false, error: { code: 'internal', message: 'Could not reach the circle. Check your connection and try again.' } };

/** A command id: crypto.randomUUID is only there in secure contexts (https, localhost), so fall back to random bytes. */
export function newCommandId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class CircleConnection<V extends CircleView = CircleView> {
	view = $state<V | null>(null);
	status = $state<ConnectionStatus>('connecting');
	/** Why the status is 'error' or 'ended', in words a person can act on. */
	message = $state<string | null>(null);
	/** serverNow − local now, in ms: add it to Date.now() to read the server's clock. */
	clockOffsetMs = $state(0);

	#socket: Socket<ServerToClientEvents, ClientToServerEvents>;
	/** The version of the view shown, on this connection; versions are per audience and per connection. */
	#lastVersion = -1;
	#everConnected = false;
	#retryTimer: ReturnType<typeof setTimeout> | undefined;
	#closed = false;
	#offline = false;
	#onOffline = () => this.#goOffline();
	#onOnline = () => this.#comeBack();

	constructor(auth: HandshakeAuth, url?: string) {
		this.#socket = io(url ?? '', { auth, reconnectionDelayMax: 5_000 });
		this.#socket.on('connect', () => this.#onConnect());
		this.#socket.on('view', (message) => this.#apply(message));
		this.#socket.on('disconnect', (reason) => {
			if (this.status === 'ended' || this.#closed) return;
			this.status = 'reconnecting';
			// The server let go of us on purpose (restart, shutdown): socket.io will not come back by itself.
			if (reason === 'io server disconnect') this.#retryLater();
		});
		this.#socket.on('shutdown', () => {
			if (this.status === 'live') this.status = 'reconnecting';
		});
		this.#socket.on('connect_error', (err: Error & { data?: HandshakeErrorData }) => this.#onConnectError(err));
		if (typeof window !== 'undefined') {
			window.addEventListener('offline', this.#onOffline);
			window.addEventListener('online', this.#onOnline);
		}
	}

	/** The server's clock now, as best this device can tell. */
	serverNow(): number {
		return Date.now() + this.clockOffsetMs;
	}

	/** Sends a command; on a timeout, waits for the connection and retries once with the same id. */
	async send(command: Command): Promise<Ack> {
		const message = { commandId: newCommandId(), command };
		try {
			return await this.#socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('command', message);
		} catch {
			if (!(await this.#whenConnected())) return NOT_SENT;
			try {
				return await this.#socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('command', message);
			} catch {
				return NOT_SENT;
			}
		}
	}

	close(): void {
		this.#closed = true;
		clearTimeout(this.#retryTimer);
		this.#removeNetworkListeners();
		this.#socket.close();
	}

	/**
	 * The device lost its network (a phone in a tunnel, wifi dropped): say so at once instead of waiting for
	 * heartbeats to time out, and let go of the socket so the circle holds the seat (and a held turn waits).
	 */
	#goOffline(): void {
		if (this.#closed || this.status === 'ended') return;
		this.#offline = true;
		this.status = 'reconnecting';
		this.#socket.disconnect();
	}

	#comeBack(): void {
		if (this.#closed || this.status === 'ended' || !this.#offline) return;
		this.#offline = false;
		this.#socket.connect();
	}

	#removeNetworkListeners(): void {
		if (typeof window === 'undefined') return;
		window.removeEventListener('offline', this.#onOffline);
		window.removeEventListener('online', this.#onOnline);
	}

	#onConnect(): void {
		clearTimeout(this.#retryTimer);
		if (this.status !== 'ended') this.status = 'live';
		this.message = null;
		// A new connection may count versions from 1 again (a restarted server, or no device of ours was
		// connected), and nothing from the old one arrives after this: so the next view is taken as it comes.
		const had = this.#lastVersion;
		this.#lastVersion = -1;
		if (this.#everConnected) {
			// Catch up on anything missed while away (the server also sends a view on connect; repeats are dropped).
			this.#socket.emit('sync', { lastVersion: had }, (reply) => {
				if ('view' in reply) this.#apply(reply);
			});
		}
		this.#everConnected = true;
	}

	#onConnectError(err: Error & { data?: HandshakeErrorData }): void {
		if (this.#closed) return;
		const code = err.data?.code;
		if (code === 'not_found') {
			this.#end(err.data?.message ?? null);
		} else if (code === 'not_authorized') {
			this.status = 'error';
			this.message = err.data?.message ?? 'This link or code is not valid.';
		} else if (code !== undefined) {
			// e.g. not_allowed_now while the server restarts: try again shortly.
			this.status = this.#everConnected ? 'reconnecting' : 'connecting';
			this.#retryLater();
		} else {
			// A network failure: socket.io keeps retrying by itself.
			this.status = this.#everConnected ? 'reconnecting' : 'connecting';
		}
	}

	#apply(message: ViewMessage): void {
		this.clockOffsetMs = message.serverNow - Date.now();
		if (message.version <= this.#lastVersion) return;
		this.#lastVersion = message.version;
		this.view = message.view as V;
		if (message.view.status === 'closed') this.#end(null);
	}

	#end(message: string | null): void {
		this.status = 'ended';
		this.message = message;
		clearTimeout(this.#retryTimer);
		this.#removeNetworkListeners();
		this.#socket.close();
	}

	#retryLater(): void {
		clearTimeout(this.#retryTimer);
		this.#retryTimer = setTimeout(() => {
			if (!this.#closed && this.status !== 'ended' && !this.#socket.connected) this.#socket.connect();
		}, RETRY_DELAY_MS);
	}

	#whenConnected(): Promise<boolean> {
		if (this.#socket.connected) return Promise.resolve(true);
		return new Promise((resolve) => {
			const done = (ok: boolean) => {
				clearTimeout(timer);
				this.#socket.off('connect', onConnect);
				resolve(ok);
			};
			const onConnect = () => done(true);
			const timer = setTimeout(() => done(false), RECONNECT_WAIT_MS);
			this.#socket.on('connect', onConnect);
		});
	}
}
