// Scenario: the server restarts with 500 open circles, each live with five seats and a turn running. Promise: they are all restored
// (snapshots loaded, timers re-armed) within 2 s, measured by the restarted process itself, and it is then ready.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { MACHINE_VERSION, persistCircle, type Circle } from '../../src/lib/protocol';
import { hashToken, newId, newToken } from '../../server/auth/tokens';
import { saveSnapshot } from '../../server/store/circle-log';
import { createCircle as storeCircle } from '../../server/store/circles';
import type { Keyring } from '../../server/store/circle-keys';
import type { Database } from '../../server/store/database';
import { serverBackends } from '../integration/backends';
import { plan, Ring, sequentialRound } from '../support/circles';
import { removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';
import { ServerProcess } from '../support/server-process';

const OPEN_CIRCLES = 500;
const RESTORE_BUDGET_MS = 2_000;
/** Circles written at once while seeding. */
const SEED_BATCH = 50;

const roundPlan = plan([sequentialRound({ timing: { turnMs: 600_000 } })]);

/** A live circle as the protocol makes it: keeper and four participants seated, the first turn running now. */
function liveCircle(): Circle {
	const ring = new Ring(roundPlan);
	ring.now = Date.now();
	ring.join('k', 'keeper').send({ role: 'keeper', seatId: 'k' }, { type: 'OPEN' });
	for (const id of ['a', 'b', 'c', 'd']) ring.join(id);
	return ring.send({ role: 'keeper', seatId: 'k' }, { type: 'START' }).circle;
}

/** Writes `count` open circles through the store's own functions (rows, sealed with their keys, and snapshots). */
async function seedOpenCircles(db: Database, keyring: Keyring, ownerAccountId: string, count: number): Promise<void> {
	const circle = liveCircle();
	const snapshot = { seq: circle.seq, machineVersion: MACHINE_VERSION, json: JSON.stringify(persistCircle(circle)) };
	const now = Date.now();
	for (let done = 0; done < count; done += SEED_BATCH) {
		await Promise.all(
			Array.from({ length: Math.min(SEED_BATCH, count - done) }, async (_, k) => {
				const id = newId();
				const joinCode = randomBytes(4).toString('hex').toUpperCase();
				const row = { id, ownerAccountId, title: `Circle ${done + k}`, planJson: JSON.stringify(roundPlan), joinCode, qrTokenHash: hashToken(newToken()), screenTokenHash: hashToken(newToken()), now };
				const created = await storeCircle(db, keyring, row);
				if (!created.ok) throw new Error(created.error.message);
				const vault = await keyring.vault(db, id);
				await saveSnapshot(db, vault!, snapshot, now);
			})
		);
	}
}

describe.each(serverBackends)('restart with 500 open circles on $name', { timeout: 180_000 }, (backend) => {
	let seeding: TestServer | undefined;
	let server: ServerProcess | undefined;
	let cleanup: (() => Promise<void>) | undefined;

	afterEach(async () => {
		await seeding?.close();
		await server?.stop('SIGTERM');
		if (seeding) removeDir(seeding.dataDir);
		await cleanup?.();
	});

	it('restores every open circle within 2 s and is ready after', async () => {
		const store = await backend.fresh();
		cleanup = store.cleanup;
		seeding = await startServer(store.config);
		await signInFirstKeeper(seeding);
		const db = seeding.app.database.db;
		const owner = await db.selectFrom('accounts').select('id').executeTakeFirstOrThrow();
		await seedOpenCircles(db, seeding.app.keyring, owner.id, OPEN_CIRCLES);
		await seeding.close();
		const dataDir = seeding.dataDir;
		seeding = undefined;

		server = await ServerProcess.start({ databaseUrl: store.config.databaseUrl ?? '', dataDir });
		const [restored] = server.logged('open circles restored');
		expect(restored).toMatchObject({ circles: OPEN_CIRCLES });
		expect(restored!.ms as number).toBeLessThanOrEqual(RESTORE_BUDGET_MS);
		const ready = await fetch(`${server.url}/readyz`);
		expect(await ready.json()).toEqual({ ok: true, circles: OPEN_CIRCLES });
		removeDir(dataDir);
	});
});
