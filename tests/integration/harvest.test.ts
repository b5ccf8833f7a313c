// A circle with distinctive names leaves a harvest and nothing else: after close and purge no table holds a name,
// email, phone, pronoun or "stays in the circle" text; the keeper edits and approves; an invited organizer reads it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeeperView } from '../../src/lib/protocol';
import type { Harvest } from '../../src/lib/wire/harvest';
import type { CreatedCircle } from '../../src/lib/wire/http';
import type { ReviewAggregates, ReviewedHarvest, ReviewListItem } from '../../src/lib/wire/review';
import { MIN_RELEASE_CIRCLES } from '../../src/lib/harvest/release';
import { listAudit } from '../../server/store/audit';
import { insertDraft, setStatus } from '../../server/store/harvests';
import { listReleases, releaseTables } from '../../server/store/releases';
import type { CircleHost } from '../../server/circles/circle-host';
import { KEEPER_SEAT_ID } from '../../server/circles/keeper-seats';
import { allShowing, api, Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';
import { serverBackends } from './backends';

const DAY_MS = 24 * 60 * 60_000;
const RETENTION_DAYS = 30;
/** Two more approved circles of the same program, written straight to the store, so that a release can be made. */
const OTHER_CIRCLES = ['other-circle-1', 'other-circle-2'];

const plan = {
	version: 1,
	title: { en: 'Neighbours talk' },
	phases: [
		{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you arriving?' } },
		{ kind: 'ceremony', id: 'closing', title: { en: 'Closing' }, text: { en: 'Thank you.' } }
	]
};

const KEEPER_NAME = 'Farhad Rahimi';
const PEOPLE = [
	{ name: 'Txawj Vang', pronouns: 'xe/xem' },
	{ name: 'Gurpreet Kaur', pronouns: 'ze/hir' },
	{ name: 'Nguyễn Thị Lan', pronouns: 'fae/faer' }
];
/** Everything that must not survive the close, lower-cased. */
const SECRETS = ['farhad', 'rahimi', 'txawj', 'gurpreet', 'kaur', 'nguyễn', 'nguyen', 'xe/xem', 'ze/hir', 'fae/faer', 'txawj@example.com', '916-555-0123', '555-0123', '@txawjv', 'zebrasecret'];

async function put<T>(server: { url: string }, path: string, body: unknown, cookie: string): Promise<{ status: number; body: T }> {
	const res = await fetch(server.url + path, { method: 'PUT', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
	return { status: res.status, body: (await res.json()) as T };
}

function cookieOf(res: { headers: Headers }): string {
	const cookie = res.headers.get('set-cookie');
	if (!cookie) throw new Error('no session cookie');
	return cookie.split(';')[0]!;
}

describe.each(serverBackends)('harvest and review on $name', (backend) => {
	const clock = { t: Date.UTC(2026, 2, 1, 18), now() { return this.t; } };
	let server: TestServer;
	let cleanupDb: () => Promise<void>;
	let cookie: string;
	let organizer: string;
	let programId: string;
	let released: ReviewAggregates;
	let circle: CreatedCircle;
	let keeper: Client;
	const people: { seatId: string; client: Client }[] = [];

	async function act(client: Client, command: Record<string, unknown>) {
		const ack = await client.send(command);
		expect(ack, JSON.stringify(command)).toMatchObject({ ok: true });
		await allShowing(host, [[keeper, { kind: 'keeper', role: 'keeper', seatId: KEEPER_SEAT_ID }]]);
	}
	/** Kept from the start: a closed circle leaves the registry. */
	let host: CircleHost;
	const clientOf = (seatId: string) => (seatId === 'keeper' ? keeper : people.find((p) => p.seatId === seatId)!.client);

	beforeAll(async () => {
		const db = await backend.fresh();
		cleanupDb = db.cleanup;
		server = await startServer(db.config, { clock });
		cookie = await signInFirstKeeper(server);
		const program = await api<{ id: string }>(server, '/api/admin/programs', { name: 'SCORE trust-building 2026', retentionDays: RETENTION_DAYS }, cookie);
		expect(program.status).toBe(201);
		programId = program.body.id;
		circle = await createCircle(server, cookie, { plan, keeperName: KEEPER_NAME, programId });
		keeper = Client.keeper(server, circle.id, cookie);
		await keeper.connected();
		host = server.app.registry.peek(circle.id)!;
		await act(keeper, { type: 'OPEN' });
		for (const person of PEOPLE) {
			const joined = await joinCircle(server, circle.joinCode, person.name, { pronouns: person.pronouns });
			const client = Client.participant(server, joined.token);
			await client.connected();
			people.push({ seatId: joined.seatId, client });
		}
		for (const [i, p] of people.entries()) await act(p.client, { type: 'TRUST_BEFORE', trust: [2, 3, i === 0 ? null : 4] });
		await act(keeper, { type: 'START' });
		// The check-in: everyone speaks once but the second participant, who passes and passes again.
		for (let turn = 0; turn < 6; turn++) {
			const view = keeper.view as KeeperView;
			const holder = view.piece?.holderSeatId;
			if (!holder || view.piece?.stage === 'keeper') break;
			await act(clientOf(holder), { type: holder === people[1]!.seatId ? 'PASS' : 'DONE' });
		}
		await act(keeper, { type: 'ADD_NOTE', kind: 'theme', text: 'Txawj Vang said the bus stop on Oak Park is unsafe for Hmong elders' });
		await act(keeper, { type: 'ADD_NOTE', kind: 'agreement', text: 'Meet again; Gurpreet will email txawj@example.com' });
		await act(people[0]!.client, { type: 'REFLECT', scope: 'circle', text: 'zebrasecret: only for this room, Farhad' });
		await act(people[1]!.client, { type: 'REFLECT', scope: 'theme', text: 'Farhad Rahimi listened; call me at 916-555-0123 or @txawjv' });
		await act(people[2]!.client, { type: 'REFLECT', scope: 'quote', text: 'As a Black woman from Laos I felt heard, thanks Kaur' });
		for (const [i, p] of people.entries()) await act(p.client, { type: 'FEEDBACK', heard: 5, safe: i === 0 ? null : 4, trust: [4, 4, 5] });
		await act(keeper, { type: 'CLOSE' });
		// The close-out (draft, then purge) runs as the registry's bookkeeping; wait for it.
		const { db: store } = server.app.database;
		for (let i = 0; i < 100; i++) {
			const left = await store.selectFrom('circle_snapshots').select('circle_id').where('circle_id', '=', circle.id).executeTakeFirst();
			if (!left) break;
			await new Promise((r) => setTimeout(r, 50));
		}
	});

	afterAll(async () => {
		for (const c of [keeper, ...people.map((p) => p.client)]) c?.close();
		await server?.close();
		if (server) removeDir(server.dataDir);
		await cleanupDb?.();
	});

	it('leaves no name, email, phone, pronoun or circle-only text in any table after the purge', async () => {
		const { db } = server.app.database;
		const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
		expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['harvests', 'circles', 'circle_events', 'audit_log']));
		const dump: string[] = [];
		for (const table of tables) {
			const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(db);
			dump.push(`${table.name}: ${JSON.stringify(rows)}`);
		}
		const text = dump.join('\n').toLowerCase();
		for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
		expect(text).toContain('[name]');
	});

	it('drafts the harvest: counts, redacted notes, consented reflections only, distributions and equity', async () => {
		const res = await api<Harvest>(server, `/api/circles/${circle.id}/harvest`, undefined, cookie);
		expect(res.status).toBe(200);
		const h = res.body;
		expect(h).toMatchObject({ circleId: circle.id, status: 'draft', approvedAt: null, title: 'Neighbours talk' });
		expect(h.counts).toMatchObject({ participants: 3, keepers: 1, rounds: 1 });
		expect(h.themes).toEqual([{ id: expect.any(Number), phase: 'Check-in', text: expect.stringContaining('Hmong') }]);
		expect(h.themes[0]!.text).toContain('Oak Park');
		expect(h.reflections.map((r) => r.scope)).toEqual(['theme', 'quote']);
		expect(h.reflections[1]!.text).toContain('Black woman from Laos');
		expect(h.feedback).toEqual({ responses: 3, heard: [0, 0, 0, 0, 3], safe: [0, 0, 0, 2, 0] });
		expect(h.trust[2]).toEqual({ before: [0, 0, 0, 2, 0], after: [0, 0, 0, 0, 3] });
		expect(h.equity.seats).toBe(4);
		expect(h.counts.passes).toBeGreaterThanOrEqual(1);
		const raw = JSON.stringify(h).toLowerCase();
		for (const seatId of people.map((p) => p.seatId)) expect(raw).not.toContain(seatId.toLowerCase());
	});

	it('re-redacts edits by the hashed roster, drops omitted items, and approves', async () => {
		const draft = (await api<Harvest>(server, `/api/circles/${circle.id}/harvest`, undefined, cookie)).body;
		const edit = {
			themes: [{ id: draft.themes[0]!.id, text: 'Rahimi and txawj think the Hmong elders need a safer stop; ring +1 916 555 0199' }],
			agreements: [],
			reflections: draft.reflections.slice(1).map((r) => ({ id: r.id, text: r.text }))
		};
		const res = await put<Harvest>(server, `/api/circles/${circle.id}/harvest`, edit, cookie);
		expect(res.status).toBe(200);
		expect(res.body.themes[0]!.text).toMatch(/^\[name\] and \[name\] think the Hmong elders need a safer stop; ring \[phone\]$/);
		expect(res.body.agreements).toEqual([]);
		expect(res.body.reflections).toHaveLength(1);
		const approved = await api<Harvest>(server, `/api/circles/${circle.id}/harvest/approve`, {}, cookie);
		expect(approved.body).toMatchObject({ status: 'approved', approvedAt: clock.t });
		expect((await put(server, `/api/circles/${circle.id}/harvest`, edit, cookie)).status).toBe(409);
	});

	it('shows an organizer nothing of an approved harvest until a release holds it, and says why a release waits', async () => {
		const invite = await api<{ path: string }>(server, '/api/admin/invites', { role: 'organizer', email: 'org@example.org' }, cookie);
		expect(invite.body.path).toMatch(/^\/invite#t=/);
		const token = invite.body.path.split('#t=')[1]!;
		const accepted = await api(server, '/api/invites/accept', { token, email: 'org@example.org', password: 'another long password' });
		expect(accepted.status).toBe(201);
		organizer = cookieOf(accepted);
		expect((await api(server, '/api/invites/accept', { token, email: 'org2@example.org', password: 'another long password' })).status).toBe(404);
		// A keeper without the organizer role cannot read reviews; the organizer cannot read the keeper's draft.
		expect((await api(server, `/api/circles/${circle.id}/harvest`, undefined, organizer)).status).toBe(403);

		expect((await api<{ harvests: ReviewListItem[] }>(server, '/api/review/harvests', undefined, organizer)).body.harvests).toEqual([]);
		expect((await api(server, `/api/review/harvests/${circle.id}`, undefined, organizer)).status).toBe(404);
		const waiting = await api<ReviewAggregates>(server, `/api/review/aggregates?programId=${programId}`, undefined, organizer);
		expect(waiting.body).toMatchObject({ release: null, releases: [], circleCount: 0, batches: [], pending: { circles: 1, needed: MIN_RELEASE_CIRCLES } });
		const held = await api<{ error: { code: string; message: string } }>(server, '/api/review/releases', { programId }, organizer);
		expect(held.status).toBe(409);
		expect(held.body.error).toEqual({ code: 'release_held_back', message: expect.stringContaining(`${MIN_RELEASE_CIRCLES - 1} more`) });
		expect((await api(server, '/api/review/releases', { programId: 42 }, organizer)).status).toBe(400);
		expect((await api(server, '/api/review/releases', { programId }, undefined)).status).toBe(401);
	});

	it('makes release 1 once enough circles are approved, and lets the organizer read it, suppressed and audited', async () => {
		const { db } = server.app.database;
		const draft = (await api<Harvest>(server, `/api/circles/${circle.id}/harvest`, undefined, cookie)).body;
		for (const id of OTHER_CIRCLES) {
			await insertDraft(db, { harvest: { ...draft, circleId: id, title: `Circle ${id}`, status: 'draft', approvedAt: null }, nameHashes: [], now: clock.t });
			await setStatus(db, id, { status: 'approved', approvedAt: clock.t, approvedBy: 'keeper', expiresAt: clock.t + 2 * RETENTION_DAYS * DAY_MS });
		}
		const made = await api<{ number: number; circleCount: number }>(server, '/api/review/releases', { programId }, organizer);
		expect(made.status).toBe(201);
		expect(made.body).toMatchObject({ number: 1, circleCount: MIN_RELEASE_CIRCLES });
		expect(await listAudit(db, { action: 'release_made' })).toEqual([{ at: clock.t, accountId: expect.any(String), action: 'release_made', target: `${programId}#1` }]);
		expect((await api(server, '/api/review/releases', { programId }, organizer)).status).toBe(409);

		const list = await api<{ harvests: ReviewListItem[] }>(server, '/api/review/harvests', undefined, organizer);
		expect(list.body.harvests).toContainEqual({ circleId: circle.id, release: 1, title: 'Neighbours talk', program: { id: programId, name: 'SCORE trust-building 2026' }, closedAt: expect.any(Number) });
		expect(list.body.harvests).toHaveLength(MIN_RELEASE_CIRCLES);
		const read = await api<ReviewedHarvest>(server, `/api/review/harvests/${circle.id}`, undefined, organizer);
		expect(read.status).toBe(200);
		expect(read.body.release).toBe(1);
		expect(read.body.counts.participants).toEqual({ suppressed: true });
		expect(read.body.counts.rounds).toEqual({ value: 1 });
		// Every respondent felt heard at 5: the whole distribution is hidden, zeros included.
		expect(read.body.feedback.heard.answers).toEqual(Array(5).fill({ suppressed: true }));
		expect(read.body.equity).toMatchObject({ hidden: 'top_fifth_is_one_seat', topFifthShare: null, evenness: null, hiddenReason: expect.stringContaining('5 seats or fewer') });
		// The keeper kept the theme and the second reflection: organizers see them as 1 and 1, not by their stored ids.
		expect(read.body.themes.map((t) => t.id)).toEqual([1]);
		expect(read.body.reflections.map((r) => r.id)).toEqual([1]);
		const audit = await listAudit(db, { action: 'harvest_viewed', target: circle.id });
		expect(audit).toHaveLength(1);
		expect(audit[0]!.accountId).toEqual(expect.any(String));

		const aggregates = await api<ReviewAggregates>(server, `/api/review/aggregates?programId=${programId}`, undefined, organizer);
		expect(aggregates.body).toMatchObject({ release: { number: 1, circleCount: MIN_RELEASE_CIRCLES }, circleCount: MIN_RELEASE_CIRCLES, pending: { circles: 0 } });
		expect(aggregates.body.batches).toHaveLength(1);
		expect(aggregates.body.totals).toEqual(aggregates.body.batches[0]!.totals);
		released = aggregates.body;
		expect((await api(server, `/api/review/aggregates?programId=${programId}&release=2`, undefined, organizer)).status).toBe(404);
		expect((await api(server, `/api/review/aggregates?programId=${programId}&release=x`, undefined, organizer)).status).toBe(400);
	});

	it('exports the release as CSV and JSON with no count from 1 to 10 anywhere, and audits both', async () => {
		const res = await fetch(`${server.url}/api/review/export.csv?programId=${programId}`, { headers: { cookie: organizer } });
		expect(res.headers.get('content-type')).toContain('text/csv');
		const lines = (await res.text()).trim().split('\r\n');
		const header = lines[0]!.split(',');
		expect(header.slice(0, 6)).toEqual(['circle_id', 'release', 'title', 'program', 'closed_at', 'participants']);
		// A row per circle, one for the release's batch, and the program's totals.
		expect(lines.map((l) => l.split(',')[0])).toEqual(['circle_id', ...released.circles.map((c) => c.circleId), 'RELEASE 1', 'TOTAL']);
		const countColumns = header.flatMap((name, i) => (['circle_id', 'release', 'title', 'program', 'closed_at', 'evenness', 'top_fifth_share'].includes(name) ? [] : [i]));
		for (const line of lines.slice(1)) {
			const fields = line.split(',');
			for (const i of countColumns) expect(fields[i], header[i]).toMatch(/^(0|<11|[1-9]\d+)$/);
		}
		const json = await api<{ aggregates: ReviewAggregates; harvests: ReviewedHarvest[] }>(server, `/api/review/export.json?programId=${programId}`, undefined, organizer);
		expect(json.body.harvests).toHaveLength(MIN_RELEASE_CIRCLES);
		const smallValues: number[] = [];
		JSON.stringify(json.body, (key, value: unknown) => {
			if (key === 'value' && typeof value === 'number' && value >= 1 && value <= 10) smallValues.push(value);
			return value;
		});
		// Rounds count phases of the plan, not people (1 in each circle); every other published count is 0 or 11+.
		expect(smallValues).toEqual(Array(MIN_RELEASE_CIRCLES).fill(1));
		expect(await listAudit(server.app.database.db, { action: 'harvests_exported' })).toHaveLength(2);
	});

	it('hides a withdrawn harvest from organizers and leaves its release\'s counts as they were', async () => {
		const withdrawn = await api<Harvest>(server, `/api/circles/${circle.id}/harvest/withdraw`, {}, cookie);
		expect(withdrawn.body.status).toBe('withdrawn');
		expect((await api<{ harvests: ReviewListItem[] }>(server, '/api/review/harvests', undefined, organizer)).body.harvests.map((h) => h.circleId)).not.toContain(circle.id);
		expect((await api(server, `/api/review/harvests/${circle.id}`, undefined, organizer)).status).toBe(404);
		const after = (await api<ReviewAggregates>(server, `/api/review/aggregates?programId=${programId}`, undefined, organizer)).body;
		expect(after.circles.map((c) => c.circleId)).not.toContain(circle.id);
		expect(after.batches).toEqual(released.batches);
		expect(after.totals).toEqual(released.totals);
	});

	it('deletes the harvest when its retention runs out, with an audit row', async () => {
		clock.t += (RETENTION_DAYS - 1) * DAY_MS;
		expect(await server.app.harvestJobs.expireNow()).toBe(0);
		clock.t += 2 * DAY_MS;
		expect(await server.app.harvestJobs.expireNow()).toBe(1);
		const { db } = server.app.database;
		expect(await db.selectFrom('harvests').select('circle_id').where('circle_id', '=', circle.id).execute()).toEqual([]);
		expect(await listAudit(db, { action: 'harvest_expired' })).toEqual([{ at: clock.t, accountId: null, action: 'harvest_expired', target: circle.id }]);
		// Its sealed row in the release goes with it; the release's batch stays as published (see docs/privacy.md).
		const rows = await releaseTables(db).selectFrom('release_circles').select('circle_id').execute();
		expect(rows.map((r) => r.circle_id).sort()).toEqual([...OTHER_CIRCLES].sort());
		const batches = await listReleases(db, programId);
		expect(batches).toEqual(released.batches.map(({ number, madeAt, circleCount, totals }) => ({ number, madeAt, circleCount, totals })));
	});
});
