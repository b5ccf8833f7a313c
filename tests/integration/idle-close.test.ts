// Circles nobody touches close themselves, with the same harvest draft and purge as a keeper's close: scheduled or
// lobby circles after 14 days without a change, live ones after 12 hours. Driven by a fake clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../server/store/audit';
import type { CreatedCircle } from '../../src/lib/wire/http';
import { Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';
import { serverBackends } from './backends';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;
/** No timers, so nothing but the fake clock and the commands below changes the circles. */
const plan = {
	version: 1,
	title: { en: 'Untimed circle' },
	phases: [{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you arriving?' } }]
};

describe.each(serverBackends)('idle close on $name', (backend) => {
	const clock = { t: Date.UTC(2026, 4, 1, 9), now() { return this.t; } };
	let server: TestServer;
	let cleanupDb: () => Promise<void>;
	let scheduled: CreatedCircle;
	let live: CreatedCircle;
	let touched: CreatedCircle;
	let keepers: Client[] = [];

	const status = async (id: string) =>
		(await server.app.database.db.selectFrom('circles').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
	const hasKey = async (id: string) =>
		(await server.app.database.db.selectFrom('circle_keys').select('circle_id').where('circle_id', '=', id).executeTakeFirst()) !== undefined;

	/** The sweep closes idle circles; their close-out runs as the registry's bookkeeping, awaited here. */
	async function sweep(): Promise<void> {
		await server.app.harvestJobs.sweepNow();
		for (let i = 0; i < 100 && (await server.app.database.db.selectFrom('circles').select('id').where('status', '=', 'closed').where((eb) => eb.exists(eb.selectFrom('circle_keys').select('circle_id').whereRef('circle_keys.circle_id', '=', 'circles.id'))).executeTakeFirst()); i++) {
			await new Promise((r) => setTimeout(r, 50));
		}
	}

	async function liveCircle(cookie: string): Promise<{ circle: CreatedCircle; keeper: Client }> {
		const circle = await createCircle(server, cookie, { plan, keeperName: 'Amaru Quispe' });
		const keeper = Client.keeper(server, circle.id, cookie);
		await keeper.connected();
		expect(await keeper.send({ type: 'OPEN' })).toMatchObject({ ok: true });
		await joinCircle(server, circle.joinCode, 'Wayra Condori');
		expect(await keeper.send({ type: 'START' })).toMatchObject({ ok: true });
		keepers.push(keeper);
		return { circle, keeper };
	}

	beforeAll(async () => {
		const db = await backend.fresh();
		cleanupDb = db.cleanup;
		server = await startServer(db.config, { clock });
		const cookie = await signInFirstKeeper(server);
		scheduled = await createCircle(server, cookie, { plan, keeperName: 'Amaru Quispe' });
		live = (await liveCircle(cookie)).circle;
		const other = await liveCircle(cookie);
		touched = other.circle;
		clock.t += 11 * HOUR_MS;
		expect(await other.keeper.send({ type: 'RECORD_AGREEMENT', text: 'We speak one at a time.' })).toMatchObject({ ok: true });
	});

	afterAll(async () => {
		for (const k of keepers) k.close();
		keepers = [];
		await server?.close();
		if (server) removeDir(server.dataDir);
		await cleanupDb?.();
	});

	it('leaves every circle open before its idle limit', async () => {
		clock.t += 59 * 60_000; // 11 h 59 min after the live circle's last change
		await sweep();
		expect([await status(scheduled.id), await status(live.id), await status(touched.id)]).toEqual(['scheduled', 'live', 'live']);
	});

	it('closes a live circle 12 hours after its last change, with the draft, the purge and an audit row', async () => {
		clock.t += 2 * 60_000;
		await sweep();
		expect(await status(live.id)).toBe('closed');
		expect(await hasKey(live.id)).toBe(false);
		const { db } = server.app.database;
		expect(await db.selectFrom('circle_snapshots').select('circle_id').where('circle_id', '=', live.id).execute()).toEqual([]);
		expect(await db.selectFrom('harvests').select('status').where('circle_id', '=', live.id).executeTakeFirst()).toEqual({ status: 'draft' });
		expect(await listAudit(db, { action: 'circle_idle_closed', target: live.id })).toEqual([{ at: clock.t, accountId: null, action: 'circle_idle_closed', target: live.id }]);
	});

	it('counts from the last command: a live circle touched at 11 hours is still open at 12', async () => {
		expect(await status(touched.id)).toBe('live');
		clock.t += 11 * HOUR_MS;
		await sweep();
		expect(await status(touched.id)).toBe('closed');
	});

	it('closes a scheduled circle untouched for 14 days, not before', async () => {
		clock.t = Date.UTC(2026, 4, 1, 9) + 14 * DAY_MS - 60_000;
		await sweep();
		expect(await status(scheduled.id)).toBe('scheduled');
		clock.t += 60_000;
		await sweep();
		expect(await status(scheduled.id)).toBe('closed');
		expect(await hasKey(scheduled.id)).toBe(false);
	});
});
