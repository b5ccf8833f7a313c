// A whole circle over real sockets: keeper, three participants and the room screen through a welcome,
// a check-in with a pass and its return, a popcorn round, a timed silence and a closing, then CLOSE.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Audience, KeeperView, ParticipantView, ScreenView } from '../../src/lib/protocol';
import type { CircleHost } from '../../server/circles/circle-host';
import { KEEPER_SEAT_ID } from '../../server/circles/keeper-seats';
import type { CreatedCircle } from '../../src/lib/wire/http';
import { allShowing, Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';
import { serverBackends } from './backends';

/** The shortest phase timer a plan may have (MIN_TIMER_MS): the silence really runs out on its own. */
const SILENCE_MS = 5_000;

const plan = {
	version: 1,
	title: { en: 'Whole circle' },
	phases: [
		{ kind: 'ceremony', id: 'welcome', title: { en: 'Welcome' }, text: { en: 'Welcome to the circle.' } },
		{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you arriving?' }, timing: { turnMs: 120_000 } },
		{ kind: 'round', id: 'popcorn', title: { en: 'Popcorn' }, prompt: { en: 'What stays with you?' }, mode: 'popcorn' },
		{ kind: 'round', id: 'silence', title: { en: 'Silence' }, prompt: { en: 'Breathe.' }, mode: 'silence', timing: { budgetMs: SILENCE_MS } },
		{ kind: 'ceremony', id: 'closing', title: { en: 'Closing' }, text: { en: 'Thank you for sharing.' } }
	]
};

describe.each(serverBackends)('a whole circle on $name', (backend) => {
	let server: TestServer;
	let cleanupDb: () => Promise<void>;
	let circle: CreatedCircle;
	let keeper: Client;
	/** Kept from the start: a closed circle leaves the registry, and the last views are still checked. */
	let host: CircleHost;
	let screen: Client;
	const people: { name: string; seatId: string; client: Client }[] = [];

	const kv = () => keeper.view as KeeperView;
	const sv = () => screen.view as ScreenView;
	const pv = (i: number) => people[i]!.client.view as ParticipantView;
	const seat = (i: number) => people[i]!.seatId;
	/** Sends a keeper command, expects it accepted, and waits until every audience has its view. */
	async function keeperDoes(command: Record<string, unknown>) {
		return act(keeper, command);
	}
	async function act(client: Client, command: Record<string, unknown>) {
		const ack = await client.send(command);
		expect(ack, JSON.stringify(command)).toMatchObject({ ok: true });
		if (!ack.ok) throw new Error('refused');
		const all: [Client, Audience][] = [
			[keeper, { kind: 'keeper', role: 'keeper', seatId: KEEPER_SEAT_ID }],
			...(screen ? [[screen, { kind: 'screen', languages: ['en'] }] as [Client, Audience]] : []),
			...people.map((p): [Client, Audience] => [p.client, { kind: 'participant', seatId: p.seatId }])
		];
		await allShowing(host, all);
		return ack;
	}

	beforeAll(async () => {
		const db = await backend.fresh();
		cleanupDb = db.cleanup;
		server = await startServer(db.config);
		const cookie = await signInFirstKeeper(server);
		circle = await createCircle(server, cookie, { plan, keeperName: 'Kim' });
		keeper = Client.keeper(server, circle.id, cookie);
		await keeper.connected();
		host = server.app.registry.peek(circle.id)!;
		await keeperDoes({ type: 'OPEN' });
		for (const name of ['Ana', 'Ben', 'Cy']) {
			const joined = await joinCircle(server, circle.joinCode, name);
			const client = Client.participant(server, joined.token);
			await client.connected();
			people.push({ name, seatId: joined.seatId, client });
		}
		screen = Client.screen(server, circle.screenPath);
		await screen.connected();
		await keeper.waitFor((v) => (v as KeeperView).seats.filter((s) => s.presence === 'connected').length === 4);
	});

	afterAll(async () => {
		for (const c of [keeper, screen, ...people.map((p) => p.client)]) c?.close();
		await server?.close();
		if (server) removeDir(server.dataDir);
		await cleanupDb?.();
	});

	it('seats the keeper and every participant in the lobby, all present', async () => {
		await screen.waitFor((v) => v.ring.length === 4);
		expect(sv().status).toBe('lobby');
		expect(new Set(sv().ring.map((s) => s.name))).toEqual(new Set(['Kim', 'Ana', 'Ben', 'Cy']));
		expect(kv().seats.every((s) => s.presence === 'connected')).toBe(true);
		expect(pv(0).you).toMatchObject({ name: 'Ana', waitingForAdmission: false });
	});

	it('starts with the welcome ceremony shown to every audience', async () => {
		await keeperDoes({ type: 'START' });
		for (const view of [kv(), sv(), pv(0), pv(1), pv(2)]) {
			expect(view.status).toBe('live');
			expect(view.phase).toMatchObject({ id: 'welcome', kind: 'ceremony', prompt: [{ lang: 'en', text: 'Welcome to the circle.' }] });
			expect(view.piece).toBeNull();
		}
	});

	it('gives the check-in piece to the keeper first, then around the ring', async () => {
		await keeperDoes({ type: 'ADVANCE' });
		expect(sv().phase).toMatchObject({ id: 'check-in', mode: 'sequential' });
		expect(sv().piece).toMatchObject({ stage: 'turn', holderSeatId: 'keeper', holderName: 'Kim' });
		expect(kv().you.seatId).toBe('keeper');
		await keeperDoes({ type: 'DONE' });
		const first = sv().piece!.holderSeatId!;
		const i = people.findIndex((p) => p.seatId === first);
		expect(i).toBeGreaterThanOrEqual(0);
		expect(pv(i).you).toMatchObject({ holding: true });
		expect(pv(i).allowed).toEqual(expect.arrayContaining(['DONE', 'PASS']));
		expect(pv(i).piece?.turnTimer).not.toBeNull();
		const other = (i + 1) % 3;
		expect(pv(other).you?.holding).toBe(false);
		expect(pv(other).piece?.turnTimer).toBeNull();
		expect(sv().piece?.turnTimer).toBeNull();
	});

	it('keeps a pass between the passer and the keepers', async () => {
		// Ring order after the keeper is the participants' seats as the screen shows them.
		const order = sv().ring.filter((s) => !s.isKeeper).map((s) => s.seatId);
		const [speaker, passer, last] = order.map((id) => people.findIndex((p) => p.seatId === id));
		expect(sv().piece?.holderSeatId).toBe(seat(speaker!));
		await act(people[speaker!]!.client, { type: 'DONE' });
		expect(sv().piece?.holderSeatId).toBe(seat(passer!));
		await act(people[passer!]!.client, { type: 'PASS' });
		expect(kv().round?.passed).toEqual([seat(passer!)]);
		expect(pv(passer!).you?.passed).toBe(true);
		expect(pv(last!).you?.passed).toBe(false);
		expect(sv().piece?.holderSeatId).toBe(seat(last!));
		await act(people[last!]!.client, { type: 'DONE' });

		// The return pass: only the passer (and keepers) know who holds the piece now.
		expect(kv().piece).toMatchObject({ stage: 'offered-again', holderSeatId: seat(passer!) });
		expect(pv(passer!).you).toMatchObject({ holding: true, passed: true });
		expect(pv(passer!).piece).toMatchObject({ stage: 'offered-again', holderSeatId: seat(passer!) });
		for (const view of [sv(), pv(speaker!), pv(last!)]) {
			expect(view.piece).toMatchObject({ stage: 'offered-again', holderSeatId: null, holderName: null });
		}
		await act(people[passer!]!.client, { type: 'DONE' });
		expect(sv().piece).toMatchObject({ stage: 'keeper' });
		expect(kv().round?.returned).toEqual([seat(passer!)]);

		// Nothing the screen or the other phones ever received named the passer as passing or holding again.
		const leaks = [screen, people[speaker!]!.client, people[last!]!.client].flatMap((c) =>
			c.views.filter((m) => m.view.piece?.stage === 'offered-again' && (m.view.piece.holderSeatId !== null || m.view.piece.holderName !== null))
		);
		expect(leaks).toEqual([]);
		expect(screen.views.some((m) => JSON.stringify(m.view).includes('"passed"'))).toBe(false);
		for (const c of [people[speaker!]!.client, people[last!]!.client]) {
			expect(c.views.every((m) => (m.view as ParticipantView).you?.passed !== true)).toBe(true);
			expect(JSON.stringify(c.views)).not.toContain('"returned"');
		}
	});

	it('queues popcorn requests in the order they arrive and rests the piece in the centre between speakers', async () => {
		await keeperDoes({ type: 'ADVANCE' });
		expect(sv().piece).toMatchObject({ stage: 'centre', holderSeatId: null, queue: [] });
		await act(people[2]!.client, { type: 'REQUEST_PIECE' });
		expect(sv().piece).toMatchObject({ stage: 'turn', holderSeatId: seat(2) });
		await act(people[0]!.client, { type: 'REQUEST_PIECE' });
		await act(people[1]!.client, { type: 'REQUEST_PIECE' });
		expect(sv().piece?.queue).toEqual([seat(0), seat(1)]);
		expect(pv(1).you?.queued).toBe(true);
		await act(people[2]!.client, { type: 'DONE' });
		expect(sv().piece).toMatchObject({ holderSeatId: seat(0), queue: [seat(1)] });
		await act(people[0]!.client, { type: 'DONE' });
		expect(sv().piece).toMatchObject({ holderSeatId: seat(1), queue: [] });
		await act(people[1]!.client, { type: 'DONE' });
		expect(sv().piece).toMatchObject({ stage: 'centre', holderSeatId: null });
		await keeperDoes({ type: 'END_ROUND' });
		expect(sv().piece).toMatchObject({ stage: 'keeper' });
	});

	it('runs the silence on the server clock until its budget is spent', async () => {
		await keeperDoes({ type: 'ADVANCE' });
		expect(sv().phase).toMatchObject({ id: 'silence', mode: 'silence', timerDone: false });
		expect(sv().piece).toBeNull();
		const timer = sv().phase!.timer!;
		expect(timer.durationMs).toBe(SILENCE_MS);
		expect(timer.deadlineAt).not.toBeNull();
		const done = await screen.waitFor((v) => v.phase?.timerDone === true, SILENCE_MS + 5_000);
		const message = screen.views.find((m) => m.view === done)!;
		expect(message.serverNow).toBeGreaterThanOrEqual(timer.deadlineAt!);
		await Promise.all(people.map((p) => p.client.waitFor((v) => v.phase?.timerDone === true)));
	}, 20_000);

	it('ends with the closing ceremony, then the plan is complete', async () => {
		await keeperDoes({ type: 'ADVANCE' });
		expect(pv(0).phase).toMatchObject({ id: 'closing', prompt: [{ lang: 'en', text: 'Thank you for sharing.' }] });
		await keeperDoes({ type: 'ADVANCE' });
		expect(sv()).toMatchObject({ status: 'live', complete: true, phase: null });
	});

	it('closes the circle for everyone and forgets the ring', async () => {
		await keeperDoes({ type: 'CLOSE' });
		for (const view of [kv(), sv(), pv(0), pv(1), pv(2)]) {
			expect(view.status).toBe('closed');
			expect(view.ring).toEqual([]);
		}
		expect(kv().seats).toEqual([]);
	});
});
