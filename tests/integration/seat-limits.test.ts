// Limits per seat, not per socket, over real sockets (regression: one rejoin token opened 200 sockets and sent
// 5,000 commands in 25 s), and messages the server cannot act on are answered instead of dropped.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FLOOD_STRIKES, MAX_DEVICES_PER_SEAT, MAX_SCREENS_PER_CIRCLE, SOCKET_BURST } from '../../server/socket/socket-limits';
import type { KeeperView } from '../../src/lib/protocol';
import type { Ack } from '../../src/lib/wire/socket';
import type { CreatedCircle, JoinedCircle } from '../../src/lib/wire/http';
import { Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

let server: TestServer;
let circle: CreatedCircle;
let keeper: Client;
let ana: JoinedCircle;
const open: Client[] = [];
const track = (c: Client) => (open.push(c), c);

beforeEach(async () => {
	server = await startServer();
	const cookie = await signInFirstKeeper(server);
	circle = await createCircle(server, cookie);
	keeper = track(Client.keeper(server, circle.id, cookie));
	await keeper.connected();
	ana = await joinCircle(server, circle.joinCode, 'Ana');
});

afterEach(async () => {
	for (const c of open.splice(0)) c.close();
	await server?.close();
	if (server) removeDir(server.dataDir);
});

it(`refuses a seat's device number ${MAX_DEVICES_PER_SEAT + 1} with limit_reached, and takes one again after a device leaves`, async () => {
	const devices = Array.from({ length: MAX_DEVICES_PER_SEAT }, () => track(Client.participant(server, ana.token)));
	await Promise.all(devices.map((d) => d.connected()));
	const extra = track(Client.participant(server, ana.token));
	await expect(extra.connected()).rejects.toMatchObject({ data: { code: 'limit_reached', message: expect.stringMatching(/devices/) } });
	devices[0]!.close();
	await new Promise((resolve) => setTimeout(resolve, 200));
	await expect(track(Client.participant(server, ana.token)).connected()).resolves.toBeUndefined();
});

it(`refuses parallel handshakes of one seat past ${MAX_DEVICES_PER_SEAT} (the cap is taken before any await)`, async () => {
	const results = await Promise.allSettled(Array.from({ length: 10 }, () => track(Client.participant(server, ana.token)).connected()));
	expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(MAX_DEVICES_PER_SEAT);
});

it(`refuses screen number ${MAX_SCREENS_PER_CIRCLE + 1} on one circle’s link with limit_reached`, async () => {
	const screens = Array.from({ length: MAX_SCREENS_PER_CIRCLE }, () => track(Client.screen(server, circle.screenPath)));
	await Promise.all(screens.map((s) => s.connected()));
	await expect(track(Client.screen(server, circle.screenPath)).connected()).rejects.toMatchObject({ data: { code: 'limit_reached' } });
});

it('limits a seat’s message rate across all its sockets, not per socket', async () => {
	const devices = Array.from({ length: MAX_DEVICES_PER_SEAT }, () => track(Client.participant(server, ana.token)));
	await Promise.all(devices.map((d) => d.connected()));
	const acks = await Promise.all(devices.flatMap((d, i) => Array.from({ length: SOCKET_BURST }, (_, j) => d.send({ type: 'SET_LANGUAGE', language: 'en' }, `d${i}-${j}`))));
	const answered = acks.filter((a) => a.ok || a.error.code !== 'rate_limited').length;
	// One burst for the seat (plus what refills while the messages arrive), not one per socket.
	expect(answered).toBeLessThan(SOCKET_BURST + 10);
	expect(acks.filter((a) => !a.ok && a.error.code === 'rate_limited').length).toBeGreaterThan(SOCKET_BURST);
});

it('answers an unknown event that carries an ack with invalid_command (regression: it was silently dropped)', async () => {
	const raw = keeper.socket as unknown as { timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<Ack> } };
	const reply = await raw.timeout(2_000).emitWithAck('comand', { commandId: 'x', command: { type: 'OPEN' } });
	expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_command', message: expect.stringMatching(/"comand"/) } });
});

it('refuses a command sent without an ack, applies nothing, and says so in a refused event', async () => {
	await keeper.waitFor(() => true);
	const refused = new Promise<unknown>((resolve) => (keeper.socket as unknown as { once(e: string, f: (m: unknown) => void): void }).once('refused', resolve));
	(keeper.socket as unknown as { emit(event: string, ...args: unknown[]): void }).emit('command', { commandId: 'no-ack', command: { type: 'OPEN' } });
	expect(await refused).toMatchObject({ event: 'command', error: { code: 'ack_required' } });
	const sync = await keeper.socket.timeout(2_000).emitWithAck('sync', { lastVersion: 0 });
	expect('view' in sync && (sync.view as KeeperView).status).toBe('scheduled');
});

it('refuses a flooder’s credential at the handshake for a while after cutting it off', async () => {
	const flooder = track(Client.participant(server, ana.token));
	await flooder.connected();
	const cut = new Promise((resolve) => flooder.socket.once('disconnect', resolve));
	for (let i = 0; i < SOCKET_BURST + FLOOD_STRIKES + 10; i++) flooder.socket.emit('command', { commandId: `f${i}`, command: { type: 'SET_LANGUAGE', language: 'en' } } as never, () => undefined);
	await cut;
	await expect(track(Client.participant(server, ana.token)).connected()).rejects.toMatchObject({ data: { code: 'rate_limited' } });
	// Another seat of the same circle is not cooled down.
	const ben = await joinCircle(server, circle.joinCode, 'Ben');
	await expect(track(Client.participant(server, ben.token)).connected()).resolves.toBeUndefined();
});
