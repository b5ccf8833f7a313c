// Scenario: a phone whose clock is two hours off (ahead or behind). Promise: its turn timer still shows the right
// remaining time, because deadlines are server times and every view carries the server's clock (serverNow).
import { afterEach, describe, expect, it } from 'vitest';
import { remainingMs } from '../../src/lib/client/turn-timer.svelte';
import type { ParticipantView } from '../../src/lib/protocol';
import type { ViewMessage } from '../../src/lib/wire/socket';
import { must, roundPlan, startLiveCircle, type LiveCircle } from '../support/live-circle';
import { removeDir, startServer, type TestServer } from '../support/server';

const TURN_MS = 120_000;
const TWO_HOURS_MS = 2 * 60 * 60_000;
/** A view's trip from server to phone, plus the test's own scheduling on a loaded machine. */
const TOLERANCE_MS = 2_000;

let server: TestServer;
let live: LiveCircle | undefined;

afterEach(async () => {
	for (const c of live?.clients ?? []) c.close();
	live = undefined;
	await server?.close();
	if (server) removeDir(server.dataDir);
});

describe('client clock ±2 h', () => {
	it.each([
		['two hours ahead', TWO_HOURS_MS],
		['two hours behind', -TWO_HOURS_MS]
	])('shows the holder the right remaining time when the phone clock is %s', async (_name, skewMs) => {
		server = await startServer();
		live = await startLiveCircle(server, ['Ana'], roundPlan({ turnMs: TURN_MS }));
		const ana = live.participants[0]!;
		/** The phone's own clock, as Date.now() reads on it. */
		const phoneNow = () => Date.now() + skewMs;
		// The client takes the offset from each view as it arrives, as circle-connection.svelte.ts does.
		let offsetMs = 0;
		ana.client.socket.on('view', (message: ViewMessage) => (offsetMs = message.serverNow - phoneNow()));
		await must(live.keeper, { type: 'DONE' });
		const view = (await ana.client.waitFor((v) => (v as ParticipantView).you?.holding === true)) as ParticipantView;
		const left = remainingMs(view.piece!.turnTimer, phoneNow(), offsetMs);
		expect(left).not.toBeNull();
		expect(Math.abs(left! - TURN_MS)).toBeLessThanOrEqual(TOLERANCE_MS);
		// Read with the phone's clock alone, the timer would be off by the skew: the offset is what corrects it.
		expect(Math.abs(remainingMs(view.piece!.turnTimer, phoneNow(), 0)! - TURN_MS)).toBeGreaterThan(TOLERANCE_MS);
	});
});
