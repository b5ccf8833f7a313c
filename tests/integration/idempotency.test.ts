// A retried command is acknowledged with its first seq and never applied twice, whether the host still
// remembers its id or has forgotten it (more than RECENT_COMMANDS_KEPT commands later) and must ask the log.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RECENT_COMMANDS_KEPT } from '../../server/circles/circle-host';
import { createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

let server: TestServer;

beforeAll(async () => {
	server = await startServer();
});

afterAll(async () => {
	await server.close();
	removeDir(server.dataDir);
});

it('answers a retry from memory, and from the event log once memory has moved on', async () => {
	const circle = await createCircle(server, await signInFirstKeeper(server));
	const seat = await joinCircle(server, circle.joinCode, 'Ana');
	const host = (await server.app.registry.get(circle.id))!;
	const ana = { role: 'participant' as const, seatId: seat.seatId };
	const language = (i: number) => ({ type: 'SET_LANGUAGE' as const, language: i % 2 === 0 ? ('es' as const) : ('en' as const) });

	// A pause request cannot be sent twice, so a retry that were applied again would be refused, not acknowledged.
	const care = { type: 'CARE_SIGNAL' as const };
	const first = await host.submit(ana, care, 'first');
	expect(first.ok).toBe(true);
	const seqAfterFirst = host.circle.seq;
	expect(await host.submit(ana, care, 'first')).toEqual(first);
	expect(host.circle.seq).toBe(seqAfterFirst);

	for (let i = 1; i <= RECENT_COMMANDS_KEPT + 5; i++) expect((await host.submit(ana, language(i), `c${i}`)).ok).toBe(true);
	const seq = host.circle.seq;
	expect(await host.submit(ana, care, 'first')).toEqual(first);
	expect(host.circle.seq).toBe(seq);
}, 60_000);
