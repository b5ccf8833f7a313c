// A phone whose connection blips comes back through socket.io's connection-state recovery, which adds
// its own `pid` and `offset` to the handshake: regression test for every such reconnect being refused.
import { afterEach, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type ClientSocket, type TestServer } from '../support/server';

let server: TestServer | undefined;
let socket: ClientSocket | undefined;

afterEach(async () => {
	socket?.close();
	await server?.close();
	if (server) removeDir(server.dataDir);
	server = socket = undefined;
});

it('lets a recovering phone back in and keeps sending it views', async () => {
	server = await startServer();
	const cookie = await signInFirstKeeper(server);
	const circle = await createCircle(server, cookie);
	const seat = await joinCircle(server, circle.joinCode, 'Ana');
	socket = io(server.url, { auth: { kind: 'participant', token: seat.token }, transports: ['websocket'], reconnectionDelay: 50, reconnectionDelayMax: 100 }) as ClientSocket;
	await new Promise<void>((resolve) => socket!.once('view', () => resolve()));

	const views: { view: { you: { seatId: string } | null } }[] = [];
	socket.on('view', (m) => views.push(m as never));
	socket.io.engine.close(); // the network drops: not a clean disconnect, so the client reconnects and recovers
	const refused = new Promise<unknown>((resolve) => socket!.once('connect_error', resolve));
	const back = new Promise<void>((resolve) => socket!.once('connect', () => resolve()));
	const outcome = await Promise.race([back.then(() => 'connected'), refused.then((e) => `refused: ${(e as Error).message}`)]);
	expect(outcome).toBe('connected');
	// Views are not replayed by recovery (see server/socket/view-adapter.ts): the server sends the current one.
	await expect.poll(() => views.length).toBeGreaterThan(0);
	expect(views.at(-1)!.view.you?.seatId).toBe(seat.seatId);
});
