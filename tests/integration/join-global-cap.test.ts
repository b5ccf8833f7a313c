// Distributed code guessing: many addresses (documentation ranges, sent only as X-Forwarded-For values to
// 127.0.0.1), each under its own limit, still hit the server-wide cap, after which every address must wait.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { JOIN_FAILURES_GLOBAL, JOIN_FAILURES_PER_ADDRESS } from '../../server/http/join';
import { createCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

let server: TestServer;

beforeAll(async () => {
	server = await startServer({ trustProxy: true });
});

afterAll(async () => {
	await server.close();
	removeDir(server.dataDir);
});

function guess(from: string, code: string) {
	return fetch(`${server.url}/api/join/check`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
		body: JSON.stringify({ code })
	});
}

it(`refuses everyone for a while once ${JOIN_FAILURES_GLOBAL} joins have failed across all addresses`, async () => {
	const circle = await createCircle(server, await signInFirstKeeper(server));
	const perAddress = JOIN_FAILURES_PER_ADDRESS - 1; // stay under each address's own limit
	const addresses = Math.ceil(JOIN_FAILURES_GLOBAL / perAddress);
	for (let a = 0; a < addresses; a++) {
		const replies = await Promise.all(Array.from({ length: perAddress }, () => guess(`198.51.100.${a}`, 'WRONG-CODE')));
		for (const reply of replies) expect([404, 429]).toContain(reply.status);
	}
	const fresh = await guess('192.0.2.77', circle.joinCode);
	expect(fresh.status).toBe(429);
	expect(Number(fresh.headers.get('retry-after'))).toBeGreaterThan(0);
}, 60_000);
