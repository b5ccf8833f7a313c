// Dropped connections over real sockets: a participant who drops mid-turn keeps their seat and turn, and a
// circle survives a server stop/start on the same database with its holder, its deadline and its log intact.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeeperView, ParticipantView } from '../../src/lib/protocol';
import type { CreatedCircle } from '../../src/lib/wire/http';
import { Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';
import { serverBackends } from './backends';

/** Long enough that no turn runs out during a test. */
const TURN_MS = 120_000;
/** "Remaining turn time within ±1 s" across a restart. */
const RESTART_TOLERANCE_MS = 1_000;

const plan = {
	version: 1,
	title: { en: 'Reconnect' },
	phases: [{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you?' }, timing: { turnMs: TURN_MS } }]
};

describe.each(serverBackends)('reconnecting on $name', (backend) => {
	let server: TestServer;
	let dbConfig: Awaited<ReturnType<typeof backend.fresh>>;
	let cookie: string;
	let circle: CreatedCircle;
	let keeper: Client;
	let holder: { seatId: string; token: string; client: Client };
	const clients: Client[] = [];
	/** The ids of every command the keeper and holder had acknowledged. */
	const acked = new Set<string>();
	let n = 0;

	const track = (c: Client) => (clients.push(c), c);
	const kv = () => keeper.view as KeeperView;
	async function send(client: Client, command: Record<string, unknown>) {
		const id = `r${++n}`;
		const ack = await client.send(command, id);
		if (!ack.ok) throw new Error(`${String(command.type)} refused: ${ack.error.message}`);
		acked.add(id);
		return ack;
	}

	beforeEach(async () => {
		acked.clear();
		dbConfig = await backend.fresh();
		server = await startServer(dbConfig.config);
		cookie = await signInFirstKeeper(server);
		circle = await createCircle(server, cookie, { plan });
		keeper = track(Client.keeper(server, circle.id, cookie));
		await keeper.connected();
		await send(keeper, { type: 'OPEN' });
		const joined = await joinCircle(server, circle.joinCode, 'Ana');
		holder = { ...joined, client: track(Client.participant(server, joined.token)) };
		await holder.client.connected();
		await joinCircle(server, circle.joinCode, 'Ben');
		await send(keeper, { type: 'START' });
		await send(keeper, { type: 'DONE' });
		await holder.client.waitFor((v) => (v as ParticipantView).you?.holding === true);
	});

	afterEach(async () => {
		for (const c of clients.splice(0)) c.close();
		await server?.close();
		if (server) removeDir(server.dataDir);
		await dbConfig?.cleanup();
	});

	it('returns a participant who drops mid-turn to the same seat, still holding the piece', async () => {
		holder.client.close();
		const presence = (v: KeeperView) => v.seats.find((s) => s.seatId === holder.seatId)?.presence;
		await keeper.waitFor((v) => presence(v as KeeperView) === 'dropped');
		const droppedAt = keeper.version;
		const back = track(Client.participant(server, holder.token));
		const view = (await back.waitFor((v) => v.status === 'live')) as ParticipantView;
		expect(view.you).toMatchObject({ seatId: holder.seatId, name: 'Ana', holding: true });
		// waitFor also searches earlier views: only a view after the drop counts.
		const returned = (await keeper.waitFor((v) => presence(v as KeeperView) === 'connected', 5_000, droppedAt)) as KeeperView;
		expect(returned.piece).toMatchObject({ holderSeatId: holder.seatId, holderAway: false });
	});

	it('lets a dropped holder’s turn wait for the grace period instead of moving the piece', async () => {
		holder.client.close();
		const view = (await keeper.waitFor((v) => v.piece?.holderAway === true)) as KeeperView;
		expect(view.piece?.holderSeatId).toBe(holder.seatId);
		expect(view.round?.graceTimer).toMatchObject({ durationMs: 30_000 });
		expect(view.round?.awaitingKeeper).toBe(false);
		expect(view.round?.pending).not.toContain(holder.seatId);
	});

	describe('after a server stop and start on the same database', () => {
		const seqOf = () => server.app.registry.peek(circle.id)!.circle.seq;

		async function restart() {
			const before = kv();
			const seqBefore = seqOf();
			const beforeNow = keeper.views.at(-1)!.serverNow;
			for (const c of clients.splice(0)) c.close();
			await server.close();
			server = await startServer({ ...dbConfig.config, dataDir: server.dataDir });
			keeper = track(Client.keeper(server, circle.id, cookie));
			const after = (await keeper.waitFor((v) => v.status === 'live')) as KeeperView;
			const afterNow = keeper.views.at(-1)!.serverNow;
			return { before, seqBefore, beforeNow, after, afterNow };
		}

		it('brings the circle back with the same holder', async () => {
			const { seqBefore, after } = await restart();
			expect(seqOf()).toBe(seqBefore);
			expect(after.piece).toMatchObject({ stage: 'turn', holderSeatId: holder.seatId, holderName: 'Ana' });
			const back = track(Client.participant(server, holder.token));
			expect(((await back.waitFor((v) => v.status === 'live')) as ParticipantView).you).toMatchObject({ seatId: holder.seatId, holding: true });
		});

		it('keeps the holder’s remaining turn time within a second', async () => {
			const { before, beforeNow, after, afterNow } = await restart();
			const remainingBefore = before.piece!.turnTimer!.deadlineAt! - beforeNow;
			const remainingAfter = after.piece!.turnTimer!.deadlineAt! - afterNow;
			// Deadlines are absolute server times: the turn's clock kept running while the server was down.
			expect(Math.abs(remainingAfter - (remainingBefore - (afterNow - beforeNow)))).toBeLessThanOrEqual(RESTART_TOLERANCE_MS);
			expect(remainingAfter).toBeGreaterThan(TURN_MS - 10_000);
		});

		it('has every acknowledged command in the event log exactly once', async () => {
			await restart();
			const rows = await server.app.database.db
				.selectFrom('circle_events')
				.select(['seq', 'command_id'])
				.where('circle_id', '=', circle.id)
				.execute();
			expect(acked.size).toBe(3);
			for (const id of acked) expect(rows.filter((r) => r.command_id?.endsWith(`:${id}`)), id).toHaveLength(1);
			expect(new Set(rows.map((r) => Number(r.seq))).size).toBe(rows.length);
		});

		it('acknowledges a command retried after the restart, without applying it again', async () => {
			const { after } = await restart();
			const id = [...acked].at(-1)!;
			const seq = seqOf();
			const retry = await keeper.send({ type: 'DONE' }, id);
			expect(retry).toEqual({ ok: true, version: keeper.version });
			expect(seqOf()).toBe(seq);
			const synced = await keeper.socket.timeout(5_000).emitWithAck('sync', { lastVersion: 0 });
			expect('view' in synced && synced.view).toEqual(after);
		});
	});
});
