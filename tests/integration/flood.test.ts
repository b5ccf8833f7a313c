// One abusive seat may not slow other circles (regression: ten sockets of one seat for 60 s wrote 931
// reflections, grew a 1.86 MB snapshot and raised another circle's ack time from 106 to 1,762 ms).
// The flooding seat, in its own process, opens as many devices as it may and sends as fast as it can.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FLOOD_STRIKES, MAX_DEVICES_PER_SEAT, SOCKET_BURST } from '../../server/socket/socket-limits';
import type { KeeperView } from '../../src/lib/protocol';
import { MAX_REFLECTIONS_PER_SEAT } from '../../src/lib/protocol/limits';
import { Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

const SAMPLES = 50;
/** Long enough to outlast the sampling (SAMPLES × ~200 ms) that starts a second in. */
const FLOOD_MS = 12_000;
const FLOODER = fileURLToPath(new URL('../support/flood-seat.mjs', import.meta.url));
/**
 * Slack for scheduler noise: with 50 samples the p99 is the slowest one, and on a 2-core CI machine running other
 * test files beside this one a single stalled sample moved it by 55 ms with no change in the server. The regression
 * this guards against added 1,650 ms.
 */
const NOISE_MS = 150;

let server: TestServer;
let cookie: string;
const open: Client[] = [];

beforeAll(async () => {
	server = await startServer();
	cookie = await signInFirstKeeper(server);
});

afterAll(async () => {
	for (const c of open.splice(0)) c.close();
	await server?.close();
	if (server) removeDir(server.dataDir);
});

function p99(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.ceil(sorted.length * 0.99) - 1]!;
}

/** Ack times of `SAMPLES` keeper commands, one after another. */
async function ackTimes(keeper: Client): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < SAMPLES; i++) {
		const started = performance.now();
		const ack = await keeper.send({ type: 'SET_SHUTTER', closed: i % 2 === 0 });
		times.push(performance.now() - started);
		expect(ack).toMatchObject({ ok: true });
		// Under the keeper's own rate limit: the victim behaves.
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return times;
}

it(`keeps another circle’s ack p99 within 2× (or ${NOISE_MS} ms) while one seat floods`, async () => {
	const victim = await createCircle(server, cookie);
	const victimKeeper = new Client(server, { kind: 'keeper', circleId: victim.id }, { cookie });
	open.push(victimKeeper);
	await victimKeeper.connected();
	const baseline = p99(await ackTimes(victimKeeper));

	const target = await createCircle(server, cookie);
	const abuser = await joinCircle(server, target.joinCode, 'Flood');
	const flooder = execFile(process.execPath, [FLOODER, server.url, abuser.token, String(MAX_DEVICES_PER_SEAT), String(FLOOD_MS)]);
	let output = '';
	flooder.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const finished = new Promise<void>((resolve) => flooder.once('exit', () => resolve()));
	await new Promise((resolve) => setTimeout(resolve, 1_000));
	const during = p99(await ackTimes(victimKeeper));
	await finished;
	const sent = Number(output.trim());

	// At least one full round per device: a burst, then strikes until cut off (then cooled down at the handshake).
	expect(sent).toBeGreaterThanOrEqual(MAX_DEVICES_PER_SEAT * (SOCKET_BURST + FLOOD_STRIKES));
	expect(during).toBeLessThanOrEqual(Math.max(2 * baseline, baseline + NOISE_MS));
	const keeper = new Client(server, { kind: 'keeper', circleId: target.id }, { cookie });
	open.push(keeper);
	const view = (await keeper.waitFor(() => true)) as KeeperView;
	expect(view.harvest.reflections.length).toBeLessThanOrEqual(MAX_REFLECTIONS_PER_SEAT);
}, 60_000);
