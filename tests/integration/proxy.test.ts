// The shipped reverse-proxy config in front of a real server: Debian's nginx with deploy/nginx/circlekeeper-proxy.conf
// on loopback (plain HTTP; the TLS site file is checked with `nginx -t`), and a whole circle through it over
// WebSocket and over long-polling. Fails instead of skipping when REQUIRE_SERVICES=1 (CI) and nginx is missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeeperView, ParticipantView, ScreenView, CircleView as View } from '../../src/lib/protocol';
import type { Ack, ViewMessage } from '../../src/lib/wire/socket';
import { createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type ClientSocket, type TestServer } from '../support/server';

const NGINX = '/usr/sbin/nginx';
const PROXY_CONF = resolve('deploy/nginx/circlekeeper-proxy.conf');
const SITE_CONF = resolve('deploy/nginx/circlekeeper.conf');
const hasNginx = existsSync(NGINX);
if (!hasNginx && process.env.REQUIRE_SERVICES === '1') throw new Error(`nginx is not installed at ${NGINX}: apt-get install -y nginx`);

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
		probe.on('error', fail);
	});
}

/** nginx's own folders (temp files, pid, logs) in a scratch directory, so the test needs no root-owned paths. */
function nginxMain(dir: string, body: string): string {
	const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
	return `daemon off; master_process off; worker_processes 1; pid ${join(dir, 'nginx.pid')}; error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http { access_log off; ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}
${body}
}`;
}

class ProxiedClient {
	readonly socket: ClientSocket;
	readonly views: View[] = [];
	#n = 0;
	constructor(url: string, auth: Record<string, unknown>, transport: 'websocket' | 'polling', cookie?: string) {
		this.socket = io(url, { auth, transports: [transport], upgrade: false, reconnection: false, forceNew: true, extraHeaders: cookie ? { cookie } : {} });
		this.socket.on('view', (m: ViewMessage) => this.views.push(m.view));
	}
	connected(): Promise<void> {
		return new Promise((done, fail) => {
			this.socket.once('connect', () => done());
			this.socket.once('connect_error', fail);
		});
	}
	send(command: Record<string, unknown>): Promise<Ack> {
		return this.socket.timeout(5_000).emitWithAck('command', { commandId: `p${++this.#n}`, command } as never);
	}
	async until<T extends View>(test: (v: T) => boolean): Promise<T> {
		const deadline = Date.now() + 5_000;
		while (Date.now() < deadline) {
			const found = this.views.findLast((v) => test(v as T));
			if (found) return found as T;
			await new Promise((r) => setTimeout(r, 20));
		}
		throw new Error(`no matching view; last ${JSON.stringify(this.views.at(-1))?.slice(0, 300)}`);
	}
}

describe.skipIf(!hasNginx)('the shipped nginx config in front of the server', () => {
	let server: TestServer;
	let nginx: ChildProcess;
	let dir: string;
	let url: string;

	beforeAll(async () => {
		server = await startServer({ trustProxy: true });
		dir = mkdtempSync(join(tmpdir(), 'circlekeeper-nginx-'));
		const port = await freePort();
		url = `http://127.0.0.1:${port}`;
		const upstream = new URL(server.url).port;
		writeFileSync(join(dir, 'nginx.conf'), nginxMain(dir, `upstream circlekeeper { server 127.0.0.1:${upstream}; }\nserver { listen 127.0.0.1:${port}; include ${PROXY_CONF}; }`));
		nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
		for (let i = 0; i < 100; i += 1) {
			if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return;
			await new Promise((r) => setTimeout(r, 50));
		}
		throw new Error(`nginx did not answer: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
	});

	afterAll(async () => {
		nginx?.kill('SIGTERM');
		await server?.close();
		if (server) removeDir(server.dataDir);
		if (dir) removeDir(dir);
	});

	it('accepts the TLS site file as Debian ships nginx (nginx -t)', () => {
		const cert = join(dir, 'cert.pem');
		const key = join(dir, 'key.pem');
		const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=circles.example.org', '-days', '1', '-keyout', key, '-out', cert]);
		expect(made.status).toBe(0);
		const site = readFileSync(SITE_CONF, 'utf8')
			.replace(/\/etc\/letsencrypt\/live\/circles\.example\.org\/fullchain\.pem/u, cert)
			.replace(/\/etc\/letsencrypt\/live\/circles\.example\.org\/privkey\.pem/u, key)
			.replace('/etc/nginx/snippets/circlekeeper-proxy.conf', PROXY_CONF)
			.replaceAll(/listen (\[::\]:)?(80|443)/gu, (_m, v6: string | undefined, p: string) => `listen ${v6 ? '[::1]:' : '127.0.0.1:'}${p === '80' ? 18080 : 18443}`);
		writeFileSync(join(dir, 'site.conf'), nginxMain(dir, site));
		const checked = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'site.conf')], { encoding: 'utf8' });
		expect(checked.stderr).toContain('test is successful');
	});

	it('runs a whole circle through the proxy, phones on WebSocket and on long-polling', async () => {
		const cookie = await signInFirstKeeper({ url });
		const circle = await createCircle({ url }, cookie, { templateId: 'check-in-check-out', keeperName: 'Kim' });
		const keeper = new ProxiedClient(url, { kind: 'keeper', circleId: circle.id }, 'websocket', cookie);
		await keeper.connected();
		expect((await keeper.send({ type: 'OPEN' })).ok).toBe(true);
		const phones: ProxiedClient[] = [];
		for (const [name, transport] of [['Ana', 'websocket'], ['Ben', 'polling'], ['Cy', 'polling']] as const) {
			const joined = await joinCircle({ url }, circle.joinCode, name);
			const phone = new ProxiedClient(url, { kind: 'participant', token: joined.token }, transport);
			await phone.connected();
			phones.push(phone);
		}
		const screen = new ProxiedClient(url, { kind: 'screen', token: circle.screenPath.split('#t=')[1], languages: ['en'] }, 'polling');
		await screen.connected();
		await keeper.until<KeeperView>((v) => v.seats.filter((s) => s.presence === 'connected').length === 4);
		expect([keeper, ...phones, screen].map((c) => c.socket.io.engine.transport.name)).toEqual(['websocket', 'websocket', 'polling', 'polling', 'polling']);

		expect((await keeper.send({ type: 'START' })).ok).toBe(true);
		// Walk the plan: whoever holds the piece says Done, the keeper advances between parts, until it ends.
		for (let step = 0; step < 60; step += 1) {
			const view = await keeper.until<KeeperView>(() => true);
			if (view.status === 'closed' || view.phase === null) break;
			const holder = view.piece?.stage === 'turn' || view.piece?.stage === 'offered-again' ? view.piece.holderSeatId : null;
			const phone = phones.find((p) => (p.views.at(-1) as ParticipantView | undefined)?.you?.holding);
			const ack = holder === view.you.seatId ? await keeper.send({ type: 'DONE' }) : phone && holder !== null ? await phone.send({ type: 'DONE' }) : await keeper.send({ type: 'ADVANCE' });
			expect(ack.ok, JSON.stringify(ack)).toBe(true);
			await new Promise((r) => setTimeout(r, 30));
		}
		const reached = await screen.until<ScreenView>((v) => v.phase === null || v.status === 'closed');
		expect(reached).toBeTruthy();
		// Every phone, whatever its transport, saw the live circle's parts come and go.
		for (const phone of phones) expect(new Set(phone.views.map((v) => v.phase?.id).filter(Boolean)).size).toBeGreaterThan(1);
		expect((await keeper.send({ type: 'CLOSE' })).ok).toBe(true);
		await phones[1]!.until<ParticipantView>((v) => v.status === 'closed');
		for (const c of [keeper, screen, ...phones]) c.socket.close();
	});
});
