// Name matching without an oracle: a harvest keeps HMAC hashes of the roster's name words, keyed from the secret
// outside the database, only until approval or until the draft expires; edits are re-redacted for the circle's own
// keepers only, and rate-limited so they cannot be used to test a word list.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITS_BURST } from '../../server/http/harvest';
import { listAudit } from '../../server/store/audit';
import type { Harvest } from '../../src/lib/wire/harvest';
import type { CreatedCircle } from '../../src/lib/wire/http';
import { api, Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';
import { serverBackends } from './backends';

const DAY_MS = 24 * 60 * 60_000;
const plan = {
	version: 1,
	title: { en: 'Neighbours talk' },
	phases: [{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you arriving?' } }]
};

async function put<T>(server: { url: string }, path: string, body: unknown, cookie: string): Promise<{ status: number; body: T }> {
	const res = await fetch(server.url + path, { method: 'PUT', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
	return { status: res.status, body: (await res.json()) as T };
}

describe.each(serverBackends)('harvest name hashes on $name', (backend) => {
	const clock = { t: Date.UTC(2026, 5, 1, 9), now() { return this.t; } };
	let server: TestServer;
	let cleanupDb: () => Promise<void>;
	let cookie: string;
	let otherKeeper: string;

	/** A circle with one leaver and one participant, closed; resolves once its draft exists. */
	async function closedCircle(): Promise<CreatedCircle> {
		const circle = await createCircle(server, cookie, { plan, keeperName: 'Farhad Rahimi' });
		const keeper = Client.keeper(server, circle.id, cookie);
		await keeper.connected();
		await keeper.send({ type: 'OPEN' });
		await joinCircle(server, circle.joinCode, 'Txawj Vang');
		const leaver = Client.participant(server, (await joinCircle(server, circle.joinCode, 'Sunny Gill')).token);
		await leaver.connected();
		expect(await leaver.send({ type: 'LEAVE' })).toMatchObject({ ok: true });
		expect(await keeper.send({ type: 'ADD_NOTE', kind: 'theme', text: 'The bus stop matters' })).toMatchObject({ ok: true });
		expect(await keeper.send({ type: 'CLOSE' })).toMatchObject({ ok: true });
		for (let i = 0; i < 100; i++) {
			if ((await api(server, `/api/circles/${circle.id}/harvest`, undefined, cookie)).status === 200) break;
			await new Promise((r) => setTimeout(r, 50));
		}
		keeper.close();
		leaver.close();
		return circle;
	}

	const hashesOf = async (id: string) =>
		JSON.parse((await server.app.database.db.selectFrom('harvests').select('name_hashes').where('circle_id', '=', id).executeTakeFirstOrThrow()).name_hashes) as string[];

	beforeAll(async () => {
		const db = await backend.fresh();
		cleanupDb = db.cleanup;
		server = await startServer(db.config, { clock });
		cookie = await signInFirstKeeper(server);
		const invite = await api<{ path: string }>(server, '/api/admin/invites', { role: 'keeper', email: 'other@example.org' }, cookie);
		const accepted = await api(server, '/api/invites/accept', { token: invite.body.path.split('#t=')[1], email: 'other@example.org', password: 'another long password' });
		otherKeeper = accepted.headers.get('set-cookie')!.split(';')[0]!;
	});

	afterAll(async () => {
		await server?.close();
		if (server) removeDir(server.dataDir);
		await cleanupDb?.();
	});

	it('stores keyed hashes of every name word of everyone who sat, leavers too, and nothing a word list can test', async () => {
		const circle = await closedCircle();
		const hashes = await hashesOf(circle.id);
		expect(hashes).toHaveLength(6); // farhad rahimi txawj vang sunny gill
		const row = await server.app.database.db.selectFrom('harvests').selectAll().where('circle_id', '=', circle.id).executeTakeFirstOrThrow();
		expect(Object.keys(row)).not.toContain('name_salt');
		for (const word of ['farhad', 'rahimi', 'txawj', 'vang', 'sunny', 'gill']) expect(hashes).not.toContain(createHash('sha256').update(word).digest('hex'));
	});

	it('re-redacts an edit by the hashes, a leaver’s name included, for the circle’s own keeper only', async () => {
		const circle = await closedCircle();
		const draft = (await api<Harvest>(server, `/api/circles/${circle.id}/harvest`, undefined, cookie)).body;
		const edit = { themes: [{ id: draft.themes[0]!.id, text: 'Gill and txawj want a safer bus stop' }], agreements: [], reflections: [] };
		expect((await put(server, `/api/circles/${circle.id}/harvest`, edit, otherKeeper)).status).toBe(404);
		const res = await put<Harvest>(server, `/api/circles/${circle.id}/harvest`, edit, cookie);
		expect(res.body.themes[0]!.text).toBe('[name] and [name] want a safer bus stop');
	});

	it(`refuses more than ${EDITS_BURST} edits of one harvest in a row with 429 and a retry time`, async () => {
		const circle = await closedCircle();
		const draft = (await api<Harvest>(server, `/api/circles/${circle.id}/harvest`, undefined, cookie)).body;
		const edit = { themes: [{ id: draft.themes[0]!.id, text: 'A safer bus stop' }], agreements: [], reflections: [] };
		for (let i = 0; i < EDITS_BURST; i++) expect((await put(server, `/api/circles/${circle.id}/harvest`, edit, cookie)).status).toBe(200);
		const refused = await fetch(`${server.url}/api/circles/${circle.id}/harvest`, { method: 'PUT', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(edit) });
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
	});

	it('forgets the hashes when the harvest is approved', async () => {
		const circle = await closedCircle();
		expect((await api(server, `/api/circles/${circle.id}/harvest/approve`, {}, cookie)).status).toBe(200);
		expect(await hashesOf(circle.id)).toEqual([]);
	});

	it('deletes a draft nobody approved after 30 days, with an audit row, and keeps younger ones', async () => {
		const old = await closedCircle();
		clock.t += 29 * DAY_MS;
		cookie = await signInFirstKeeper(server); // the session of a month ago has expired
		const young = await closedCircle();
		await server.app.harvestJobs.expireNow();
		expect(await hashesOf(old.id)).toHaveLength(6);
		clock.t += 2 * DAY_MS;
		await server.app.harvestJobs.expireNow();
		const { db } = server.app.database;
		expect(await db.selectFrom('harvests').select('circle_id').where('circle_id', '=', old.id).executeTakeFirst()).toBeUndefined();
		expect(await db.selectFrom('harvests').select('circle_id').where('circle_id', '=', young.id).executeTakeFirst()).toBeDefined();
		expect(await listAudit(db, { action: 'harvest_draft_expired', target: old.id })).toEqual([{ at: clock.t, accountId: null, action: 'harvest_draft_expired', target: old.id }]);
	});
});
