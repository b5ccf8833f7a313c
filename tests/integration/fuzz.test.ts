// Over 10,000 random and malformed frames from keeper, participant and screen sockets (seeded, reproducible):
// the server stays up, never accepts one, the circle does not change, and an oversize frame closes its socket.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SOCKET_BURST } from '../../server/socket/socket-limits';
import { COMMAND_TYPES, type KeeperView } from '../../src/lib/protocol';
import { MAX_FRAME_BYTES } from '../../src/lib/wire/socket';
import { api, Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

const SEED = 0xc1_2c_1e;
const TOTAL_FRAMES = 10_000;
/** Each socket sends fewer frames than its rate-limit burst (one is kept for a final sync), so every frame reaches the validators. */
const FRAMES_PER_SOCKET = SOCKET_BURST - 1;
const SOCKETS_AT_ONCE = 25;
const SOCKET_COUNT = Math.ceil(TOTAL_FRAMES / FRAMES_PER_SOCKET);

/** mulberry32: a tiny seeded PRNG, so a failing frame can be replayed. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

type Frame = { event: string; args: unknown[]; ack: boolean };

function generator(random: () => number) {
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const int = (max: number) => Math.floor(random() * max);
	const junk = (): unknown =>
		pick<() => unknown>([
			() => int(1e9) - 5e8,
			() => random(),
			() => pick([NaN, Infinity, -0, Number.MAX_SAFE_INTEGER + 2]),
			() => null,
			() => pick([true, false]),
			() => 'x'.repeat(int(4_000)), // three of these still fit in one frame
			() => String.fromCharCode(...Array.from({ length: int(40) }, () => int(0xffff))),
			() => [],
			() => ({}),
			() => Buffer.from([1, 2, 3])
		])();
	const nested = (depth: number): unknown => {
		let value: unknown = junk();
		for (let i = 0; i < depth; i++) value = random() < 0.5 ? [value] : { a: value };
		return value;
	};
	/** JSON.parse makes own `__proto__` keys, as a hostile client's parser would deliver them. */
	const poisoned = (base: Record<string, unknown>) =>
		JSON.parse(JSON.stringify(base).replace(/^\{/, `{"${pick(['__proto__', 'constructor', 'prototype'])}":{"polluted":true,"type":"PAUSE"},`)) as unknown;
	const validCommandId = () => `f${int(1e9)}`;
	/** Every command below is malformed somewhere, so none may ever be accepted. */
	const command = (): unknown =>
		pick<() => unknown>([
			() => junk(),
			() => ({ commandId: validCommandId() }),
			() => ({ command: { type: pick(COMMAND_TYPES) } }),
			() => ({ commandId: pick(['', ' ', 'a b', 'x'.repeat(65), '../../etc', '💥']), command: { type: 'LEAVE' } }),
			() => ({ commandId: junk(), command: { type: 'LEAVE' } }),
			() => ({ commandId: validCommandId(), command: { type: pick(['JOIN', 'SEAT_DROPPED', 'SEAT_RECONNECTED', 'TIMER_EXPIRED', 'HACK', '', 'pause']), seatId: 'keeper' } }),
			() => ({ commandId: validCommandId(), command: { type: pick(COMMAND_TYPES), extra: junk() } }),
			() => ({ commandId: validCommandId(), command: { type: pick(['GIVE_PIECE', 'SKIP', 'REMOVE_SEAT', 'ADMIT']), seatId: junk() } }),
			() => ({ commandId: validCommandId(), command: { type: 'EXTEND', target: pick(['turn', 'phase', 'all']), ms: pick([0, -1, 1.5, 1e12, '60000']) } }),
			() => ({ commandId: validCommandId(), command: { type: 'SHARE_TEXT', text: pick(['', '   ', 'x'.repeat(2001), junk()]) } }),
			() => ({ commandId: validCommandId(), command: { type: 'REORDER', order: nested(3) } }),
			() => poisoned({ commandId: validCommandId(), command: { type: 'LEAVE' } }),
			() => ({ commandId: validCommandId(), command: poisoned({ type: pick(COMMAND_TYPES) }) }),
			() => ({ commandId: validCommandId(), command: nested(50 + int(400)) }),
			() => nested(int(1000))
		])();
	return (): Frame =>
		pick<() => Frame>([
			() => ({ event: 'command', args: [command()], ack: true }),
			() => ({ event: 'command', args: [command()], ack: true }),
			() => ({ event: 'command', args: [command()], ack: false }),
			// Frames the server cannot answer (no ack function where it expects one) are sent without waiting.
			() => ({ event: 'command', args: [command(), junk(), junk()], ack: false }),
			() => ({ event: 'command', args: [], ack: false }),
			() => ({ event: 'sync', args: [pick([{ lastVersion: -2 }, { lastVersion: 1.5 }, { lastVersion: 'x' }, { lastVersion: 1, extra: 1 }, { lastSeq: 1 }, junk()])], ack: true }),
			() => ({ event: 'sync', args: [{ lastVersion: 0 }], ack: false }),
			() => ({ event: pick(['view', 'shutdown', 'join', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'x'.repeat(2000), 'error']), args: [junk()], ack: false })
		])();
}

let server: TestServer;
let keeper: Client;
const open: Client[] = [];
let auth: Record<string, unknown>[];
let keeperCookie: string;

async function keeperView(): Promise<KeeperView> {
	const reply = await keeper.socket.timeout(5_000).emitWithAck('sync', { lastVersion: 0 });
	if (!('view' in reply)) throw new Error(reply.error.message);
	return reply.view as KeeperView;
}

beforeAll(async () => {
	// Many sockets per seat at once, each sending its burst: the per-seat rate and device limits (abuse.test.ts)
	// are raised so every frame reaches the validators this test is about.
	server = await startServer({}, { socketLimits: { burst: SOCKET_BURST, perSecond: 10_000, devicesPerSeat: SOCKETS_AT_ONCE + 2, screensPerCircle: SOCKETS_AT_ONCE + 2 } });
	keeperCookie = await signInFirstKeeper(server);
	const circle = await createCircle(server, keeperCookie);
	keeper = Client.keeper(server, circle.id, keeperCookie);
	open.push(keeper);
	await keeper.connected();
	await keeper.send({ type: 'OPEN' });
	const joined = await joinCircle(server, circle.joinCode, 'Ana');
	await keeper.send({ type: 'START' });
	// A device stays on the participant's seat, so fuzzing sockets coming and going never change its presence.
	const seated = Client.participant(server, joined.token);
	open.push(seated);
	await seated.connected();
	auth = [
		{ kind: 'participant', token: joined.token },
		{ kind: 'screen', token: circle.screenPath.split('#t=')[1] },
		{ kind: 'keeper', circleId: circle.id }
	];
	await keeper.waitFor((v) => v.status === 'live');
});

afterAll(async () => {
	for (const c of open.splice(0)) c.close();
	await server?.close();
	if (server) removeDir(server.dataDir);
});

it(`survives ${TOTAL_FRAMES}+ malformed frames without accepting one or changing the circle`, async () => {
	const before = await keeperView();
	const next = generator(mulberry32(SEED));
	const refusals = new Map<string, number>();
	let sent = 0;
	let accepted = 0;
	for (let start = 0; start < SOCKET_COUNT; start += SOCKETS_AT_ONCE) {
		const batch = Array.from({ length: Math.min(SOCKETS_AT_ONCE, SOCKET_COUNT - start) }, (_, i) => {
			const who = auth[(start + i) % auth.length]!;
			return new Client(server, who, who.kind === 'keeper' ? { cookie: keeperCookie } : {});
		});
		await Promise.all(
			batch.map(async (client) => {
				await client.connected();
				const acks: Promise<unknown>[] = [];
				for (let i = 0; i < FRAMES_PER_SOCKET; i++) {
					const frame = next();
					sent++;
					const socket = client.socket as unknown as { emit(event: string, ...args: unknown[]): void; timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> } };
					if (frame.ack) acks.push(socket.timeout(5_000).emitWithAck(frame.event, ...frame.args).catch(() => 'no ack'));
					else socket.emit(frame.event, ...frame.args);
				}
				for (const ack of await Promise.all(acks)) {
					const reply = ack as { ok?: boolean; error?: { code: string } } | 'no ack';
					if (reply !== 'no ack' && reply.ok === true) accepted++;
					const code = reply === 'no ack' ? 'no ack' : (reply.error?.code ?? 'view');
					refusals.set(code, (refusals.get(code) ?? 0) + 1);
				}
				// Still served after its share of garbage: the socket was neither crashed nor wedged.
				const synced = await client.socket.timeout(5_000).emitWithAck('sync', { lastVersion: 0 });
				expect('view' in synced).toBe(true);
				client.close();
			})
		);
	}
	expect(sent).toBeGreaterThanOrEqual(TOTAL_FRAMES);
	expect(accepted).toBe(0);
	expect(refusals.get('invalid_command')).toBeGreaterThan(TOTAL_FRAMES / 4);
	expect(refusals.get('rate_limited')).toBeUndefined();
	expect(await api(server, '/healthz')).toMatchObject({ status: 200 });
	const after = await keeperView();
	expect(after).toEqual(before);
	expect(Object.prototype).not.toHaveProperty('polluted');
}, 90_000);

it(`closes the socket that sends a frame over ${MAX_FRAME_BYTES} bytes, and only that one`, async () => {
	const before = await keeperView();
	const big = new Client(server, auth[0]!);
	open.push(big);
	await big.connected();
	const closed = new Promise<string>((resolve) => big.socket.once('disconnect', resolve));
	const oversize = { commandId: 'big', command: { type: 'SHARE_TEXT', text: 'x'.repeat(MAX_FRAME_BYTES + 1_000) } };
	(big.socket as unknown as { emit(event: string, ...args: unknown[]): void }).emit('command', oversize);
	expect(await closed).toBe('transport close');
	expect(keeper.socket.connected).toBe(true);
	expect(await keeperView()).toEqual(before);
});
