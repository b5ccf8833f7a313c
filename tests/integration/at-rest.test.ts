// The raw-bytes acceptance test of encryption at rest: a circle with distinctive names (several scripts) runs with
// shares, reflections that stay in the circle, a removed note, a leaver and a removed seat. While it is live, a dump
// and the raw files hold no readable name; after close and the purge, no byte of any database file, dump or relation
// page holds a name, pronoun, access need, join code, token, typed share or "stays in the circle" text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewFor, type KeeperView } from '../../src/lib/protocol';
import { KEEPER_SEAT_ID } from '../../server/circles/keeper-seats';
import type { Harvest } from '../../src/lib/wire/harvest';
import type { CreatedCircle } from '../../src/lib/wire/http';
import { api, Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';
import { dataDirFiles, findSecrets, pgDump, pgRelationPages, schemaOf, type RawCopy } from '../support/raw-bytes';
import { admin, serverBackends } from './backends';

const KEEPER_NAME = 'Zebulon Quackenbush';
const PEOPLE = [
	{ name: 'Quillaqori Mamani', pronouns: 'xe/xyr', access: { largeText: true, screenReader: true } },
	{ name: 'ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ', pronouns: 'ze/zir', access: { extraTime: true } },
	{ name: 'Светлана 王秀英', pronouns: 'fae/faer', access: { prefersToType: true } }
];
const LEAVER = { name: 'Sunnyleaver Gillbertson', pronouns: 'vey/vem' };
const REMOVED = { name: 'Nguyễn Thịremoved', pronouns: 'ey/emm' };
const ADDED_NAME = 'Hopeadded Tuiasosopo';
const TYPED_SHARE = 'Typed share about the Quokkaville raid';
const STAYS = ['stays in the circle: Marzipanic secret', 'leaver stays: Brontosaurine worry'];
const REMOVED_NOTE = 'Removed note Zanzibarian detail';

const plan = {
	version: 1,
	title: { en: `Circle of ${KEEPER_NAME}` },
	phases: [
		{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you arriving?' } },
		{ kind: 'ceremony', id: 'closing', title: { en: `Thanks from Zebulon` }, text: { en: 'Thank you.' } }
	]
};

/** Name words, pronouns and texts that must never be readable on disk; codes and tokens are added per run. */
const PERSONAL = [
	...[KEEPER_NAME, ...PEOPLE.map((p) => p.name), LEAVER.name, REMOVED.name, ADDED_NAME].flatMap((n) => n.split(' ')),
	...[...PEOPLE, LEAVER, REMOVED].map((p) => p.pronouns),
	// Access needs are booleans in the seat profile: their keys only ever appear inside a stored profile.
	'screenReader',
	'prefersToType',
	TYPED_SHARE,
	'Quokkaville',
	...STAYS,
	'Marzipanic',
	'Brontosaurine',
	REMOVED_NOTE,
	'Zanzibarian'
];

describe.each(serverBackends)('encryption at rest on $name', (backend) => {
	let server: TestServer;
	let cleanupDb: () => Promise<void>;
	let schema: string | undefined;
	let cookie: string;
	let circle: CreatedCircle;
	let keeper: Client;
	const clients: Client[] = [];
	const secrets: string[] = [...PERSONAL];
	let liveCopies: RawCopy[] = [];
	let wrappedKey = '';
	/** The typed share was really sent (the first participant held the piece), so searching for it means something. */
	let shared = false;

	async function act(client: Client, command: Record<string, unknown>) {
		const ack = await client.send(command);
		expect(ack, JSON.stringify(command)).toMatchObject({ ok: true });
		// Views carry per-audience versions, so wait until the keeper shows the circle as it now stands.
		const host = ack.ok ? server.app.registry.peek(circle.id) : undefined;
		if (host) await keeper.showing(viewFor(host.circle, { kind: 'keeper', role: 'keeper', seatId: KEEPER_SEAT_ID }));
		return ack;
	}

	/** Everything a copy of the storage holds right now. */
	async function copies(): Promise<RawCopy[]> {
		if (schema === undefined) return dataDirFiles(server.dataDir);
		const base = process.env.TEST_DATABASE_URL!;
		return [pgDump(base, schema), ...(await pgRelationPages(base, schema)), ...dataDirFiles(server.dataDir)];
	}

	beforeAll(async () => {
		const db = await backend.fresh();
		cleanupDb = db.cleanup;
		server = await startServer(db.config);
		if (db.config.databaseUrl) {
			schema = schemaOf(db.config.databaseUrl);
			// Uncompressed storage, so a readable value would show in the raw pages instead of hiding in pglz.
			await admin(process.env.TEST_DATABASE_URL!, `alter table ${schema}.circle_snapshots alter column snapshot_json set storage external`);
		}
		cookie = await signInFirstKeeper(server);
		circle = await createCircle(server, cookie, { plan, keeperName: KEEPER_NAME });
		secrets.push(circle.joinCode, circle.joinCode.replace('-', ''), circle.joinPath.split('#t=')[1]!, circle.screenPath.split('#t=')[1]!);
		keeper = Client.keeper(server, circle.id, cookie);
		await keeper.connected();
		await act(keeper, { type: 'OPEN' });

		const seats: { seatId: string; client: Client }[] = [];
		for (const person of [...PEOPLE, LEAVER, REMOVED]) {
			const joined = await joinCircle(server, circle.joinCode, person.name, { pronouns: person.pronouns, ...('access' in person ? { access: person.access } : {}) });
			secrets.push(joined.token);
			const client = Client.participant(server, joined.token);
			await client.connected();
			clients.push(client);
			seats.push({ seatId: joined.seatId, client });
		}
		const [first, , , leaver, removed] = seats;
		await act(leaver!.client, { type: 'REFLECT', scope: 'circle', text: STAYS[1] });
		await act(leaver!.client, { type: 'LEAVE' });
		await act(keeper, { type: 'REMOVE_SEAT', seatId: removed!.seatId });
		await act(keeper, { type: 'ADD_NAME_TO_REDACT', name: ADDED_NAME });
		await act(keeper, { type: 'START' });
		for (let turn = 0; turn < 8; turn++) {
			const view = keeper.view as KeeperView;
			const holder = view.piece?.holderSeatId;
			if (!holder || view.piece?.stage === 'keeper') break;
			const seat = seats.find((s) => s.seatId === holder);
			if (seat === first) {
				await act(first!.client, { type: 'SHARE_TEXT', text: TYPED_SHARE });
				shared = true;
			}
			await act(seat?.client ?? keeper, { type: 'DONE' });
		}
		await act(first!.client, { type: 'REFLECT', scope: 'circle', text: STAYS[0] });
		await act(keeper, { type: 'ADD_NOTE', kind: 'theme', text: 'sunnyleaver and Hopeadded spoke of the bus stop' });
		await act(keeper, { type: 'ADD_NOTE', kind: 'theme', text: REMOVED_NOTE });
		const notes = (keeper.view as KeeperView).harvest.notes;
		await act(keeper, { type: 'REMOVE_NOTE', id: notes.find((n) => n.text === REMOVED_NOTE)!.id });
		liveCopies = await copies();
		const key = await server.app.database.db.selectFrom('circle_keys').select('wrapped_key').where('circle_id', '=', circle.id).executeTakeFirstOrThrow();
		// With the secret, the wrapped key would open every sealed copy: it must leave the files too.
		wrappedKey = key.wrapped_key;

		await act(keeper, { type: 'CLOSE' });
		// The close-out (draft, purge, shred) runs as the registry's bookkeeping; wait for the key to go.
		const { db: store } = server.app.database;
		for (let i = 0; i < 100; i++) {
			if (!(await store.selectFrom('circle_keys').select('circle_id').where('circle_id', '=', circle.id).executeTakeFirst())) break;
			await new Promise((r) => setTimeout(r, 50));
		}
		await server.app.harvestJobs.sweepNow();
	});

	afterAll(async () => {
		for (const c of [keeper, ...clients]) c?.close();
		await server?.close();
		if (server) removeDir(server.dataDir);
		await cleanupDb?.();
	});

	it('holds no readable name, pronoun, code, token or text in a dump or the raw files while the circle is live', () => {
		expect(liveCopies.length).toBeGreaterThan(0);
		expect(shared).toBe(true);
		expect(findSecrets(liveCopies, secrets)).toEqual([]);
	});

	it('leaves no name, pronoun, access need, code, token or circle-only text in any byte after close and purge', async () => {
		expect(wrappedKey).not.toBe('');
		const after = await copies();
		if (schema === undefined) expect(after.map((c) => c.where)).toEqual(expect.arrayContaining([expect.stringMatching(/circlekeeper\.sqlite$/)]));
		else expect(after.map((c) => c.where)).toEqual(expect.arrayContaining([expect.stringContaining('circle_snapshots'), expect.stringMatching(/^pg_dump/)]));
		expect(findSecrets(after, [...secrets, wrappedKey])).toEqual([]);
	});

	it('shreds the data key and keeps only the redacted title and a harvest that names nobody', async () => {
		const { db } = server.app.database;
		expect(await db.selectFrom('circle_keys').selectAll().execute()).toEqual([]);
		const row = await db.selectFrom('circles').select(['title', 'plan_json', 'join_code', 'join_code_sealed']).where('id', '=', circle.id).executeTakeFirstOrThrow();
		expect(row).toEqual({ title: 'Circle of [name]', plan_json: '', join_code: null, join_code_sealed: null });
		const harvest = await api<Harvest>(server, `/api/circles/${circle.id}/harvest`, undefined, cookie);
		expect(harvest.body.themes.map((t) => t.text)).toEqual(['[name] and [name] spoke of the bus stop']);
		expect(harvest.body.title).toBe('Circle of [name]');
	});

	it.runIf(backend.name === 'sqlite')('leaves no byte to find in the SQLite files once the server has shut down', async () => {
		await server.close();
		const files = dataDirFiles(server.dataDir);
		expect(findSecrets(files, [...secrets, wrappedKey])).toEqual([]);
	});
});
