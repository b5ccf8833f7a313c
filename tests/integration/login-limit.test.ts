// Sign-in attempts are limited per address (@fastify/rate-limit): the eleventh within a minute is refused with
// 429, retry-after and the usual error shape, even with the right password, while other addresses sign in as usual.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LOGIN_ATTEMPTS } from '../../server/http/accounts';
import { removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

const EMAIL = 'keeper@example.org';
const PASSWORD = 'a long enough password';
let server: TestServer;

beforeAll(async () => {
	server = await startServer({ trustProxy: true });
	await signInFirstKeeper(server, EMAIL, PASSWORD);
});

afterAll(async () => {
	await server?.close();
	if (server) removeDir(server.dataDir);
});

const login = (from: string, password: string) =>
	fetch(`${server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: JSON.stringify({ email: EMAIL, password }) });

it('refuses the attempt after the limit from one address, and only from that address', async () => {
	for (let i = 0; i < LOGIN_ATTEMPTS; i += 1) expect((await login('203.0.113.1', 'a wrong password here')).status).toBe(401);
	const refused = await login('203.0.113.1', PASSWORD);
	expect(refused.status).toBe(429);
	expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
	expect(await refused.json()).toEqual({ error: { code: 'rate_limited', message: 'Too many sign-in attempts. Wait a minute and try again.' } });
	expect(refused.headers.get('set-cookie')).toBeNull();
	expect((await login('203.0.113.2', PASSWORD)).status).toBe(200);
});
