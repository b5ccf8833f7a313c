// Graceful shutdown with real sockets connected: app.close() finishes, tells clients, and leaves no
// server timer or listening socket behind in the process.
import { afterEach, expect, it } from 'vitest';
import type { KeeperView } from '../../src/lib/protocol';
import { Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

/** The handles a leaked server would leave: timers (turn deadlines, restore checks) and listening sockets. */
const SERVER_HANDLES = new Set(['Timeout', 'TCPServerWrap']);
const serverHandles = () => process.getActiveResourcesInfo().filter((r) => SERVER_HANDLES.has(r)).length;

const plan = {
	version: 1,
	title: { en: 'Shutdown' },
	phases: [{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you?' }, timing: { turnMs: 120_000 } }]
};

let server: TestServer | undefined;
const clients: Client[] = [];

afterEach(async () => {
	for (const c of clients.splice(0)) c.close();
	await server?.close();
	if (server) removeDir(server.dataDir);
	server = undefined;
});

/** A live circle with a running turn timer and three connected sockets. */
async function busyServer() {
	server = await startServer();
	const cookie = await signInFirstKeeper(server);
	const circle = await createCircle(server, cookie, { plan });
	const keeper = Client.keeper(server, circle.id, cookie);
	clients.push(keeper);
	await keeper.connected();
	await keeper.send({ type: 'OPEN' });
	const joined = await joinCircle(server, circle.joinCode, 'Ana');
	const participant = Client.participant(server, joined.token);
	const screen = Client.screen(server, circle.screenPath);
	clients.push(participant, screen);
	await Promise.all([participant.connected(), screen.connected()]);
	await keeper.send({ type: 'START' });
	await keeper.waitFor((v) => (v as KeeperView).piece?.turnTimer?.deadlineAt != null);
	return { server, keeper, participant, screen };
}

it('finishes closing with sockets connected, telling each one the server is restarting', async () => {
	const { server: s, keeper, participant, screen } = await busyServer();
	const told = [keeper, participant, screen].map((c) => new Promise<void>((resolve) => c.socket.once('shutdown', resolve)));
	const dropped = [keeper, participant, screen].map((c) => new Promise<string>((resolve) => c.socket.once('disconnect', resolve)));
	await s.close();
	await Promise.all(told);
	// A transport close (not "io server disconnect"), so clients' automatic reconnection brings them back after the restart.
	expect(await Promise.all(dropped)).toEqual(['transport close', 'transport close', 'transport close']);
});

it('leaves no server timer or listening socket behind after close', async () => {
	const before = serverHandles();
	const { server: s } = await busyServer();
	for (const c of clients.splice(0)) c.close();
	await s.close();
	server = undefined;
	removeDir(s.dataDir);
	// Would catch a circle's turn-deadline timer (CircleHost.#arm) or the restore presence check surviving
	// close(), or an HTTP/Socket.io listener left open: each keeps a process from exiting after SIGTERM.
	await expect.poll(serverHandles, { timeout: 2_000 }).toBeLessThanOrEqual(before);
});
