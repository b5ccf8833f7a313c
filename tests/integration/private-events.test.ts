// Over real sockets (issue 8, finding 6): a care signal, a reflection, trust answers, feedback and keeper
// notes send the screen and the other phones nothing at all, and acks carry the sender's own view version.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Audience, ParticipantView } from '../../src/lib/protocol';
import type { CircleHost } from '../../server/circles/circle-host';
import { KEEPER_SEAT_ID } from '../../server/circles/keeper-seats';
import { allShowing, Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

let server: TestServer;
let host: CircleHost;
let keeper: Client;
let screen: Client;
let author: Client;
let bystander: Client;
let everyone: [Client, Audience][];

beforeAll(async () => {
	server = await startServer();
	const cookie = await signInFirstKeeper(server);
	const circle = await createCircle(server, cookie, { templateId: 'check-in-check-out', keeperName: 'Kim' });
	keeper = Client.keeper(server, circle.id, cookie);
	await keeper.connected();
	host = server.app.registry.peek(circle.id)!;
	await keeper.send({ type: 'OPEN' });
	const [a, b] = [await joinCircle(server, circle.joinCode, 'Ana'), await joinCircle(server, circle.joinCode, 'Ben')];
	author = Client.participant(server, a.token);
	bystander = Client.participant(server, b.token);
	screen = Client.screen(server, circle.screenPath);
	await Promise.all([author.connected(), bystander.connected(), screen.connected()]);
	everyone = [
		[keeper, { kind: 'keeper', role: 'keeper', seatId: KEEPER_SEAT_ID }],
		[author, { kind: 'participant', seatId: a.seatId }],
		[bystander, { kind: 'participant', seatId: b.seatId }],
		[screen, { kind: 'screen', languages: ['en'] }]
	];
	await keeper.send({ type: 'START' });
	await allShowing(host, everyone);
});

afterAll(async () => {
	for (const c of [keeper, screen, author, bystander]) c?.close();
	await server?.close();
	if (server) removeDir(server.dataDir);
});

it('sends the screen and the other phones nothing for private events, and the author and keepers their own views', async () => {
	const [screenSeen, bystanderSeen, keeperSeen] = [screen.views.length, bystander.views.length, keeper.views.length];
	const [screenVersion, bystanderVersion] = [screen.version, bystander.version];
	for (const command of [
		{ type: 'CARE_SIGNAL' },
		{ type: 'REFLECT', scope: 'circle', text: 'Only for this room.' },
		{ type: 'TRUST_BEFORE', trust: [3, 4, null] },
		{ type: 'FEEDBACK', heard: 5, safe: 5, trust: [4, 4, 4] }
	]) {
		const ack = await author.send(command);
		await allShowing(host, everyone);
		// The ack names the author's own view version, which is the view they now show.
		expect(ack).toEqual({ ok: true, version: author.version });
	}
	expect(await keeper.send({ type: 'ADD_NOTE', kind: 'theme', text: 'Being asked first matters.' })).toMatchObject({ ok: true });
	const care = host.circle.snapshot.context.care[0]!;
	expect(await keeper.send({ type: 'ACK_CARE', signalId: care.id })).toMatchObject({ ok: true });
	await allShowing(host, everyone);
	expect((author.view as ParticipantView).you).toMatchObject({ careRequested: false, trustAnswered: true, feedbackGiven: true, reflections: [{ id: 1 }] });
	expect(keeper.views.length).toBeGreaterThan(keeperSeen);
	expect(screen.views.length).toBe(screenSeen);
	expect(bystander.views.length).toBe(bystanderSeen);

	// Then a change everyone sees: exactly one new view each, one version on from where they were.
	expect(await keeper.send({ type: 'RECORD_AGREEMENT', text: 'We listen.' })).toMatchObject({ ok: true });
	await allShowing(host, everyone);
	expect(screen.views.slice(screenSeen).map((m) => m.version)).toEqual([screenVersion + 1]);
	expect(bystander.views.slice(bystanderSeen).map((m) => m.version)).toEqual([bystanderVersion + 1]);
});
