// Presence faults with real processes: the server runs as `tsx server/main.ts`, the holder's phone and the
// keeper's laptop as their own processes, stopped (SIGSTOP), killed (SIGKILL) or cut off for real.
// Scenarios: holder offline 5 s; holder offline past the grace period (the "90 s" case, with a 5 s grace
// instead of the default 30 s so it runs in seconds); holder frozen; keeper drops and co-keeper takes over.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords';
import { newId } from '../../server/auth/tokens';
import { createAccount } from '../../server/store/accounts';
import { openDatabase } from '../../server/store/database';
import type { KeeperView } from '../../src/lib/protocol';
import type { CreatedCircle, JoinedCircle } from '../../src/lib/wire/http';
import { api, Client, createCircle, joinCircle, removeDir, signInFirstKeeper } from '../support/server';
import { startServerProcess, type ServerProcess } from '../support/spawned-server';

const GRACE_MS = 5_000;
const SEAT_PROCESS = fileURLToPath(new URL('../support/seat-process.mjs', import.meta.url));
const plan = {
	version: 1,
	title: { en: 'Faults' },
	graceMs: GRACE_MS,
	phases: [{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you?' } }]
};

let dataDir: string;
let server: ServerProcess;
let cookie: string;
let circle: CreatedCircle;
let keeper: Client;
const processes: ChildProcess[] = [];
const clients: Client[] = [];

/** A device process; resolves once it has connected `times` times in all. */
function device(auth: Record<string, unknown>, headers: Record<string, string> = {}) {
	const child = spawn(process.execPath, [SEAT_PROCESS, server.url, JSON.stringify(auth), JSON.stringify(headers)], { stdio: ['ignore', 'pipe', 'inherit'] });
	processes.push(child);
	let connects = 0;
	const waiters: Array<() => void> = [];
	child.stdout!.on('data', (chunk: Buffer) => {
		connects += chunk.toString().split('\n').filter((l) => l === 'connected').length;
		waiters.splice(0).forEach((w) => w());
	});
	const connected = (times: number) =>
		new Promise<void>((resolve) => {
			const check = () => (connects >= times ? resolve() : waiters.push(check));
			check();
		});
	return { child, connected };
}

beforeEach(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'circlekeeper-faults-'));
	server = await startServerProcess({ dataDir });
	cookie = await signInFirstKeeper(server);
	circle = await createCircle(server, cookie, { plan });
	keeper = new Client(server, { kind: 'keeper', circleId: circle.id }, { cookie });
	clients.push(keeper);
	await keeper.connected();
	await keeper.send({ type: 'OPEN' });
}, 60_000);

afterEach(async () => {
	for (const c of clients.splice(0)) c.close();
	for (const p of processes.splice(0)) p.kill('SIGKILL');
	await server.stop();
	removeDir(dataDir);
});

const presenceOf = (view: unknown, seatId: string) => (view as KeeperView).seats.find((s) => s.seatId === seatId)?.presence;

/** Ana's phone connected in its own process, and the round started with the piece on its way to her. */
async function anaHolds(): Promise<{ ana: JoinedCircle; phone: ReturnType<typeof device> }> {
	const ana = await joinCircle(server, circle.joinCode, 'Ana');
	const phone = device({ kind: 'participant', token: ana.token });
	await phone.connected(1);
	await keeper.waitFor((v) => presenceOf(v, ana.seatId) === 'connected');
	expect(await keeper.send({ type: 'START' })).toMatchObject({ ok: true });
	expect(await keeper.send({ type: 'DONE' })).toMatchObject({ ok: true });
	await keeper.waitFor((v) => v.piece?.holderSeatId === ana.seatId);
	return { ana, phone };
}

it('holder offline 5 s: the phone is frozen briefly and the same turn continues, with no question to the keepers', async () => {
	const { ana, phone } = await anaHolds();
	phone.child.kill('SIGSTOP');
	await new Promise((resolve) => setTimeout(resolve, 5_000));
	phone.child.kill('SIGCONT');
	await new Promise((resolve) => setTimeout(resolve, 1_000));
	const view = keeper.view as KeeperView;
	expect(view.piece?.holderSeatId).toBe(ana.seatId);
	expect(view.round?.awaitingKeeper).toBe(false);
	expect(presenceOf(view, ana.seatId)).toBe('connected');
}, 60_000);

it('holder offline past the grace period: keepers are asked to wait or skip; the returning phone gets its turn back', async () => {
	const { ana, phone } = await anaHolds();
	phone.child.kill('SIGKILL');
	await keeper.waitFor((v) => presenceOf(v, ana.seatId) === 'dropped', 5_000);
	await keeper.waitFor((v) => (v as KeeperView).round?.awaitingKeeper === true, GRACE_MS + 3_000);
	const asked = keeper.views.length;
	const back = device({ kind: 'participant', token: ana.token });
	await back.connected(1);
	await expect.poll(() => keeper.views.slice(asked).some((m) => presenceOf(m.view, ana.seatId) === 'connected'), { timeout: 5_000 }).toBe(true);
	const view = keeper.view as KeeperView;
	expect(view.round?.awaitingKeeper).toBe(false);
	expect(view.piece?.holderSeatId).toBe(ana.seatId);
}, 60_000);

it('holder frozen: a phone that stops answering is dropped within 10 s and the grace period runs from then', async () => {
	const { ana, phone } = await anaHolds();
	phone.child.kill('SIGSTOP');
	const frozeAt = Date.now();
	await keeper.waitFor((v) => presenceOf(v, ana.seatId) === 'dropped', 12_000);
	expect(Date.now() - frozeAt).toBeLessThanOrEqual(11_000);
	const away = (await keeper.waitFor((v) => (v as KeeperView).round?.graceTimer != null)) as KeeperView;
	expect(away.round?.graceTimer?.deadlineAt).toBeGreaterThan(Date.now() + GRACE_MS - 2_000);
	phone.child.kill('SIGCONT');
	await phone.connected(2);
	await keeper.waitFor((v) => presenceOf(v, ana.seatId) === 'connected');
}, 60_000);

it('keeper drops and co-keeper takes over: the co-keeper acts for the holder and moves the circle on', async () => {
	const store = await openDatabase({ url: '', dataDir });
	await createAccount(store.db, { id: newId(), email: 'co@example.org', passwordHash: await hashPassword('another long password'), roles: ['keeper'], now: Date.now() });
	await store.db.destroy();
	const coCookie = await signInFirstKeeper(server, 'co@example.org', 'another long password');
	expect((await api(server, `/api/circles/${circle.id}/co-keeper`, { email: 'co@example.org' }, cookie)).status).toBe(200);
	keeper.close();
	const laptop = device({ kind: 'keeper', circleId: circle.id }, { cookie });
	await laptop.connected(1);
	const coKeeper = new Client(server, { kind: 'keeper', circleId: circle.id }, { cookie: coCookie });
	clients.push(coKeeper);
	await coKeeper.connected();
	const ana = await joinCircle(server, circle.joinCode, 'Ana');
	expect(await coKeeper.send({ type: 'START' })).toMatchObject({ ok: true });
	laptop.child.kill('SIGKILL');
	await coKeeper.waitFor((v) => presenceOf(v, 'keeper') === 'dropped', 12_000);
	// The keeper's laptop is gone mid-turn: the co-keeper ends the keeper's turn and gives the piece on.
	expect(await coKeeper.send({ type: 'DONE' })).toMatchObject({ ok: true });
	expect(await coKeeper.send({ type: 'GIVE_PIECE', seatId: ana.seatId })).toMatchObject({ ok: true });
	expect(await coKeeper.send({ type: 'END_ROUND' })).toMatchObject({ ok: true });
	expect(await coKeeper.send({ type: 'ADVANCE' })).toMatchObject({ ok: true });
}, 60_000);
