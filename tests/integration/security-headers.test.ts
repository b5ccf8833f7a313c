// The API's security headers: every JSON answer carries a policy that allows nothing, frame denial, nosniff and no referrer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, startServer, type TestServer } from '../support/server';

describe('API security headers', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer();
	});
	afterAll(async () => {
		await server.close();
		removeDir(server.dataDir);
	});

	it.each(['/api/setup', '/api/no-such-route', '/healthz'])('sends them on %s', async (path) => {
		const response = await fetch(server.url + path);
		expect(response.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('referrer-policy')).toBe('no-referrer');
	});
});
