// Logs that identify nobody (issue 8, finding 5): a whole circle on a real server and real sockets, with the
// logger at info writing to a captured stream; then the whole log is read for anything that points at a person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Audience, KeeperView } from '../../src/lib/protocol';
import type { CreatedCircle, JoinedCircle } from '../../src/lib/wire/http';
import type { CircleHost } from '../../server/circles/circle-host';
import { KEEPER_SEAT_ID } from '../../server/circles/keeper-seats';
import { allShowing, api, Client, createCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

const plan = {
	version: 1,
	title: { en: 'Log audit' },
	phases: [
		{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you arriving?' }, timing: { turnMs: 120_000 } },
		{ kind: 'ceremony', id: 'closing', title: { en: 'Closing' }, text: { en: 'Thank you.' } }
	]
};
const KEEPER_NAME = 'Oluwaseun Ivanova';
const PEOPLE = [
	{ name: 'Zephyrine Okonkwo', pronouns: 'xe/xir' },
	{ name: 'Thanh Huong Quach', pronouns: 'ey/em' },
	{ name: 'Marisol Achterberg', pronouns: 'zie/zir' }
];
const SHARE = 'my cousin on Wrenfield Court was stopped twice';
const REFLECTION = 'zanzibarquill stays in this room';
const NOTE = 'Promises kept at Halloway Park build confidence';
/** Event types whose very mention, with a time, would start a per-seat timeline. */
const PRIVATE_OR_PASS = /PASS|CARE|REFLECT|TRUST_BEFORE|FEEDBACK|ADD_NOTE|REMOVE_NOTE|SHARE_TEXT|JOIN|LEAVE/;

describe('the log of a whole circle', () => {
	const lines: string[] = [];
	let server: TestServer;
	let circle: CreatedCircle;
	let cookie: string;
	let host: CircleHost;
	let keeper: Client;
	const joined: JoinedCircle[] = [];
	const clients: Client[] = [];

	const kv = () => keeper.view as KeeperView;
	const clientOf = (seatId: string) => (seatId === KEEPER_SEAT_ID ? keeper : clients[joined.findIndex((j) => j.seatId === seatId)]!);
	async function act(client: Client, command: Record<string, unknown>) {
		const ack = await client.send(command);
		expect(ack, JSON.stringify(command)).toMatchObject({ ok: true });
		await allShowing(host, [[keeper, { kind: 'keeper', role: 'keeper', seatId: KEEPER_SEAT_ID } satisfies Audience]]);
	}

	beforeAll(async () => {
		server = await startServer({ logLevel: 'info' }, { logStream: { write: (line) => void lines.push(line) } });
		cookie = await signInFirstKeeper(server);
		circle = await createCircle(server, cookie, { plan, keeperName: KEEPER_NAME });
		keeper = Client.keeper(server, circle.id, cookie);
		await keeper.connected();
		host = server.app.registry.peek(circle.id)!;
		await act(keeper, { type: 'OPEN' });

		// An old bookmark with the code in the query, a wrong code, then each person's check and join.
		await fetch(`${server.url}/join?code=${circle.joinCode}`);
		expect((await api(server, '/api/join/check', { code: 'WXYZ-2345' })).status).toBe(404);
		for (const person of PEOPLE) {
			expect((await api(server, '/api/join/check', { code: circle.joinCode })).status).toBe(200);
			const res = await api<JoinedCircle>(server, '/api/join', { code: circle.joinCode, profile: person, acceptedAgreements: true });
			expect(res.status).toBe(201);
			joined.push(res.body);
			const client = Client.participant(server, res.body.token);
			await client.connected();
			clients.push(client);
		}
		const screen = Client.screen(server, circle.screenPath);
		await screen.connected();
		clients.push(screen);
		await api(server, `/api/review/harvests?programId=${circle.joinCode}`, undefined, cookie);

		await act(keeper, { type: 'START' });
		// The check-in: the first participant types a share, the second passes and passes again.
		for (let turn = 0; turn < 8 && kv().piece?.stage !== 'keeper'; turn++) {
			const holder = kv().piece!.holderSeatId!;
			if (holder === joined[0]!.seatId) await act(clientOf(holder), { type: 'SHARE_TEXT', text: SHARE });
			await act(clientOf(holder), { type: holder === joined[1]!.seatId ? 'PASS' : 'DONE' });
		}
		expect(kv().round?.passedAgain).toEqual([joined[1]!.seatId]);
		await act(clients[2]!, { type: 'CARE_SIGNAL' });
		await act(keeper, { type: 'ACK_CARE', signalId: kv().care[0]!.id });
		await act(clients[0]!, { type: 'REFLECT', scope: 'circle', text: REFLECTION });
		await act(clients[1]!, { type: 'TRUST_BEFORE', trust: [2, 3, 4] });
		await act(clients[0]!, { type: 'FEEDBACK', heard: 5, safe: 4, trust: [4, 4, 5] });
		await act(keeper, { type: 'ADD_NOTE', kind: 'theme', text: NOTE });
		await act(keeper, { type: 'REMOVE_NOTE', id: kv().harvest.notes[0]!.id });
		await act(clients[1]!, { type: 'LEAVE' });
		await act(keeper, { type: 'ADVANCE' });
		await act(keeper, { type: 'ADVANCE' });
		await act(keeper, { type: 'CLOSE' });
		// The close-out (draft, then purge) runs as the registry's bookkeeping, and logs as it goes: wait for it.
		for (let i = 0; i < 100; i++) {
			const left = await server.app.database.db.selectFrom('circle_snapshots').select('circle_id').where('circle_id', '=', circle.id).executeTakeFirst();
			if (!left) break;
			await new Promise((r) => setTimeout(r, 50));
		}
	}, 30_000);

	afterAll(async () => {
		for (const c of [keeper, ...clients]) c?.close();
		await server?.close();
		if (server) removeDir(server.dataDir);
	});

	const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
	/** Fastify's own "Server listening at http://127.0.0.1:…" names the server's address, not a person's. */
	const aboutPeople = () => lines.filter((line) => !String((JSON.parse(line) as { msg?: string }).msg).startsWith('Server listening at'));

	it('was written at info, request by request', () => {
		expect(entries().filter((e) => e.msg === 'request').length).toBeGreaterThan(8);
		expect(entries().some((e) => e.msg === 'circle status' && e.status === 'closed')).toBe(true);
	});

	it('holds no client address or port', () => {
		for (const entry of entries()) {
			const req = entry.req as Record<string, unknown> | undefined;
			if (req) expect(Object.keys(req).sort()).toEqual(['method', 'url']);
		}
		// (Every line carries the server machine's own hostname, which names no one.)
		for (const line of aboutPeople()) expect(line).not.toMatch(/127\.0\.0\.1|::1|remoteAddress|remotePort|"ip"/);
	});

	it('holds no query string, join code or token', () => {
		const code = circle.joinCode;
		const secrets = [code, code.replace('-', ''), 'WXYZ-2345', 'WXYZ2345', circle.joinPath.split('#t=')[1]!, circle.screenPath.split('#t=')[1]!, cookie.split('=')[1]!, ...joined.map((j) => j.token)];
		for (const line of lines) for (const secret of secrets) expect(line).not.toContain(secret);
		for (const entry of entries()) expect(String((entry.req as { url?: string } | undefined)?.url ?? '')).not.toContain('?');
	});

	it('holds no name, pronoun or anything anyone said or wrote', () => {
		const words = [KEEPER_NAME, ...PEOPLE.flatMap((p) => [p.name, p.pronouns]), SHARE, REFLECTION, NOTE].flatMap((text) => [text, ...text.split(/[\s/]+/).filter((w) => w.length > 4)]);
		const log = lines.join('\n').toLowerCase();
		for (const word of words) expect(log).not.toContain(word.toLowerCase());
	});

	it('has no line naming a pass, a care signal, a join or any private event, and no per-event timeline', () => {
		for (const line of lines) expect(line).not.toMatch(PRIVATE_OR_PASS);
		expect(entries().filter((e) => e.circleId === circle.id).map((e) => e.msg)).toEqual(['circle status', 'circle status', 'circle status']);
	});

	it('takes a join code in no query: the join API is POST-only and ignores a query', async () => {
		expect((await api(server, `/api/join/check?code=${circle.joinCode}`)).status).toBe(404);
		expect((await api(server, `/api/join?code=${circle.joinCode}`)).status).toBe(404);
	});
});
