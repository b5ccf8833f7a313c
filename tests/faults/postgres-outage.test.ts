// Scenario: PostgreSQL fails under a running server, through a TCP proxy that cuts connections, stalls traffic or
// swallows the reply to a COMMIT. Regression tests for the process exiting on unhandled rejections from presence
// and timer writes, and on the 'error' of a checked-out pg client (the lost-reply case stored a command it never acked).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { admin } from '../integration/backends';
import { must, presenceOf, roundPlan, send, startLiveCircle, timedGet, type LiveCircle } from '../support/live-circle';
import { PgFaultProxy } from '../support/pg-fault-proxy';
import { removeDir } from '../support/server';
import { ServerProcess } from '../support/server-process';
import { countCommand, storedEvents } from '../support/stored-events';

const baseUrl = process.env.TEST_DATABASE_URL;
/** Long enough for a few failed attempts and backoff rounds. */
const OUTAGE_MS = 2_000;
/** A hard turn limit (the shortest a plan allows) that runs out during the outage. */
const HARD_TURN_MS = 5_000;

describe.skipIf(!baseUrl)('PostgreSQL outage under a running server', { timeout: 40_000 }, () => {
	const schema = `t_fault_${Date.now().toString(36)}`;
	let directUrl: string;
	let proxy: PgFaultProxy;
	let server: ServerProcess;
	let live: LiveCircle | undefined;
	/** The keeper's session, reused: signing in hashes a password, slow on purpose. */
	let cookie: string | undefined;

	beforeAll(async () => {
		await admin(baseUrl!, `create schema ${schema}`);
		const url = new URL(baseUrl!);
		url.searchParams.set('options', `-c search_path=${schema}`);
		directUrl = url.toString();
		const target = new URL(baseUrl!);
		proxy = await PgFaultProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
		server = await ServerProcess.start({ databaseUrl: proxy.wrap(directUrl) });
	});

	afterEach(() => {
		proxy.pass();
		for (const c of live?.clients ?? []) c.close();
		live = undefined;
		// Every scenario ends with the process still up: that is the first promise of each.
		expect(server.alive).toBe(true);
	});

	afterAll(async () => {
		await server?.stop('SIGTERM');
		if (server) removeDir(server.dataDir);
		await proxy?.close();
		await admin(baseUrl!, `drop schema if exists ${schema} cascade`);
	});

	const readyz = async () => (await timedGet(`${server.url}/readyz`)).status;
	const events = async () => storedEvents({ databaseUrl: directUrl }, live!.circle.id);

	it('answers commands cleanly during an outage, reports 503 on /readyz, and recovers when the database returns', async () => {
		live = await startLiveCircle(server, ['Ana'], undefined, cookie);
		cookie = live.cookie;
		proxy.refuse();
		const refused = await send(live.keeper, { type: 'EXTEND', target: 'turn', ms: 1_000 }, 'outage-extend');
		expect(refused).toMatchObject({ ok: false, error: { code: 'internal' } });
		expect((await timedGet(`${server.url}/healthz`)).status).toBe(200);
		expect(await readyz()).toBe(503);
		proxy.pass();
		await expect.poll(readyz, { timeout: 10_000 }).toBe(200);
		expect(await send(live.keeper, { type: 'EXTEND', target: 'turn', ms: 1_000 }, 'outage-extend')).toMatchObject({ ok: true });
		expect(countCommand(await events(), 'outage-extend')).toBe(1);
		expect(server.logged('database recovered').length).toBeGreaterThan(0);
	});

	it('keeps running when a participant disconnects during an outage, and marks the seat dropped after it', async () => {
		live = await startLiveCircle(server, ['Ana', 'Ben'], undefined, cookie);
		cookie = live.cookie;
		const ben = live.participants[1]!;
		proxy.refuse();
		ben.client.close();
		await new Promise((r) => setTimeout(r, OUTAGE_MS));
		expect(server.alive).toBe(true);
		expect(presenceOf(live.keeper.view, ben.seatId)).toBe('connected');
		proxy.pass();
		await live.keeper.waitFor((v) => presenceOf(v, ben.seatId) === 'dropped', 10_000);
		expect((await events()).filter((e) => e.type === 'SEAT_DROPPED')).toHaveLength(1);
	});

	it('keeps running when a hard turn deadline passes during an outage, and ends the turn once it is over', async () => {
		live = await startLiveCircle(server, ['Ana'], roundPlan({ turnMs: HARD_TURN_MS, limit: 'hard' }), cookie);
		cookie = live.cookie;
		const startVersion = live.keeper.version;
		proxy.refuse();
		await new Promise((r) => setTimeout(r, HARD_TURN_MS + OUTAGE_MS));
		expect(server.alive).toBe(true);
		expect(live.keeper.version).toBe(startVersion);
		proxy.pass();
		await live.keeper.waitFor(() => true, 10_000, startVersion);
		expect((await events()).some((e) => e.type === 'TIMER_EXPIRED')).toBe(true);
	});

	it('acknowledges a command whose COMMIT reply was lost when it is retried, applied once', async () => {
		live = await startLiveCircle(server, ['Ana'], undefined, cookie);
		cookie = live.cookie;
		const swallowed = proxy.swallowCommitReply('lost-commit');
		const lost = await send(live.keeper, { type: 'EXTEND', target: 'turn', ms: 1_000 }, 'lost-commit');
		await swallowed;
		expect(lost).toMatchObject({ ok: false, error: { code: 'internal' } });
		// The command was stored although it was never acknowledged.
		const stored = (await events()).find((e) => e.commandId?.endsWith(':lost-commit'));
		expect(stored).toBeDefined();
		const retried = await send(live.keeper, { type: 'EXTEND', target: 'turn', ms: 1_000 }, 'lost-commit');
		expect(retried).toEqual({ ok: true, version: expect.any(Number) });
		expect(countCommand(await events(), 'lost-commit')).toBe(1);
		// Memory caught up with the store: the next command follows the lost one instead of reusing its seq.
		const before = live.keeper.version;
		await must(live.keeper, { type: 'EXTEND', target: 'turn', ms: 1_000 });
		expect((await events()).at(-1)!.seq).toBe(stored!.seq + 1);
		await live.keeper.waitFor(() => true, 5_000, before);
	});

	it('keeps running when the connection is cut while a write is in flight, and applies the retry once', async () => {
		live = await startLiveCircle(server, ['Ana'], undefined, cookie);
		cookie = live.cookie;
		proxy.stall();
		const cut = send(live.keeper, { type: 'EXTEND', target: 'turn', ms: 1_000 }, 'cut-extend');
		await new Promise((r) => setTimeout(r, 200));
		proxy.refuse();
		expect(await cut).toMatchObject({ ok: false, error: { code: 'internal' } });
		proxy.pass();
		expect(await send(live.keeper, { type: 'EXTEND', target: 'turn', ms: 1_000 }, 'cut-extend')).toMatchObject({ ok: true });
		expect(countCommand(await events(), 'cut-extend')).toBe(1);
	});

	it('applies a command sent while traffic is stalled once it flows again, and answers /healthz meanwhile', async () => {
		live = await startLiveCircle(server, ['Ana'], undefined, cookie);
		cookie = live.cookie;
		proxy.stall();
		const ack = send(live.keeper, { type: 'EXTEND', target: 'turn', ms: 1_000 }, 'stalled-extend');
		const health = await timedGet(`${server.url}/healthz`);
		expect(health.status).toBe(200);
		// One sample, so only a bound a blocked event loop would break (the stall lasts until pass()).
		expect(health.ms).toBeLessThan(1_000);
		expect(await readyz()).toBe(503);
		proxy.pass();
		expect(await ack).toMatchObject({ ok: true });
		expect(countCommand(await events(), 'stalled-extend')).toBe(1);
	});
});
