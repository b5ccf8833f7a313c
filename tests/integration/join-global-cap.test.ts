// Distributed code guessing: many addresses (documentation ranges, sent only as X-Forwarded-For values to
// 127.0.0.1), each under its own limit. Past the server-wide threshold every attempt is slowed, but a
// correct code from a new address still opens the circle (regression: it got 429 for 10 minutes everywhere).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GUESSING_DELAY_MS, JOIN_FAILURES_GLOBAL, JOIN_FAILURES_PER_ADDRESS } from '../../server/http/join';
import { createCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

let server: TestServer;

beforeAll(async () => {
	server = await startServer({ trustProxy: true });
});

afterAll(async () => {
	await server.close();
	removeDir(server.dataDir);
});

function post(path: string, from: string, body: unknown) {
	return fetch(`${server.url}${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
		body: JSON.stringify(body)
	});
}

it(`slows every guess once ${JOIN_FAILURES_GLOBAL} joins have failed across all addresses, yet lets a correct code in`, async () => {
	const circle = await createCircle(server, await signInFirstKeeper(server));
	const perAddress = JOIN_FAILURES_PER_ADDRESS - 1; // stay under each address's own limit
	const addresses = Math.ceil(JOIN_FAILURES_GLOBAL / perAddress) + 1;
	for (let a = 0; a < addresses; a++) {
		const replies = await Promise.all(Array.from({ length: perAddress }, () => post('/api/join/check', `198.51.100.${a}`, { code: 'WRONG-CODE' })));
		for (const reply of replies) expect(reply.status).toBe(404);
	}
	let started = Date.now();
	const guess = await post('/api/join/check', '192.0.2.76', { code: 'ZZZZ-ZZZZ' });
	expect(guess.status).toBe(404);
	expect(Date.now() - started).toBeGreaterThanOrEqual(GUESSING_DELAY_MS - 50);

	started = Date.now();
	const check = await post('/api/join/check', '192.0.2.77', { code: circle.joinCode });
	expect(check.status).toBe(200);
	const join = await post('/api/join', '192.0.2.77', { code: circle.joinCode, profile: { name: 'Ana' }, acceptedAgreements: true });
	expect(join.status).toBe(201);
	expect(Date.now() - started).toBeGreaterThanOrEqual(2 * GUESSING_DELAY_MS - 100);
}, 60_000);
