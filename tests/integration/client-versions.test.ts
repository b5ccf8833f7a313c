// The pages' own connection (CircleConnection) against a real server that restarts: view versions count per
// audience and start again at 1 on a new server, so a client must not drop the new server's views as stale.
import { afterEach, expect, it } from 'vitest';
import { CircleConnection } from '../../src/lib/client/circle-connection.svelte';
import type { ParticipantView } from '../../src/lib/protocol';
import { Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

let server: TestServer | undefined;
const open: { close(): void }[] = [];

afterEach(async () => {
	for (const c of open.splice(0)) c.close();
	await server?.close();
	if (server) removeDir(server.dataDir);
	server = undefined;
});

async function until(test: () => boolean, timeoutMs: number): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (!test()) {
		if (Date.now() > end) throw new Error('timed out');
		await new Promise((r) => setTimeout(r, 50));
	}
}

it('takes the views of a restarted server, whose versions start again at 1, as news rather than stale', async () => {
	server = await startServer();
	const cookie = await signInFirstKeeper(server);
	const circle = await createCircle(server, cookie);
	let keeper = Client.keeper(server, circle.id, cookie);
	open.push(keeper);
	await keeper.connected();
	expect(await keeper.send({ type: 'OPEN' })).toMatchObject({ ok: true });
	const joined = await joinCircle(server, circle.joinCode, 'Ana');
	const phone = new CircleConnection<ParticipantView>({ kind: 'participant', token: joined.token }, server.url);
	open.push(phone);
	await until(() => phone.view?.status === 'lobby', 5_000);
	// Several changes the phone sees, so its version on this server is well past what a new server starts at.
	for (const text of ['We listen.', 'We speak for ourselves.', 'We keep what is said here.']) {
		expect(await keeper.send({ type: 'RECORD_AGREEMENT', text })).toMatchObject({ ok: true });
	}
	await until(() => phone.view?.agreements.length === 3, 5_000);

	const { port } = new URL(server.url);
	keeper.close();
	await server.close();
	server = await startServer({ ...server.config, dataDir: server.dataDir, port: Number(port) });
	keeper = Client.keeper(server, circle.id, cookie);
	open.push(keeper);
	await keeper.connected();
	await until(() => phone.status === 'live', 15_000);
	expect(await keeper.send({ type: 'RECORD_AGREEMENT', text: 'We begin and end on time.' })).toMatchObject({ ok: true });
	await until(() => phone.view?.agreements.length === 4, 5_000);
	expect(phone.view?.agreements.at(-1)).toBe('We begin and end on time.');
}, 40_000);
