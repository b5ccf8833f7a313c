// The store against real databases: SQLite in a temp dir always, PostgreSQL too when TEST_DATABASE_URL is set.
// Each PostgreSQL run gets its own schema (dropped afterwards), so parallel runs never see each other's rows.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin as adminStatement } from './backends';
import { hashToken, newId, newToken, type TokenHash } from '../../server/auth/tokens';
import { countAccounts, createAccount, findAccountByEmail, findAccountById } from '../../server/store/accounts';
import {
	appendEvent,
	findEventByCommandId,
	listEvents,
	loadSnapshot,
	purgeCircleLog,
	saveSnapshot,
	type CircleEvent
} from '../../server/store/circle-log';
import {
	createCircle,
	findCircleByJoinCode,
	findCircleByQrTokenHash,
	findCircleByScreenTokenHash,
	getCircle,
	listCircleIdsByStatus,
	listCirclesForAccount,
	setCircleStatus,
	setCoKeeper
} from '../../server/store/circles';
import { openDatabase, DatabaseConfigError, type Database, type OpenedDatabase } from '../../server/store/database';
import {
	countAllJoinFailuresSince,
	countJoinFailuresSince,
	pruneJoinAttempts,
	recordJoinFailure
} from '../../server/store/join-attempts';
import { createSeatToken, deleteSeatTokensForSeat, findSeatToken } from '../../server/store/seat-tokens';
import { createSession, deleteExpiredSessions, deleteSession, findValidSession } from '../../server/store/sessions';
import { AtRestSecret } from '../../server/crypto/at-rest-secret';
import { Keyring, type CircleVault } from '../../server/store/circle-keys';

/** Past 2^31 ms, so a column that silently kept 32-bit integers would fail. */
const T0 = 1_764_000_000_000;
const HOUR_MS = 3_600_000;
/** What `pragma synchronous` reports for NORMAL. */
const SQLITE_SYNCHRONOUS_NORMAL = 1;

interface Backend {
	name: string;
	open(): Promise<OpenedDatabase>;
	cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
	const dataDir = mkdtempSync(join(tmpdir(), 'circlekeeper-store-'));
	return {
		name: 'sqlite',
		open: () => openDatabase({ dataDir }),
		cleanup: async () => rmSync(dataDir, { recursive: true, force: true })
	};
}

function postgresBackend(baseUrl: string): Backend {
	const schema = `ck_test_${process.pid}_${Date.now().toString(36)}`;
	const url = new URL(baseUrl);
	url.searchParams.set('options', `-c search_path=${schema}`);
	const admin = (statement: string) => adminStatement(baseUrl, statement);
	let created = false;
	return {
		name: 'postgres',
		async open() {
			if (!created) await admin(`create schema ${schema}`);
			created = true;
			return openDatabase({ url: url.toString(), dataDir: '/nonexistent-unused' });
		},
		cleanup: () => admin(`drop schema if exists ${schema} cascade`)
	};
}

const backends: Backend[] = [sqliteBackend()];
if (process.env.TEST_DATABASE_URL) backends.push(postgresBackend(process.env.TEST_DATABASE_URL));

describe('openDatabase', () => {
	it('refuses a URL of a database it does not support', async () => {
		await expect(openDatabase({ url: 'mysql://localhost/db', dataDir: tmpdir() })).rejects.toMatchObject({
			code: 'unsupported_database_url'
		});
		await expect(openDatabase({ url: 'mysql://localhost/db', dataDir: tmpdir() })).rejects.toBeInstanceOf(DatabaseConfigError);
	});
});

describe.each(backends)('store on $name', (backend) => {
	let db: Database;
	const keyring = new Keyring(new AtRestSecret(Buffer.from('a test secret of at least thirty-two characters')));
	const joinCodes = new Map<string, string>();
	const vaultOf = async (circleId: string): Promise<CircleVault> => (await keyring.vault(db, circleId))!;

	beforeAll(async () => {
		({ db } = await backend.open());
	});

	afterAll(async () => {
		await db?.destroy();
		await backend.cleanup();
	});

	async function newAccount(email = `${newId()}@example.org`) {
		const result = await createAccount(db, { id: newId(), email, passwordHash: '$argon2id$x', roles: ['keeper'], now: T0 });
		if (!result.ok) throw new Error(result.error.message);
		return result.value;
	}

	async function newCircle(ownerAccountId: string, now = T0) {
		const tokens = { qr: hashToken(newToken()), screen: hashToken(newToken()) };
		const joinCode = newToken().replace(/[^A-Z]/g, '').padEnd(8, 'X').slice(0, 8);
		const result = await createCircle(db, keyring, {
			id: newId(),
			ownerAccountId,
			title: 'Harvest circle',
			planJson: '{"version":1}',
			joinCode,
			qrTokenHash: tokens.qr,
			screenTokenHash: tokens.screen,
			now
		});
		if (!result.ok) throw new Error(result.error.message);
		joinCodes.set(result.value.id, joinCode);
		return result.value;
	}

	describe('migrations', () => {
		it('opens an already migrated database without migrating again, keeping its rows', async () => {
			const account = await newAccount();
			const second = await backend.open();
			try {
				expect(await findAccountById(second.db, account.id)).toEqual(account);
				const { rows } = await sql<{ count: number }>`select count(*) as count from kysely_migration`.execute(second.db);
				// One row per migration file, each run once (counted from the folder, so a new migration needs no edit here).
				const migrations = readdirSync('server/store/migrations').filter((f) => /^\d{4}-.+\.ts$/u.test(f));
				expect(Number(rows[0]?.count)).toBe(migrations.length);
			} finally {
				await second.db.destroy();
			}
		});
	});

	describe('connection settings', () => {
		it('enforces foreign keys (off by default in SQLite)', async () => {
			const orphan = { tokenHash: hashToken(newToken()), accountId: newId(), now: T0, expiresAt: T0 + HOUR_MS };
			await expect(createSession(db, orphan)).rejects.toThrow();
		});

		it.runIf(backend.name === 'sqlite')('runs SQLite in WAL mode with NORMAL sync', async () => {
			const { rows: journal } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
			const { rows: sync } = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
			expect(journal[0]?.journal_mode).toBe('wal');
			expect(sync[0]?.synchronous).toBe(SQLITE_SYNCHRONOUS_NORMAL);
		});

		it.runIf(backend.name === 'sqlite')('runs SQLite with secure_delete, so deleted rows are zeroed, not left in free pages', async () => {
			const { rows } = await sql<{ secure_delete: number }>`pragma secure_delete`.execute(db);
			expect(rows[0]?.secure_delete).toBe(1);
		});
	});

	describe('accounts', () => {
		it('finds an account by email whatever its case, and by id', async () => {
			const id = newId();
			const email = '  Keeper.One@Example.ORG ';
			const created = await createAccount(db, { id, email, passwordHash: 'h', roles: ['keeper', 'admin'], now: T0 });
			expect(created.ok).toBe(true);
			const found = await findAccountByEmail(db, 'keeper.one@example.org');
			expect(found).toEqual({ id, email: 'keeper.one@example.org', passwordHash: 'h', roles: ['keeper', 'admin'], createdAt: T0 });
			expect(await findAccountByEmail(db, 'KEEPER.ONE@EXAMPLE.ORG')).toEqual(found);
			expect(await findAccountById(db, id)).toEqual(found);
			expect(typeof found?.createdAt).toBe('number');
		});

		it('refuses a second account with the same email in another case as email_taken', async () => {
			await newAccount('taken@example.org');
			const again = await createAccount(db, { id: newId(), email: 'Taken@Example.org', passwordHash: 'h', roles: [], now: T0 });
			expect(again).toMatchObject({ ok: false, error: { code: 'email_taken' } });
		});

		it('answers undefined for an unknown email or id', async () => {
			expect(await findAccountByEmail(db, 'nobody@example.org')).toBeUndefined();
			expect(await findAccountById(db, newId())).toBeUndefined();
		});

		it('counts accounts as a number', async () => {
			const before = await countAccounts(db);
			await newAccount();
			expect(await countAccounts(db)).toBe(before + 1);
		});
	});

	describe('sessions', () => {
		it('finds a session until it expires, then no longer', async () => {
			const account = await newAccount();
			const tokenHash = hashToken(newToken());
			await createSession(db, { tokenHash, accountId: account.id, now: T0, expiresAt: T0 + HOUR_MS });
			expect(await findValidSession(db, tokenHash, T0 + HOUR_MS - 1)).toEqual({
				tokenHash,
				accountId: account.id,
				createdAt: T0,
				expiresAt: T0 + HOUR_MS,
				passkeyId: null
			});
			expect(await findValidSession(db, tokenHash, T0 + HOUR_MS)).toBeUndefined();
		});

		it('sweeps only expired sessions', async () => {
			const account = await newAccount();
			const [expired, live] = [hashToken(newToken()), hashToken(newToken())];
			await createSession(db, { tokenHash: expired, accountId: account.id, now: T0, expiresAt: T0 + 1 });
			await createSession(db, { tokenHash: live, accountId: account.id, now: T0, expiresAt: T0 + HOUR_MS });
			expect(await deleteExpiredSessions(db, T0 + 1)).toBeGreaterThanOrEqual(1);
			expect(await findValidSession(db, expired, T0)).toBeUndefined();
			expect(await findValidSession(db, live, T0)).toBeDefined();
		});

		it('signs out by deleting the session', async () => {
			const account = await newAccount();
			const tokenHash = hashToken(newToken());
			await createSession(db, { tokenHash, accountId: account.id, now: T0, expiresAt: T0 + HOUR_MS });
			expect(await deleteSession(db, tokenHash)).toBe(true);
			expect(await findValidSession(db, tokenHash, T0)).toBeUndefined();
			expect(await deleteSession(db, tokenHash)).toBe(false);
		});

		it('stores the token hash, never the token', async () => {
			const account = await newAccount();
			const token = newToken();
			await createSession(db, { tokenHash: hashToken(token), accountId: account.id, now: T0, expiresAt: T0 + HOUR_MS });
			const rows = await db.selectFrom('sessions').selectAll().execute();
			expect(JSON.stringify(rows)).not.toContain(token);
			expect(JSON.stringify(rows)).toContain(hashToken(token));
		});
	});

	describe('circles', () => {
		it('creates a scheduled circle found by id, join code, QR and screen token hash', async () => {
			const owner = await newAccount();
			const circle = await newCircle(owner.id);
			expect(circle).toMatchObject({ status: 'scheduled', closedAt: null, coKeeperAccountId: null });
			expect(await getCircle(db, circle.id)).toEqual(circle);
			expect(await findCircleByJoinCode(db, keyring, joinCodes.get(circle.id)!)).toEqual(circle);
			expect(await findCircleByQrTokenHash(db, circle.qrTokenHash as TokenHash)).toEqual(circle);
			expect(await findCircleByScreenTokenHash(db, circle.screenTokenHash as TokenHash)).toEqual(circle);
		});

		it('refuses a join code another circle holds as join_code_taken', async () => {
			const owner = await newAccount();
			const first = await newCircle(owner.id);
			const second = await createCircle(db, keyring, {
				id: newId(),
				ownerAccountId: owner.id,
				title: 'Copy',
				planJson: '{}',
				joinCode: joinCodes.get(first.id)!,
				qrTokenHash: hashToken(newToken()),
				screenTokenHash: hashToken(newToken()),
				now: T0
			});
			expect(second).toMatchObject({ ok: false, error: { code: 'join_code_taken' } });
		});

		it('lists the circles an account keeps or co-keeps, newest first', async () => {
			const [owner, coKeeper] = [await newAccount(), await newAccount()];
			const older = await newCircle(owner.id);
			const newer = await newCircle(coKeeper.id, T0 + 1);
			expect(await setCoKeeper(db, older.id, coKeeper.id)).toMatchObject({ ok: true, value: { coKeeperAccountId: coKeeper.id } });
			expect((await listCirclesForAccount(db, coKeeper.id)).map((c) => c.id)).toEqual([newer.id, older.id]);
			expect((await listCirclesForAccount(db, owner.id)).map((c) => c.id)).toEqual([older.id]);
		});

		it('closing nulls the join code, QR and screen hashes, stamps closedAt and deletes rejoin tokens', async () => {
			const owner = await newAccount();
			const circle = await newCircle(owner.id);
			const seatToken = hashToken(newToken());
			await createSeatToken(db, { tokenHash: seatToken, circleId: circle.id, seatId: 'seat-1', now: T0 });
			expect(await setCircleStatus(db, circle.id, 'lobby', T0 + 1)).toMatchObject({ ok: true, value: { status: 'lobby' } });
			expect(await setCircleStatus(db, circle.id, 'live', T0 + 2)).toMatchObject({ ok: true, value: { status: 'live' } });

			const closed = await setCircleStatus(db, circle.id, 'closed', T0 + 3);
			const expected = { status: 'closed', closedAt: T0 + 3, stored: expect.objectContaining({ joinCode: null }), qrTokenHash: null, screenTokenHash: null };
			expect(closed).toMatchObject({ ok: true, value: expected });
			expect(await getCircle(db, circle.id)).toMatchObject(expected);
			expect(await findCircleByJoinCode(db, keyring, joinCodes.get(circle.id)!)).toBeUndefined();
			expect(await findCircleByQrTokenHash(db, circle.qrTokenHash as TokenHash)).toBeUndefined();
			expect(await findSeatToken(db, seatToken)).toBeUndefined();
		});

		it('keeps a closed circle closed: reopening and co-keeper changes are refused, closing again is a no-op', async () => {
			const owner = await newAccount();
			const circle = await newCircle(owner.id);
			await setCircleStatus(db, circle.id, 'closed', T0 + 1);
			expect(await setCircleStatus(db, circle.id, 'live', T0 + 2)).toMatchObject({ ok: false, error: { code: 'circle_closed' } });
			expect(await setCoKeeper(db, circle.id, owner.id)).toMatchObject({ ok: false, error: { code: 'circle_closed' } });
			expect(await setCircleStatus(db, circle.id, 'closed', T0 + 5)).toMatchObject({ ok: true, value: { closedAt: T0 + 1 } });
		});

		it('refuses changes to an unknown circle as circle_not_found', async () => {
			expect(await setCircleStatus(db, newId(), 'lobby', T0)).toMatchObject({ ok: false, error: { code: 'circle_not_found' } });
			expect(await setCoKeeper(db, newId(), null)).toMatchObject({ ok: false, error: { code: 'circle_not_found' } });
		});

		it('lists circle ids by status, and nothing for no statuses', async () => {
			const owner = await newAccount();
			const [lobby, live] = [await newCircle(owner.id), await newCircle(owner.id)];
			await setCircleStatus(db, lobby.id, 'lobby', T0);
			await setCircleStatus(db, live.id, 'live', T0);
			const ids = await listCircleIdsByStatus(db, ['lobby', 'live']);
			expect(ids).toEqual(expect.arrayContaining([lobby.id, live.id]));
			expect(await listCircleIdsByStatus(db, ['live'])).not.toContain(lobby.id);
			expect(await listCircleIdsByStatus(db, [])).toEqual([]);
		});
	});

	describe('seat tokens', () => {
		it('finds a seat by its token hash until the seat is revoked', async () => {
			const circle = await newCircle((await newAccount()).id);
			const tokenHash = hashToken(newToken());
			await createSeatToken(db, { tokenHash, circleId: circle.id, seatId: 'seat-7', now: T0 });
			expect(await findSeatToken(db, tokenHash)).toEqual({ tokenHash, circleId: circle.id, seatId: 'seat-7', createdAt: T0 });
			expect(await deleteSeatTokensForSeat(db, circle.id, 'seat-7')).toBe(1);
			expect(await findSeatToken(db, tokenHash)).toBeUndefined();
		});
	});

	describe('circle log', () => {
		function event(circleId: string, seq: number, commandId: string | null = `cmd-${seq}`): CircleEvent {
			return { circleId, seq, commandId, type: 'passed', actorRole: 'participant', payloadJson: `{"seq":${seq}}`, at: T0 + seq };
		}
		const snapshotAt = (seq: number) => ({ seq, machineVersion: 1, json: `{"state":${seq}}` });

		it('writes the event and the snapshot together', async () => {
			const circle = await newCircle((await newAccount()).id);
			expect(await appendEvent(db, await vaultOf(circle.id), event(circle.id, 1), snapshotAt(1))).toEqual({ ok: true });
			expect(await loadSnapshot(db, await vaultOf(circle.id))).toEqual({
				circleId: circle.id,
				seq: 1,
				machineVersion: 1,
				json: '{"state":1}',
				updatedAt: T0 + 1
			});
			expect(await listEvents(db, await vaultOf(circle.id), 0)).toEqual([event(circle.id, 1)]);
		});

		it('leaves the snapshot unchanged when the event is refused for a taken seq', async () => {
			const circle = await newCircle((await newAccount()).id);
			await appendEvent(db, await vaultOf(circle.id), event(circle.id, 1), snapshotAt(1));
			const clash = await appendEvent(db, await vaultOf(circle.id), event(circle.id, 1, 'another-command'), snapshotAt(99));
			expect(clash).toMatchObject({ ok: false, error: { code: 'seq_taken' } });
			expect(await loadSnapshot(db, await vaultOf(circle.id))).toMatchObject({ seq: 1, json: '{"state":1}' });
			expect(await listEvents(db, await vaultOf(circle.id), 0)).toHaveLength(1);
		});

		it('refuses a repeated command id and returns the event it already produced', async () => {
			const circle = await newCircle((await newAccount()).id);
			await appendEvent(db, await vaultOf(circle.id), event(circle.id, 1, 'cmd-a'), snapshotAt(1));
			const retry = await appendEvent(db, await vaultOf(circle.id), event(circle.id, 2, 'cmd-a'), snapshotAt(2));
			expect(retry).toEqual({
				ok: false,
				error: { code: 'duplicate_command', message: expect.any(String), existing: event(circle.id, 1, 'cmd-a') }
			});
			expect(await loadSnapshot(db, await vaultOf(circle.id))).toMatchObject({ seq: 1 });
			expect(await findEventByCommandId(db, await vaultOf(circle.id), 'cmd-a')).toEqual(event(circle.id, 1, 'cmd-a'));
			expect(await findEventByCommandId(db, await vaultOf(circle.id), 'cmd-b')).toBeUndefined();
		});

		it('accepts many server events without command ids', async () => {
			const circle = await newCircle((await newAccount()).id);
			expect(await appendEvent(db, await vaultOf(circle.id), event(circle.id, 1, null), snapshotAt(1))).toEqual({ ok: true });
			expect(await appendEvent(db, await vaultOf(circle.id), event(circle.id, 2, null), snapshotAt(2))).toEqual({ ok: true });
		});

		it('lists events after a seq in seq order, whatever order they were written in', async () => {
			const circle = await newCircle((await newAccount()).id);
			for (const seq of [3, 1, 10, 2]) await appendEvent(db, await vaultOf(circle.id), event(circle.id, seq), snapshotAt(seq));
			expect((await listEvents(db, await vaultOf(circle.id), 0)).map((e) => e.seq)).toEqual([1, 2, 3, 10]);
			expect((await listEvents(db, await vaultOf(circle.id), 2)).map((e) => e.seq)).toEqual([3, 10]);
			expect(await listEvents(db, await vaultOf(circle.id), 10)).toEqual([]);
		});

		it('saves a snapshot without an event, and purges the whole log', async () => {
			const circle = await newCircle((await newAccount()).id);
			await saveSnapshot(db, await vaultOf(circle.id), snapshotAt(0), T0);
			expect(await loadSnapshot(db, await vaultOf(circle.id))).toMatchObject({ seq: 0, updatedAt: T0 });
			await appendEvent(db, await vaultOf(circle.id), event(circle.id, 1), snapshotAt(1));
			expect(await purgeCircleLog(db, circle.id)).toBe(1);
			expect(await loadSnapshot(db, await vaultOf(circle.id))).toBeUndefined();
			expect(await listEvents(db, await vaultOf(circle.id), 0)).toEqual([]);
		});
	});

	describe('join attempts', () => {
		it('counts failures per address and globally within the window, inclusive of its start', async () => {
			const [a, b] = [`addr-${newId()}`, `addr-${newId()}`];
			const base = T0 + 300 * HOUR_MS; // later than the pruning test's rows, so they never count here
			await recordJoinFailure(db, a, base);
			await recordJoinFailure(db, a, base + 10);
			await recordJoinFailure(db, b, base + 20);
			expect(await countJoinFailuresSince(db, a, base)).toBe(2);
			expect(await countJoinFailuresSince(db, a, base + 1)).toBe(1);
			expect(await countJoinFailuresSince(db, b, base)).toBe(1);
			expect(await countAllJoinFailuresSince(db, base)).toBe(3);
			expect(await countAllJoinFailuresSince(db, base + 11)).toBe(1);
		});

		it('prunes failures older than the cut-off only', async () => {
			const address = `addr-${newId()}`;
			const base = T0 + 200 * HOUR_MS;
			await recordJoinFailure(db, address, base);
			await recordJoinFailure(db, address, base + HOUR_MS);
			expect(await pruneJoinAttempts(db, base + 1)).toBeGreaterThanOrEqual(1);
			expect(await countJoinFailuresSince(db, address, 0)).toBe(1);
		});
	});
});
