// Scenario: the server process is killed with SIGKILL while several keepers stream commands, then restarted on
// the same store. The invariant over the whole history: every acknowledged command is in the restored state exactly
// once, and retrying an unacknowledged command (same commandId) applies it at most once.
import { afterEach, describe, expect, it } from 'vitest';
import { serverBackends } from '../integration/backends';
import { brokenPromises, CommandStream } from '../support/command-stream';
import { send, startLiveCircle, type LiveCircle } from '../support/live-circle';
import { Client, removeDir } from '../support/server';
import { ServerProcess } from '../support/server-process';
import { storedEvents, type StoreLocation } from '../support/stored-events';

/** Kill rounds per backend; each restarts the same store, so later rounds restore what earlier ones left. */
const ROUNDS = 2;
const CIRCLES = 3;
/** Acks to wait for before the kill, so the kill lands mid-stream with commands queued. */
const ACKS_BEFORE_KILL = 12;

describe.each(serverBackends)('kill -9 mid-stream on $name', { timeout: 120_000 }, (backend) => {
	let server: ServerProcess | undefined;
	const clients: Client[] = [];
	let cleanup: (() => Promise<void>) | undefined;

	afterEach(async () => {
		for (const c of clients.splice(0)) c.close();
		await server?.stop('SIGTERM');
		if (server) removeDir(server.dataDir);
		await cleanup?.();
	});

	it('keeps every acked command exactly once, and applies each unacked one once on retry', async () => {
		const store = await backend.fresh();
		cleanup = store.cleanup;
		const databaseUrl = store.config.databaseUrl ?? '';
		server = await ServerProcess.start({ databaseUrl });
		const dataDir = server.dataDir;
		const location: StoreLocation = databaseUrl ? { databaseUrl } : { dataDir };
		const circles: LiveCircle[] = [];
		for (let i = 0; i < CIRCLES; i++) circles.push(await startLiveCircle(server, ['Ana'], undefined, circles[0]?.cookie));
		clients.push(...circles.flatMap((c) => c.clients));
		let keepers = circles.map((c) => ({ circleId: c.circle.id, client: c.keeper }));

		for (let round = 0; round < ROUNDS; round++) {
			const stream = new CommandStream(keepers, `kill${round}`);
			await stream.untilAcked(ACKS_BEFORE_KILL);
			const killed = server;
			stream.onNextSend(() => killed.child.kill('SIGKILL'));
			expect(await killed.exited).toBe('SIGKILL');
			await stream.stop();
			for (const c of clients.splice(0)) c.close();
			// The kill landed mid-stream: commands were in flight, unanswered.
			expect(stream.unacked.length).toBeGreaterThan(0);

			server = await ServerProcess.start({ databaseUrl, dataDir });
			expect(await brokenPromises(stream.sent, (id) => storedEvents(location, id))).toEqual([]);

			keepers = circles.map((c) => ({ circleId: c.circle.id, client: Client.keeper(server!, c.circle.id, c.cookie) }));
			clients.push(...keepers.map((k) => k.client));
			await Promise.all(keepers.map((k) => k.client.connected()));
			for (const command of stream.unacked) {
				const keeper = keepers.find((k) => k.circleId === command.circleId)!.client;
				command.ack = await send(keeper, { type: 'EXTEND', target: 'turn', ms: 1_000 }, command.id);
				expect(command.ack, command.id).toMatchObject({ ok: true });
			}
			// Retried or not, nothing is doubled.
			expect(await brokenPromises(stream.sent, (id) => storedEvents(location, id))).toEqual([]);
		}
	});
});
