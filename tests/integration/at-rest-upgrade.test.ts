// Upgrading and rotating: rows an older version stored readable (a v5 snapshot among them) are sealed at the next
// start and the circle carries on; a rotated secret re-wraps the keys of open circles; a wrong secret restores nothing.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { SEALED_PREFIX } from '../../server/crypto/sealing';
import type { Config } from '../../server/config';
import { api, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';
import { dataDirFiles, findSecrets } from '../support/raw-bytes';
import { serverBackends } from './backends';

const FIXTURE = readFileSync('tests/fixtures/snapshot-v5.json', 'utf8');
const LEGACY_CODE = 'ACDEFGHJ';
const SECRET_A = 'secret A, long enough to be accepted here';
const SECRET_B = 'secret B, just as long and never the same';

describe.each(serverBackends)('sealing at rest across versions and secrets on $name', (backend) => {
	const servers: TestServer[] = [];
	let cleanupDb: (() => Promise<void>) | undefined;

	afterEach(async () => {
		for (const s of servers.splice(0)) await s.close();
		await cleanupDb?.();
	});

	async function start(config: Partial<Config>): Promise<TestServer> {
		const server = await startServer(config);
		servers.push(server);
		return server;
	}

	async function stop(server: TestServer): Promise<void> {
		await server.close();
		servers.splice(servers.indexOf(server), 1);
	}

	it('seals the plaintext rows of a version 5 circle at start, then restores it and lets people join', async () => {
		const db = await backend.fresh();
		cleanupDb = db.cleanup;
		const first = await start(db.config);
		const cookie = await signInFirstKeeper(first);
		const store = first.app.database.db;
		const owner = await store.selectFrom('accounts').select('id').executeTakeFirstOrThrow();
		const plan = JSON.stringify((JSON.parse(FIXTURE) as { machine: { context: { plan: unknown } } }).machine.context.plan);
		// The rows as version 5 of the server wrote them: everything readable, no data key. Recent, or the idle close takes them.
		const now = Date.now();
		await store
			.insertInto('circles')
			.values({ id: 'legacy', owner_account_id: owner.id, co_keeper_account_id: null, title: 'Circle for Quillaqori', plan_json: plan, status: 'lobby', join_code: LEGACY_CODE, join_code_sealed: null, qr_token_hash: null, screen_token_hash: null, created_at: now, closed_at: null })
			.execute();
		await store.insertInto('circle_snapshots').values({ circle_id: 'legacy', seq: 4, machine_version: 5, snapshot_json: FIXTURE, updated_at: now }).execute();
		await store
			.insertInto('circle_events')
			.values({ circle_id: 'legacy', seq: 4, command_id: null, type: 'RECORD_AGREEMENT', actor_role: 'keeper', payload_json: '{"type":"RECORD_AGREEMENT","text":"We listen to Quillaqori first."}', at: now })
			.execute();
		// And a circle that closed under version 5 but whose log was never purged (the server stopped mid-close).
		await store
			.insertInto('circles')
			.values({ id: 'unpurged', owner_account_id: owner.id, co_keeper_account_id: null, title: 'Closed circle of Quillaqori', plan_json: plan, status: 'closed', join_code: null, join_code_sealed: null, qr_token_hash: null, screen_token_hash: null, created_at: now, closed_at: now })
			.execute();
		await store.insertInto('circle_snapshots').values({ circle_id: 'unpurged', seq: 4, machine_version: 5, snapshot_json: FIXTURE, updated_at: now }).execute();
		await stop(first);

		const second = await start({ ...db.config, dataDir: first.dataDir });
		const after = second.app.database.db;
		const row = await after.selectFrom('circles').selectAll().where('id', '=', 'legacy').executeTakeFirstOrThrow();
		expect(row.title.startsWith(SEALED_PREFIX) && row.plan_json.startsWith(SEALED_PREFIX) && row.join_code_sealed?.startsWith(SEALED_PREFIX)).toBe(true);
		expect(row.join_code).toMatch(/^[0-9a-f]{64}$/);
		const snapshot = await after.selectFrom('circle_snapshots').select('snapshot_json').where('circle_id', '=', 'legacy').executeTakeFirstOrThrow();
		const event = await after.selectFrom('circle_events').select('payload_json').where('circle_id', '=', 'legacy').executeTakeFirstOrThrow();
		expect([snapshot.snapshot_json, event.payload_json].every((v) => v.startsWith(SEALED_PREFIX))).toBe(true);
		if (backend.name === 'sqlite') expect(findSecrets(dataDirFiles(second.dataDir), ['Quillaqori', 'Oyelaran'])).toEqual([]);
		// The unpurged one was sealed, then finished by the sweep: drafted from its v5 snapshot, purged, key shredded.
		expect(await after.selectFrom('harvests').select('circle_id').where('circle_id', '=', 'unpurged').executeTakeFirst()).toEqual({ circle_id: 'unpurged' });
		expect(await after.selectFrom('circle_snapshots').select('circle_id').where('circle_id', '=', 'unpurged').executeTakeFirst()).toBeUndefined();
		expect(await after.selectFrom('circle_keys').select('circle_id').where('circle_id', '=', 'unpurged').executeTakeFirst()).toBeUndefined();
		expect((await after.selectFrom('circles').select('title').where('id', '=', 'unpurged').executeTakeFirstOrThrow()).title).toBe('Closed circle of [name]');

		// The v5 snapshot restored (migrated to v6): the lobby takes a new seat by the old code.
		expect(second.app.registry.peek('legacy')?.circle.snapshot.context.departedNames).toEqual([]);
		const joined = await joinCircle(second, 'acde-fghj', 'Amaru Quispe');
		expect(joined.circleId).toBe('legacy');
		const listed = await api<{ circles: { id: string; title: string; joinCode: string }[] }>(second, '/api/circles', undefined, cookie);
		expect(listed.body.circles).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ id: 'legacy', title: 'Circle for Quillaqori', joinCode: 'ACDE-FGHJ' }),
				expect.objectContaining({ id: 'unpurged', title: 'Closed circle of [name]', joinCode: null })
			])
		);
		removeDir(first.dataDir);
	});

	it('re-wraps open circles’ keys when started with the new and the previous secret, and needs only the new one after', async () => {
		const db = await backend.fresh();
		cleanupDb = db.cleanup;
		const first = await start({ ...db.config, dataKeySecret: SECRET_A });
		const cookie = await signInFirstKeeper(first);
		const circle = await createCircle(first, cookie, { templateId: 'check-in-check-out', keeperName: 'Amaru Quispe' });
		await stop(first);
		const dataDir = first.dataDir;

		const rotating = await start({ ...db.config, dataDir, dataKeySecret: SECRET_B, dataKeySecretPrevious: SECRET_A });
		expect(rotating.app.registry.peek(circle.id)).toBeDefined();
		await stop(rotating);

		const rotated = await start({ ...db.config, dataDir, dataKeySecret: SECRET_B });
		expect(rotated.app.registry.peek(circle.id)?.circle.snapshot.context.seats).toBeDefined();
		expect((await joinCircle(rotated, circle.joinCode, 'Wayra Condori')).circleId).toBe(circle.id);
		await stop(rotated);

		// The old secret alone no longer opens anything: the circle is not restored and its code opens nothing.
		const stale = await start({ ...db.config, dataDir, dataKeySecret: SECRET_A });
		expect(stale.app.registry.peek(circle.id)).toBeUndefined();
		const refused = await api(stale, '/api/join', { code: circle.joinCode, profile: { name: 'Someone' }, acceptedAgreements: true });
		expect(refused.status).toBe(404);
		removeDir(dataDir);
	});
});
