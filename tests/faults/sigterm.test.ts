// Scenario: SIGTERM while several keepers stream commands (a deploy or a restart under load). Promises: every
// client is told the server is restarting, commands already queued are finished and acknowledged, the process
// exits 0, and every acknowledged command is in the store it leaves exactly once.
import { afterEach, describe, expect, it } from 'vitest';
import { serverBackends } from '../integration/backends';
import { brokenPromises, CommandStream } from '../support/command-stream';
import { startLiveCircle, type LiveCircle } from '../support/live-circle';
import { removeDir, type Client } from '../support/server';
import { ServerProcess } from '../support/server-process';
import { storedEvents, type StoreLocation } from '../support/stored-events';

const CIRCLES = 3;
const ACKS_BEFORE_SIGTERM = 12;

describe.each(serverBackends)('SIGTERM under load on $name', { timeout: 60_000 }, (backend) => {
	let server: ServerProcess | undefined;
	const clients: Client[] = [];
	let cleanup: (() => Promise<void>) | undefined;

	afterEach(async () => {
		for (const c of clients.splice(0)) c.close();
		await server?.stop('SIGTERM');
		if (server) removeDir(server.dataDir);
		await cleanup?.();
	});

	it('tells every client, finishes queued commands, exits 0, and keeps every acked command once', async () => {
		const store = await backend.fresh();
		cleanup = store.cleanup;
		const databaseUrl = store.config.databaseUrl ?? '';
		server = await ServerProcess.start({ databaseUrl });
		const location: StoreLocation = databaseUrl ? { databaseUrl } : { dataDir: server.dataDir };
		const circles: LiveCircle[] = [];
		for (let i = 0; i < CIRCLES; i++) circles.push(await startLiveCircle(server, ['Ana'], undefined, circles[0]?.cookie));
		clients.push(...circles.flatMap((c) => c.clients));
		const told = clients.map((c) => new Promise<void>((resolve) => c.socket.once('shutdown', () => resolve())));

		const stream = new CommandStream(
			circles.map((c) => ({ circleId: c.circle.id, client: c.keeper })),
			'term'
		);
		await stream.untilAcked(ACKS_BEFORE_SIGTERM);
		let signalledAt = 0;
		const stopping = server;
		stream.onNextSend(() => {
			signalledAt = performance.now();
			stopping.child.kill('SIGTERM');
		});
		expect(await stopping.exited).toBe(0);
		await stream.stop();
		await Promise.all(told);

		// Commands on their way or queued when the signal came were finished and acknowledged, not cut off.
		expect(stream.acked.filter((c) => c.ackedAt! > signalledAt).length).toBeGreaterThan(0);
		// Nothing failed for want of a database: a refusal during shutdown only ever says "restarting".
		const refusals = stream.sent.filter((c) => c.ack && !c.ack.ok).map((c) => (c.ack as { error: { code: string } }).error.code);
		expect(refusals.filter((code) => code !== 'not_allowed_now' && code !== 'rate_limited')).toEqual([]);

		// Read from the store the process left behind: every acked command is there exactly once.
		expect(await brokenPromises(stream.sent, (id) => storedEvents(location, id))).toEqual([]);
		expect(stopping.logged('shutting down')).toHaveLength(1);
	});
});
