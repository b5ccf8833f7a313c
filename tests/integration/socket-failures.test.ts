// A socket handler that fails outside the host's own error handling is answered and logged, never an unhandled
// rejection (which the last-resort handler would turn into 60 s of 503 on /readyz).
import { expect, it } from 'vitest';
import { Client, createCircle, removeDir, signInFirstKeeper, startServer } from '../support/server';

it('answers a command whose circle cannot be loaded with an internal error, and keeps serving (regression: an unhandled rejection)', async () => {
	const server = await startServer();
	try {
		const cookie = await signInFirstKeeper(server);
		const circle = await createCircle(server, cookie);
		const keeper = Client.keeper(server, circle.id, cookie);
		await keeper.connected();
		const registry = server.app.registry;
		const get = registry.get.bind(registry);
		registry.get = () => Promise.reject(new Error('the store is down'));
		expect(await keeper.send({ type: 'OPEN' })).toMatchObject({ ok: false, error: { code: 'internal' } });
		expect(await keeper.socket.timeout(2_000).emitWithAck('sync', { lastVersion: 0 })).toMatchObject({ ok: false, error: { code: 'internal' } });
		registry.get = get;
		expect(await keeper.send({ type: 'OPEN' })).toMatchObject({ ok: true });
		expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
		keeper.close();
	} finally {
		await server.close();
		removeDir(server.dataDir);
	}
});
