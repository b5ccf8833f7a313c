// A real Circlekeeper server for integration tests: port 0, a fresh SQLite dir (or PostgreSQL schema),
// plus helpers to sign in a keeper, create a circle, join participants and open real Socket.io clients.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { buildApp, type App, type AppOptions } from '../../server/app';
import type { Config } from '../../server/config';
import type { Ack, ClientToServerEvents, ServerToClientEvents, ViewMessage } from '../../src/lib/wire/socket';
import type { CreatedCircle, JoinedCircle } from '../../src/lib/wire/http';
import { viewFor, type Audience, type CircleView } from '../../src/lib/protocol/views';
import type { CircleHost } from '../../server/circles/circle-host';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestServer {
	app: App;
	url: string;
	dataDir: string;
	config: Config;
	close(): Promise<void>;
}

export async function startServer(over: Partial<Config> = {}, options: AppOptions = {}): Promise<TestServer> {
	const dataDir = over.dataDir ?? mkdtempSync(join(tmpdir(), 'circlekeeper-test-'));
	const config: Config = {
		host: '127.0.0.1',
		port: 0,
		dataDir,
		databaseUrl: '',
		allowedOrigins: [],
		logLevel: 'silent',
		trustProxy: false,
		shutdownTimeoutMs: 5_000,
		linkSecret: '',
		dataKeySecret: '',
		dataKeySecretPrevious: '',
		harvestDraftDays: 30,
		idleWaitingDays: 14,
		idleLiveHours: 12,
		publicUrl: '',
		...over
	};
	const app = await buildApp(config, { pagesDir: 'no-pages', ...options });
	const address = await app.http.listen({ host: config.host, port: config.port });
	return {
		app,
		url: address,
		dataDir,
		config,
		async close() {
			await app.close();
		}
	};
}

export function removeDir(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

export async function api<T = unknown>(server: { url: string }, path: string, body?: unknown, cookie?: string): Promise<{ status: number; body: T; headers: Headers }> {
	const response = await fetch(server.url + path, {
		method: body === undefined ? 'GET' : 'POST',
		headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await response.text();
	return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}

/** Creates the first account (admin + keeper) and returns its session cookie. */
export async function signInFirstKeeper(server: { url: string }, email = 'keeper@example.org', password = 'a long enough password'): Promise<string> {
	let res = await api(server, '/api/setup', { email, password });
	if (res.status === 409) res = await api(server, '/api/login', { email, password });
	const cookie = res.headers.get('set-cookie');
	if (!cookie) throw new Error(`no session cookie (status ${res.status})`);
	return cookie.split(';')[0]!;
}

export async function createCircle(server: { url: string }, cookie: string, body: Record<string, unknown> = { templateId: 'check-in-check-out' }): Promise<CreatedCircle> {
	const res = await api<CreatedCircle>(server, '/api/circles', body, cookie);
	if (res.status !== 201) throw new Error(`create circle failed: ${res.status} ${JSON.stringify(res.body)}`);
	return res.body;
}

export async function joinCircle(server: { url: string }, joinCode: string, name: string, profile: Record<string, unknown> = {}): Promise<JoinedCircle> {
	const res = await api<JoinedCircle>(server, '/api/join', { code: joinCode, profile: { name, ...profile }, acceptedAgreements: true });
	if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
	return res.body;
}

/**
 * Resolves once every client shows what the server would send its audience now, after the commands already
 * queued. Views go out only when an audience's view changed, so "wait for the next view" may wait forever.
 */
export async function allShowing(host: CircleHost, clients: [Client, Audience][]): Promise<void> {
	await host.drain();
	await Promise.all(clients.map(([client, audience]) => client.showing(viewFor(host.circle, audience))));
}

/** A connected client that records every view it receives. */
export class Client {
	readonly socket: ClientSocket;
	readonly views: ViewMessage[] = [];
	#commandSeq = 0;

	constructor(server: { url: string }, auth: Record<string, unknown>, headers: Record<string, string> = {}) {
		this.socket = io(server.url, { auth, extraHeaders: headers, transports: ['websocket'], reconnection: false, forceNew: true });
		this.socket.on('view', (message) => this.views.push(message));
	}

	static keeper(server: { url: string }, circleId: string, cookie: string): Client {
		return new Client(server, { kind: 'keeper', circleId }, { cookie });
	}

	static participant(server: { url: string }, token: string): Client {
		return new Client(server, { kind: 'participant', token });
	}

	static screen(server: { url: string }, screenPath: string, languages: string[] = ['en']): Client {
		return new Client(server, { kind: 'screen', token: screenPath.split('#t=')[1], languages });
	}

	connected(): Promise<void> {
		if (this.socket.connected) return Promise.resolve();
		return new Promise((resolve, reject) => {
			this.socket.once('connect', () => resolve());
			this.socket.once('connect_error', reject);
		});
	}

	get view() {
		return this.views.at(-1)?.view;
	}

	/** The version of the last view received: this audience's own count of changes it could see. */
	get version(): number {
		return this.views.at(-1)?.version ?? 0;
	}

	/**
	 * Resolves once this client's latest view is `expected` (what the server would send its audience now).
	 * A view goes out only when an audience's view changed, so a command may send this client nothing.
	 */
	showing(expected: CircleView, timeoutMs = 5_000): Promise<void> {
		const shown = () => isDeepStrictEqual(this.view, expected);
		if (shown()) return Promise.resolve();
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.socket.off('view', onView);
				reject(new Error(`not showing the expected view within ${timeoutMs} ms; last: ${JSON.stringify(this.view)?.slice(0, 400)}`));
			}, timeoutMs);
			const onView = () => {
				if (!shown()) return;
				clearTimeout(timer);
				this.socket.off('view', onView);
				resolve();
			};
			this.socket.on('view', onView);
		});
	}

	send(command: Record<string, unknown>, commandId = `c${++this.#commandSeq}-${Math.random().toString(36).slice(2, 8)}`): Promise<Ack> {
		return this.socket.timeout(5_000).emitWithAck('command', { commandId, command } as never);
	}

	/** Resolves when a view matching `test` has arrived (already or later), after version `since`. */
	waitFor(test: (view: NonNullable<Client['view']>) => boolean, timeoutMs = 5_000, since = 0): Promise<NonNullable<Client['view']>> {
		const found = this.views.find((m) => m.version > since && test(m.view));
		if (found) return Promise.resolve(found.view);
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.socket.off('view', onView);
				reject(new Error(`no matching view within ${timeoutMs} ms; last: ${JSON.stringify(this.view)?.slice(0, 400)}`));
			}, timeoutMs);
			const onView = (m: ViewMessage) => {
				if (m.version <= since || !test(m.view)) return;
				clearTimeout(timer);
				this.socket.off('view', onView);
				resolve(m.view);
			};
			this.socket.on('view', onView);
		});
	}

	close(): void {
		this.socket.close();
	}
}
