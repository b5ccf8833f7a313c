// Abuse over real sockets and HTTP: floods, a foreign Origin, join-code guessing, retried commandIds,
// a stale sync, and rejoin tokens that die with the circle. Each test gets its own server.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FLOOD_STRIKES, SOCKET_BURST } from '../../server/socket/socket-limits';
import { JOIN_FAILURES_PER_ADDRESS } from '../../server/http/join';
import type { KeeperView } from '../../src/lib/protocol';
import type { Ack } from '../../src/lib/wire/socket';
import type { CreatedCircle } from '../../src/lib/wire/http';
import { api, Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

let server: TestServer;
let circle: CreatedCircle;
let keeper: Client;
const open: Client[] = [];
const track = (c: Client) => (open.push(c), c);

beforeEach(async () => {
	server = await startServer();
	const cookie = await signInFirstKeeper(server);
	circle = await createCircle(server, cookie);
	keeper = track(Client.keeper(server, circle.id, cookie));
	await keeper.connected();
	await keeper.waitFor(() => true);
});

afterEach(async () => {
	for (const c of open.splice(0)) c.close();
	await server?.close();
	if (server) removeDir(server.dataDir);
});

/** The circle's seq on the server, once the commands sent so far are done (views no longer carry it). */
async function currentSeq(): Promise<number> {
	const host = server.app.registry.peek(circle.id)!;
	await host.drain();
	return host.circle.seq;
}

it('answers a flood with rate_limited acks, then disconnects the socket', async () => {
	const joined = await joinCircle(server, circle.joinCode, 'Ana');
	const flooder = track(Client.participant(server, joined.token));
	await flooder.connected();
	const disconnected = new Promise<string>((resolve) => flooder.socket.once('disconnect', resolve));
	const acks: Promise<Ack | 'no ack'>[] = [];
	for (let i = 0; i < SOCKET_BURST + FLOOD_STRIKES + 30; i++) {
		acks.push(flooder.send({ type: 'SET_LANGUAGE', language: 'en' }, `flood-${i}`).catch(() => 'no ack' as const));
	}
	expect(await disconnected).toBe('io server disconnect');
	const results = await Promise.all(acks);
	const limited = results.filter((r) => r !== 'no ack' && !r.ok && r.error.code === 'rate_limited');
	expect(limited.length).toBeGreaterThanOrEqual(FLOOD_STRIKES - 1 - 5);
	expect(results.filter((r) => r !== 'no ack' && r.ok).length).toBeLessThanOrEqual(SOCKET_BURST + 5);
	// The flooder's own seat is untouched by the flood, and the rest of the circle carries on.
	await expect(keeper.socket.timeout(5_000).emitWithAck('sync', { lastVersion: 0 })).resolves.toHaveProperty('view');
});

it('refuses a websocket handshake from a foreign Origin', async () => {
	const stranger = track(new Client(server, { kind: 'keeper', circleId: circle.id }, { origin: 'http://evil.example' }));
	await expect(stranger.connected()).rejects.toBeDefined();
	expect(stranger.socket.connected).toBe(false);
	expect(stranger.views).toEqual([]);
});

it('accepts a websocket handshake from the page’s own origin', async () => {
	const joined = await joinCircle(server, circle.joinCode, 'Ana');
	const own = track(new Client(server, { kind: 'participant', token: joined.token }, { origin: server.url }));
	await expect(own.connected()).resolves.toBeUndefined();
});

it('gives an unknown code and a malformed code the very same reply', async () => {
	const unknown = await api(server, '/api/join/check', { code: 'ZZZZ-ZZZZ' });
	const malformed = await api(server, '/api/join/check', { code: '@@ no!' });
	expect(unknown.status).toBe(404);
	expect(malformed.status).toBe(unknown.status);
	expect(malformed.body).toEqual(unknown.body);
});

it(`answers 429 with retry-after once an address has guessed ${JOIN_FAILURES_PER_ADDRESS} wrong codes`, async () => {
	for (let i = 0; i < JOIN_FAILURES_PER_ADDRESS; i++) {
		expect((await api(server, '/api/join', { code: 'ZZZZ-ZZZZ', profile: { name: 'Guess' }, acceptedAgreements: true })).status).toBe(404);
	}
	const eleventh = await api(server, '/api/join/check', { code: 'ZZZZ-ZZZZ' });
	expect(eleventh.status).toBe(429);
	expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThan(0);
	// Even the right code is refused now: guessing cannot continue by luck.
	expect((await api(server, '/api/join/check', { code: circle.joinCode })).status).toBe(429);
});

it('acknowledges a retried commandId again and applies it once', async () => {
	const first = await keeper.send({ type: 'RECORD_AGREEMENT', text: 'We listen.' }, 'dup-1');
	const seq = await currentSeq();
	const again = await keeper.send({ type: 'RECORD_AGREEMENT', text: 'We listen.' }, 'dup-1');
	expect(first).toMatchObject({ ok: true });
	expect(again).toEqual(first);
	expect(await currentSeq()).toBe(seq);
	expect((keeper.views.at(-1)!.view as KeeperView).agreements).toEqual(['We listen.']);
});

it('answers a sync with a stale lastVersion with the current view, at the version the command was acknowledged with', async () => {
	await keeper.send({ type: 'OPEN' });
	const ack = await keeper.send({ type: 'RECORD_AGREEMENT', text: 'We listen.' });
	const reply = await keeper.socket.timeout(5_000).emitWithAck('sync', { lastVersion: 0 });
	expect(ack).toMatchObject({ ok: true });
	expect('view' in reply && reply).toMatchObject({ version: (ack as { version: number }).version, view: { status: 'lobby', agreements: ['We listen.'] } });
});

it('stops honouring a participant’s rejoin token once the circle closes', async () => {
	const joined = await joinCircle(server, circle.joinCode, 'Ana');
	expect(await keeper.send({ type: 'CLOSE' })).toMatchObject({ ok: true });
	await keeper.waitFor((v) => v.status === 'closed');
	const late = track(Client.participant(server, joined.token));
	await expect(late.connected()).rejects.toMatchObject({ data: { code: 'not_found' } });
	expect((await api(server, '/api/join/check', { code: circle.joinCode })).status).toBe(404);
});
