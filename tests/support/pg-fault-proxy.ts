// A TCP proxy between a server under test and PostgreSQL that injects faults: cut every connection and refuse
// new ones, stall all traffic, or let one COMMIT through and swallow its reply before cutting the connection.
import net from 'node:net';

/** PostgreSQL's startup-phase request codes that are followed by another startup message. */
const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const READY_FOR_QUERY = 'Z'.charCodeAt(0);
const SIMPLE_QUERY = 'Q'.charCodeAt(0);

type Mode = 'pass' | 'refuse' | 'stall';

/** One proxied connection: the server under test's side and PostgreSQL's side. */
interface Pair {
	client: net.Socket;
	upstream: net.Socket;
	/** Unparsed bytes from the client, for finding message boundaries. */
	pending: Buffer;
	startupDone: boolean;
	/** The open transaction sent the marker of `swallowCommitReply` (in a statement or a bound parameter). */
	marked: boolean;
	/** A marked COMMIT went through: drop PostgreSQL's replies, and cut once its ReadyForQuery has come. */
	swallowing: boolean;
	backendPending: Buffer;
}

export class PgFaultProxy {
	#server: net.Server;
	#target: { host: string; port: number };
	#pairs = new Set<Pair>();
	#mode: Mode = 'pass';
	#swallow: { marker: Buffer; done: () => void } | null = null;

	private constructor(server: net.Server, target: { host: string; port: number }) {
		this.#server = server;
		this.#target = target;
	}

	/** Listens on a free port of 127.0.0.1 and forwards to `target` (PostgreSQL's host and port). */
	static async start(target: { host: string; port: number }): Promise<PgFaultProxy> {
		const server = net.createServer();
		const proxy = new PgFaultProxy(server, target);
		server.on('connection', (socket) => proxy.#accept(socket));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		return proxy;
	}

	get port(): number {
		return (this.#server.address() as net.AddressInfo).port;
	}

	/** `url` (a postgres:// URL) rewritten to go through this proxy. */
	wrap(url: string): string {
		const through = new URL(url);
		through.hostname = '127.0.0.1';
		through.port = String(this.port);
		return through.toString();
	}

	/** The database goes away: every connection is cut and new ones are closed at once, until `pass()`. */
	refuse(): void {
		this.#mode = 'refuse';
		for (const pair of this.#pairs) this.#cut(pair);
	}

	/** The network hangs: nothing flows either way (connections stay open), until `pass()`. */
	stall(): void {
		this.#mode = 'stall';
		for (const pair of this.#pairs) {
			pair.client.pause();
			pair.upstream.pause();
		}
	}

	/** Back to normal: stalled traffic flows again and new connections are forwarded. */
	pass(): void {
		this.#mode = 'pass';
		for (const pair of this.#pairs) {
			pair.client.resume();
			pair.upstream.resume();
		}
	}

	/**
	 * The next COMMIT of a transaction that sent `marker` (e.g. a command id) reaches PostgreSQL and commits,
	 * but its reply never comes back: the connection is cut once PostgreSQL has answered. Resolves then.
	 */
	swallowCommitReply(marker: string): Promise<void> {
		return new Promise((resolve) => (this.#swallow = { marker: Buffer.from(marker), done: resolve }));
	}

	async close(): Promise<void> {
		for (const pair of this.#pairs) this.#cut(pair);
		await new Promise<void>((resolve) => this.#server.close(() => resolve()));
	}

	#accept(client: net.Socket): void {
		if (this.#mode === 'refuse') {
			client.destroy();
			return;
		}
		const upstream = net.connect(this.#target.port, this.#target.host);
		const pair: Pair = { client, upstream, pending: Buffer.alloc(0), startupDone: false, marked: false, swallowing: false, backendPending: Buffer.alloc(0) };
		this.#pairs.add(pair);
		if (this.#mode === 'stall') {
			client.pause();
			upstream.pause();
		}
		client.on('data', (chunk: Buffer) => {
			upstream.write(chunk);
			this.#watchFrontend(pair, chunk);
		});
		upstream.on('data', (chunk: Buffer) => {
			if (!pair.swallowing) client.write(chunk);
			else this.#watchSwallowed(pair, chunk);
		});
		const end = () => this.#cut(pair);
		client.on('close', end);
		upstream.on('close', end);
		client.on('error', end);
		upstream.on('error', end);
	}

	#cut(pair: Pair): void {
		this.#pairs.delete(pair);
		pair.client.destroy();
		pair.upstream.destroy();
	}

	/** Splits the client's bytes into protocol messages, to spot the marked transaction's COMMIT (a simple query). */
	#watchFrontend(pair: Pair, chunk: Buffer): void {
		pair.pending = Buffer.concat([pair.pending, chunk]);
		for (;;) {
			if (!pair.startupDone) {
				if (pair.pending.length < 8) return;
				const length = pair.pending.readInt32BE(0);
				if (pair.pending.length < length) return;
				const code = pair.pending.readInt32BE(4);
				pair.startupDone = code !== SSL_REQUEST && code !== GSS_REQUEST;
				pair.pending = pair.pending.subarray(length);
				continue;
			}
			if (pair.pending.length < 5) return;
			const length = pair.pending.readInt32BE(1);
			if (pair.pending.length < 1 + length) return;
			const type = pair.pending[0];
			const body = pair.pending.subarray(5, 1 + length);
			pair.pending = pair.pending.subarray(1 + length);
			if (!this.#swallow) continue;
			const text = type === SIMPLE_QUERY ? body.toString('utf8').replace(/\0+$/, '').trim().toLowerCase() : '';
			if (text === 'begin') pair.marked = false;
			else if (text === 'commit') pair.swallowing = pair.marked;
			else if (body.includes(this.#swallow.marker)) pair.marked = true;
		}
	}

	/** Drops PostgreSQL's reply to the COMMIT; once its ReadyForQuery is in, the commit is done: cut. */
	#watchSwallowed(pair: Pair, chunk: Buffer): void {
		pair.backendPending = Buffer.concat([pair.backendPending, chunk]);
		while (pair.backendPending.length >= 5) {
			const length = pair.backendPending.readInt32BE(1);
			if (pair.backendPending.length < 1 + length) return;
			const type = pair.backendPending[0];
			pair.backendPending = pair.backendPending.subarray(1 + length);
			if (type === READY_FOR_QUERY) {
				this.#cut(pair);
				const swallow = this.#swallow;
				this.#swallow = null;
				swallow?.done();
				return;
			}
		}
	}
}
