// Permission changes reach sockets that are already open, within a second (regression: a removed co-keeper
// still gave the piece, a rotated screen link kept receiving views, a signed-out keeper kept working).
import { afterEach, beforeEach, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords';
import { newId } from '../../server/auth/tokens';
import { createAccount } from '../../server/store/accounts';
import type { CreatedCircle } from '../../src/lib/wire/http';
import { api, Client, createCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

const CO_KEEPER = { email: 'co-keeper@example.org', password: 'another long password' };
const WITHIN_MS = 1_000;

let server: TestServer;
let ownerCookie: string;
let circle: CreatedCircle;
const open: Client[] = [];
const track = (c: Client) => (open.push(c), c);

beforeEach(async () => {
	server = await startServer();
	ownerCookie = await signInFirstKeeper(server);
	circle = await createCircle(server, ownerCookie);
});

afterEach(async () => {
	for (const c of open.splice(0)) c.close();
	await server?.close();
	if (server) removeDir(server.dataDir);
});

/** Resolves with the disconnect reason, or rejects when the socket is still open after `ms`. */
function disconnectedWithin(client: Client, ms = WITHIN_MS): Promise<string> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`still connected after ${ms} ms`)), ms);
		client.socket.once('disconnect', (reason) => {
			clearTimeout(timer);
			resolve(reason);
		});
	});
}

async function coKeeperCookie(): Promise<string> {
	const created = await createAccount(server.app.database.db, { id: newId(), email: CO_KEEPER.email, passwordHash: await hashPassword(CO_KEEPER.password), roles: ['keeper'], now: Date.now() });
	expect(created.ok).toBe(true);
	return signInFirstKeeper(server, CO_KEEPER.email, CO_KEEPER.password);
}

it('disconnects a removed co-keeper’s open socket within 1 s, and refuses its next handshake', async () => {
	const cookie = await coKeeperCookie();
	expect((await api(server, `/api/circles/${circle.id}/co-keeper`, { email: CO_KEEPER.email }, ownerCookie)).status).toBe(200);
	const coKeeper = track(Client.keeper(server, circle.id, cookie));
	await coKeeper.connected();
	const gone = disconnectedWithin(coKeeper);
	expect((await api(server, `/api/circles/${circle.id}/co-keeper`, { email: null }, ownerCookie)).status).toBe(200);
	expect(await gone).toBe('io server disconnect');
	await expect(track(Client.keeper(server, circle.id, cookie)).connected()).rejects.toMatchObject({ data: { code: 'not_authorized' } });
});

it('disconnects screens opened with a rotated link within 1 s; the new link connects', async () => {
	const screen = track(Client.screen(server, circle.screenPath));
	await screen.connected();
	const gone = disconnectedWithin(screen);
	const rotated = await api<CreatedCircle>(server, `/api/circles/${circle.id}/links`, {}, ownerCookie);
	expect(rotated.status).toBe(200);
	expect(await gone).toBe('io server disconnect');
	await expect(track(Client.screen(server, rotated.body.screenPath)).connected()).resolves.toBeUndefined();
});

it('disconnects a keeper’s sockets within 1 s of signing out, and only that session’s', async () => {
	const otherSession = await signInFirstKeeper(server);
	const laptop = track(Client.keeper(server, circle.id, ownerCookie));
	const tablet = track(Client.keeper(server, circle.id, otherSession));
	await Promise.all([laptop.connected(), tablet.connected()]);
	const gone = disconnectedWithin(laptop);
	expect((await api(server, '/api/logout', {}, ownerCookie)).status).toBe(204);
	expect(await gone).toBe('io server disconnect');
	await new Promise((resolve) => setTimeout(resolve, 200));
	expect(tablet.socket.connected).toBe(true);
});

it('disconnects every socket of an account whose sessions an admin ends', async () => {
	const cookie = await coKeeperCookie();
	await api(server, `/api/circles/${circle.id}/co-keeper`, { email: CO_KEEPER.email }, ownerCookie);
	const coKeeper = track(Client.keeper(server, circle.id, cookie));
	await coKeeper.connected();
	const gone = disconnectedWithin(coKeeper);
	const me = await api<{ account: { id: string } }>(server, '/api/me', undefined, cookie);
	const ended = await api(server, `/api/admin/accounts/${me.body.account.id}/sign-out`, {}, ownerCookie);
	expect(ended).toMatchObject({ status: 200, body: { sessionsEnded: 1 } });
	expect(await gone).toBe('io server disconnect');
	expect((await api(server, '/api/me', undefined, cookie)).status).toBe(401);
});

it('disconnects the sockets of sessions ended from another browser ("sign out everywhere else"), and keeps its own', async () => {
	const laptop = track(Client.keeper(server, circle.id, ownerCookie));
	await laptop.connected();
	const phoneCookie = await signInFirstKeeper(server);
	const phone = track(Client.keeper(server, circle.id, phoneCookie));
	await phone.connected();
	const gone = disconnectedWithin(laptop);
	expect(await api(server, '/api/account/sessions/end-others', {}, phoneCookie)).toMatchObject({ status: 200, body: { ended: 1 } });
	expect(await gone).toBe('io server disconnect');
	await new Promise((resolve) => setTimeout(resolve, 200));
	expect(phone.socket.connected).toBe(true);
});
