// Presence over real sockets: a seat taken over HTTP is "joining" until a device connects (regression: it showed
// as connected and, when the round reached it, held the piece forever); a frozen phone that stops answering
// pings counts as dropped within ~10 s (regression: ~44 s); both then get the usual grace and wait-or-skip.
import { afterEach, beforeEach, expect, it } from 'vitest';
import WebSocket from 'ws';
import { PING_INTERVAL_MS, PING_TIMEOUT_MS } from '../../server/app';
import type { KeeperView } from '../../src/lib/protocol';
import type { CreatedCircle } from '../../src/lib/wire/http';
import { Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

const GRACE_MS = 5_000;
const plan = {
	version: 1,
	title: { en: 'Presence' },
	graceMs: GRACE_MS,
	phases: [{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you?' } }]
};

let server: TestServer;
let cookie: string;
let circle: CreatedCircle;
let keeper: Client;
const open: Array<{ close(): void }> = [];

beforeEach(async () => {
	server = await startServer();
	cookie = await signInFirstKeeper(server);
	circle = await createCircle(server, cookie, { plan });
	keeper = new Client(server, { kind: 'keeper', circleId: circle.id }, { cookie });
	open.push(keeper);
	await keeper.connected();
	await keeper.send({ type: 'OPEN' });
});

afterEach(async () => {
	for (const c of open.splice(0)) c.close();
	await server?.close();
	if (server) removeDir(server.dataDir);
});

const seatOf = (view: unknown, seatId: string) => (view as KeeperView).seats.find((s) => s.seatId === seatId);

it('reaches a never-connected seat with the grace period, then asks the keepers to wait or skip', async () => {
	const ana = await joinCircle(server, circle.joinCode, 'Ana');
	await keeper.waitFor((v) => seatOf(v, ana.seatId)?.presence === 'joining');
	expect(await keeper.send({ type: 'START' })).toMatchObject({ ok: true });
	expect(await keeper.send({ type: 'DONE' })).toMatchObject({ ok: true });
	const away = (await keeper.waitFor((v) => v.piece?.holderSeatId === ana.seatId && (v as KeeperView).round?.graceTimer != null)) as KeeperView;
	expect(away.round?.awaitingKeeper).toBe(false);
	await keeper.waitFor((v) => (v as KeeperView).round?.awaitingKeeper === true, GRACE_MS + 3_000);
	expect(await keeper.send({ type: 'SKIP', seatId: ana.seatId })).toMatchObject({ ok: true });
}, 20_000);

it(`notices a frozen holder within ${(PING_INTERVAL_MS + PING_TIMEOUT_MS) / 1000} s and starts the grace period from then`, async () => {
	const ana = await joinCircle(server, circle.joinCode, 'Ana');
	// A raw Engine.IO client that joins the namespace and then never answers a ping: a phone frozen mid-circle.
	const frozen = new WebSocket(`${server.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
	open.push({ close: () => frozen.terminate() });
	frozen.on('message', (data) => {
		if (String(data).startsWith('0')) frozen.send(`40${JSON.stringify({ kind: 'participant', token: ana.token })}`);
	});
	await keeper.waitFor((v) => seatOf(v, ana.seatId)?.presence === 'connected');
	await keeper.send({ type: 'START' });
	await keeper.send({ type: 'DONE' });
	const frozeAt = Date.now();
	await keeper.waitFor((v) => seatOf(v, ana.seatId)?.presence === 'dropped', PING_INTERVAL_MS + PING_TIMEOUT_MS + 2_000);
	expect(Date.now() - frozeAt).toBeLessThanOrEqual(PING_INTERVAL_MS + PING_TIMEOUT_MS + 1_000);
	const away = (await keeper.waitFor((v) => (v as KeeperView).round?.graceTimer != null)) as KeeperView;
	expect(away.round?.graceTimer?.deadlineAt).toBeGreaterThan(Date.now() + GRACE_MS - 2_000);
}, 30_000);

// Regression: the keeper could LEAVE their own seat and never get it back.
it('seats the keeper again when their console reconnects after leaving their seat', async () => {
	expect(await keeper.send({ type: 'LEAVE' })).toMatchObject({ ok: true });
	await keeper.waitFor((v) => !(v as KeeperView).seats.some((s) => s.role === 'keeper'));
	keeper.close();
	const back = new Client(server, { kind: 'keeper', circleId: circle.id }, { cookie });
	open.push(back);
	await back.connected();
	const view = (await back.waitFor((v) => (v as KeeperView).seats.some((s) => s.role === 'keeper' && s.presence === 'connected'))) as KeeperView;
	expect(view.ring.at(-1)?.seatId).toBe('keeper');
});
