// Circle data keys against real databases (SQLite always, PostgreSQL with TEST_DATABASE_URL): what the circles
// table holds sealed, what a shredded key or a foreign secret can still open (nothing).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newId, newToken } from '../../server/auth/tokens';
import { AtRestSecret } from '../../server/crypto/at-rest-secret';
import { createAccount } from '../../server/store/accounts';
import { Keyring } from '../../server/store/circle-keys';
import { saveSnapshot } from '../../server/store/circle-log';
import { createCircle, findCircleByJoinCode, openCircleTexts } from '../../server/store/circles';
import { openDatabase, type Database } from '../../server/store/database';
import { admin } from './backends';

const T0 = 1_764_000_000_000;

interface Backend {
	name: string;
	open(): Promise<Database>;
	cleanup(): Promise<void>;
}

function sqlite(): Backend {
	const dataDir = mkdtempSync(join(tmpdir(), 'circlekeeper-keys-'));
	return { name: 'sqlite', open: async () => (await openDatabase({ dataDir })).db, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

function postgres(baseUrl: string): Backend {
	const schema = `ck_keys_${process.pid}_${Date.now().toString(36)}`;
	const url = new URL(baseUrl);
	url.searchParams.set('options', `-c search_path=${schema}`);
	return {
		name: 'postgres',
		async open() {
			await admin(baseUrl, `create schema ${schema}`);
			return (await openDatabase({ url: url.toString(), dataDir: '/nonexistent-unused' })).db;
		},
		cleanup: () => admin(baseUrl, `drop schema if exists ${schema} cascade`)
	};
}

const backends: Backend[] = [sqlite()];
if (process.env.TEST_DATABASE_URL) backends.push(postgres(process.env.TEST_DATABASE_URL));

describe.each(backends)('circle data keys on $name', (backend) => {
	let db: Database;
	const keyring = new Keyring(new AtRestSecret(Buffer.from('a test secret of at least thirty-two characters')));
	const joinCodes = new Map<string, string>();
	const vaultOf = async (circleId: string) => (await keyring.vault(db, circleId))!;

	beforeAll(async () => {
		db = await backend.open();
	});

	afterAll(async () => {
		await db?.destroy();
		await backend.cleanup();
	});

	async function newCircle() {
		const owner = await createAccount(db, { id: newId(), email: `${newId()}@example.org`, passwordHash: '$argon2id$x', roles: ['keeper'], now: T0 });
		if (!owner.ok) throw new Error(owner.error.message);
		const joinCode = newToken().replace(/[^A-Z]/g, '').padEnd(8, 'X').slice(0, 8);
		const result = await createCircle(db, keyring, {
			id: newId(),
			ownerAccountId: owner.value.id,
			title: 'Harvest circle',
			planJson: '{"version":1}',
			joinCode,
			qrTokenHash: hashToken(newToken()),
			screenTokenHash: hashToken(newToken()),
			now: T0
		});
		if (!result.ok) throw new Error(result.error.message);
		joinCodes.set(result.value.id, joinCode);
		return result.value;
	}

	it('stores title, plan and join code sealed, finds the circle by its code, and opens them with the circle’s key', async () => {
		const circle = await newCircle();
		const row = await db.selectFrom('circles').selectAll().where('id', '=', circle.id).executeTakeFirstOrThrow();
		const code = joinCodes.get(circle.id)!;
		expect(JSON.stringify(row)).not.toContain('Harvest circle');
		expect(JSON.stringify(row)).not.toContain(code);
		expect(await openCircleTexts(db, keyring, circle)).toEqual({ title: 'Harvest circle', planJson: '{"version":1}', joinCode: code });
	});

	it('opens nothing of a circle once its key is shredded, even from another process with the same secret', async () => {
		const circle = await newCircle();
		await saveSnapshot(db, await vaultOf(circle.id), { seq: 0, machineVersion: 6, json: '{"name":"Txawj"}' }, T0);
		await keyring.shred(db, circle.id);
		const fresh = new Keyring(keyring.secret);
		expect(await fresh.vault(db, circle.id)).toBeUndefined();
		expect(await keyring.vault(db, circle.id)).toBeUndefined();
		const stored = await db.selectFrom('circle_snapshots').select('snapshot_json').where('circle_id', '=', circle.id).executeTakeFirstOrThrow();
		expect(stored.snapshot_json).not.toContain('Txawj');
	});

	it('opens nothing with another secret', async () => {
		const circle = await newCircle();
		const stranger = new Keyring(new AtRestSecret(Buffer.from('some other secret of at least thirty-two chars')));
		expect(await stranger.vault(db, circle.id)).toBeUndefined();
		expect(await findCircleByJoinCode(db, stranger, joinCodes.get(circle.id)!)).toBeUndefined();
	});
});
