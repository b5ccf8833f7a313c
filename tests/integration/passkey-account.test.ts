// The sign-in a person manages themselves and what admins control, on a real server with a software authenticator:
// adding, renaming and removing passkeys (never the last way in), signing out elsewhere with the ended sessions
// announced for the socket gateway, passkeys required for a role, invitations accepted with a passkey, and recovery links.
import { afterEach, expect, it } from 'vitest';
import type { TokenHash } from '../../server/auth/tokens';
import { hashToken } from '../../server/auth/tokens';
import { listAudit } from '../../server/store/audit';
import type { AccountOverview } from '../../src/lib/wire/passkeys';
import { CookieJar } from '../support/cookie-jar';
import { removeDir, startServer, type TestServer } from '../support/server';
import { SoftwareAuthenticator } from '../support/software-authenticator';

const PUBLIC_URL = 'https://circles.example.org';
const RP_ID = 'circles.example.org';
const PASSWORD = 'a long enough password';

type Options = { challenge: string; user: { id: string } };

let server: TestServer | undefined;

afterEach(async () => {
	await server?.close();
	if (server) removeDir(server.dataDir);
	server = undefined;
});

async function start(): Promise<TestServer> {
	server = await startServer({ publicUrl: PUBLIC_URL });
	return server;
}

/** Every batch of session ids the server announced as ended. */
function endedSessions(s: TestServer): TokenHash[][] {
	const batches: TokenHash[][] = [];
	s.app.sessionEndings.subscribe((ids) => batches.push([...ids]));
	return batches;
}

async function register(browser: CookieJar, key: SoftwareAuthenticator, path: string, optionsBody: unknown, name: string) {
	const options = await browser.call<Options | { options: Options }>(`${path}/options`, optionsBody);
	expect(options.status).toBe(200);
	const challenge = 'options' in options.body ? options.body.options : options.body;
	return browser.call<{ error?: { code: string } }>(path, { ...(path === '/api/recovery' ? { token: (optionsBody as { token: string }).token } : {}), response: key.register(challenge), name });
}

async function signIn(browser: CookieJar, key: SoftwareAuthenticator, credential = key.credentials.at(-1)) {
	const options = await browser.call<Options>('/api/login/passkey/options', {});
	return browser.call<{ error?: { code: string; message: string } }>('/api/login/passkey', { response: key.authenticate(options.body, {}, credential) });
}

async function passkeyAdmin(s: TestServer) {
	const browser = new CookieJar(s);
	const key = new SoftwareAuthenticator(PUBLIC_URL, RP_ID);
	expect((await register(browser, key, '/api/setup/passkey', { email: 'admin@example.org' }, 'Laptop')).status).toBe(201);
	return { browser, key };
}

it('adds a second passkey, renames it, and lists passkeys and sessions on the account page', async () => {
	const s = await start();
	const { browser, key } = await passkeyAdmin(s);
	expect((await register(browser, key, '/api/account/passkeys', {}, 'Phone')).status).toBe(201);
	const phone = (await browser.call<AccountOverview>('/api/account')).body.passkeys.find((p) => p.name === 'Phone')!;
	expect((await browser.call(`/api/account/passkeys/${phone.id}/rename`, { name: 'Work phone' })).status).toBe(204);
	expect((await signIn(new CookieJar(s), key)).status).toBe(200);
	const overview = (await browser.call<AccountOverview>('/api/account')).body;
	expect(overview.hasPassword).toBe(false);
	expect(overview.passkeys.map((p) => p.name)).toEqual(['Laptop', 'Work phone']);
	expect(overview.passkeys[1]!.lastUsedAt).not.toBeNull();
	expect(overview.sessions).toHaveLength(2);
	expect(overview.sessions.filter((x) => x.current)).toEqual([expect.objectContaining({ passkeyName: 'Laptop' })]);
});

it('refuses to remove the last passkey of an account without a password, saying what to do', async () => {
	const s = await start();
	const { browser } = await passkeyAdmin(s);
	const [only] = (await browser.call<AccountOverview>('/api/account')).body.passkeys;
	const refused = await browser.call<{ error: { code: string; message: string } }>(`/api/account/passkeys/${only!.id}/remove`, {});
	expect(refused).toMatchObject({ status: 409, body: { error: { code: 'last_sign_in', message: expect.stringContaining('Add another passkey first') } } });
	expect((await browser.call<AccountOverview>('/api/account')).body.passkeys).toHaveLength(1);
});

it('removing a passkey ends the sessions it signed in elsewhere and announces them, keeping this one', async () => {
	const s = await start();
	const ended = endedSessions(s);
	const { browser, key } = await passkeyAdmin(s);
	expect((await register(browser, key, '/api/account/passkeys', {}, 'Phone')).status).toBe(201);
	const [laptop, phone] = key.credentials;
	const onPhone = new CookieJar(s);
	expect((await signIn(onPhone, key, phone)).status).toBe(200);
	const phoneId = (await browser.call<AccountOverview>('/api/account')).body.passkeys.find((p) => p.name === 'Phone')!.id;
	expect((await browser.call(`/api/account/passkeys/${phoneId}/remove`, {})).status).toBe(204);
	expect(ended).toEqual([[hashToken(onPhone.cookies.get('ck_session')!)]]);
	expect((await onPhone.call('/api/me')).status).toBe(401);
	expect((await browser.call('/api/me')).status).toBe(200);
	expect((await signIn(new CookieJar(s), key, phone)).body).toMatchObject({ error: { code: 'passkey_unknown' } });
	expect((await signIn(new CookieJar(s), key, laptop)).status).toBe(200);
	expect(await listAudit(s.app.database.db, { action: 'passkey_removed' })).toHaveLength(1);
});

it('signs out every other session, announcing each ended one', async () => {
	const s = await start();
	const ended = endedSessions(s);
	const { browser, key } = await passkeyAdmin(s);
	const others = [new CookieJar(s), new CookieJar(s)];
	for (const other of others) expect((await signIn(other, key)).status).toBe(200);
	expect(await browser.call('/api/account/sessions/end-others', {})).toMatchObject({ status: 200, body: { ended: 2 } });
	expect(ended.flat().sort()).toEqual(others.map((o) => hashToken(o.cookies.get('ck_session')!)).sort());
	for (const other of others) expect((await other.call('/api/me')).status).toBe(401);
	expect((await browser.call('/api/me')).status).toBe(200);
});

it('announces the session a sign-out ends', async () => {
	const s = await start();
	const ended = endedSessions(s);
	const { browser } = await passkeyAdmin(s);
	const session = hashToken(browser.cookies.get('ck_session')!);
	expect((await browser.call('/api/logout', {})).status).toBe(204);
	expect(ended).toEqual([[session]]);
});

it('refuses a password sign-in for a role that requires passkeys, with how to add one', async () => {
	const s = await start();
	const { browser: admin } = await passkeyAdmin(s);
	for (const [role, email] of [['keeper', 'kim@example.org'], ['organizer', 'ola@example.org']]) {
		const invite = await admin.call<{ path: string }>('/api/admin/invites', { role });
		const token = invite.body.path.split('#t=')[1]!;
		expect((await new CookieJar(s).call('/api/invites/accept', { token, email, password: PASSWORD })).status).toBe(201);
	}
	expect(await admin.call('/api/admin/passkey-policy', { roles: ['keeper'] })).toMatchObject({ status: 200, body: { roles: ['keeper'] } });
	const refused = await new CookieJar(s).call<{ error: { code: string; message: string } }>('/api/login', { email: 'kim@example.org', password: PASSWORD });
	expect(refused).toMatchObject({ status: 403, body: { error: { code: 'passkey_required', message: expect.stringContaining('add it on your account page') } } });
	// A wrong password still gets the same answer as an unknown email: the policy is no oracle.
	expect((await new CookieJar(s).call('/api/login', { email: 'kim@example.org', password: 'not the password at all' })).status).toBe(401);
	// Other roles keep their passwords.
	expect((await new CookieJar(s).call('/api/login', { email: 'ola@example.org', password: PASSWORD })).status).toBe(200);
	expect(await listAudit(s.app.database.db, { action: 'passkey_policy_changed' })).toEqual([expect.objectContaining({ target: 'keeper' })]);
});

it('refuses to require passkeys for a role of the admin’s own while that admin has none', async () => {
	const s = await start();
	const admin = new CookieJar(s);
	expect((await admin.call('/api/setup', { email: 'admin@example.org', password: PASSWORD })).status).toBe(201);
	const refused = await admin.call('/api/admin/passkey-policy', { roles: ['keeper'] });
	expect(refused).toMatchObject({ status: 409, body: { error: { code: 'add_passkey_first' } } });
	expect((await admin.call('/api/admin/passkey-policy')).body).toEqual({ roles: [] });
});

it('keeps the last passkey when the role requires passkeys, even if the account has a password', async () => {
	const s = await start();
	const admin = new CookieJar(s);
	const key = new SoftwareAuthenticator(PUBLIC_URL, RP_ID);
	expect((await admin.call('/api/setup', { email: 'admin@example.org', password: PASSWORD })).status).toBe(201);
	expect((await register(admin, key, '/api/account/passkeys', {}, 'Laptop')).status).toBe(201);
	const [only] = (await admin.call<AccountOverview>('/api/account')).body.passkeys;
	await admin.call('/api/admin/passkey-policy', { roles: ['admin'] });
	expect((await admin.call(`/api/account/passkeys/${only!.id}/remove`, {})).status).toBe(409);
	await admin.call('/api/admin/passkey-policy', { roles: [] });
	expect((await admin.call(`/api/account/passkeys/${only!.id}/remove`, {})).status).toBe(204);
});

it('accepts an invitation with a passkey, once; a password is refused for a role that requires passkeys', async () => {
	const s = await start();
	const { browser: admin } = await passkeyAdmin(s);
	await admin.call('/api/admin/passkey-policy', { roles: ['keeper'] });
	const invite = await admin.call<{ path: string }>('/api/admin/invites', { role: 'keeper' });
	const token = invite.body.path.split('#t=')[1]!;
	const withPassword = await new CookieJar(s).call('/api/invites/accept', { token, email: 'kim@example.org', password: PASSWORD });
	expect(withPassword).toMatchObject({ status: 403, body: { error: { code: 'invite_needs_passkey' } } });
	const kim = new CookieJar(s);
	const key = new SoftwareAuthenticator(PUBLIC_URL, RP_ID);
	const accepted = await register(kim, key, '/api/invites/passkey', { token, email: 'kim@example.org' }, 'Phone');
	expect(accepted).toMatchObject({ status: 201, body: { account: { email: 'kim@example.org', roles: ['keeper'] } } });
	const again = await new CookieJar(s).call('/api/invites/passkey/options', { token, email: 'lee@example.org' });
	expect(again).toMatchObject({ status: 404, body: { error: { code: 'invite_invalid' } } });
	expect((await signIn(new CookieJar(s), key)).status).toBe(200);
});

it('recovers a lost device with a single-use link: old passkeys and sessions end, the new passkey signs in, all audited', async () => {
	const s = await start();
	const ended = endedSessions(s);
	const { browser: admin } = await passkeyAdmin(s);
	const invite = await admin.call<{ path: string }>('/api/admin/invites', { role: 'keeper' });
	const kim = new CookieJar(s);
	const lost = new SoftwareAuthenticator(PUBLIC_URL, RP_ID);
	await register(kim, lost, '/api/invites/passkey', { token: invite.body.path.split('#t=')[1]!, email: 'kim@example.org' }, 'Lost phone');
	const kimId = (await admin.call<{ accounts: { id: string; email: string }[] }>('/api/admin/accounts')).body.accounts.find((a) => a.email === 'kim@example.org')!.id;
	expect((await kim.call(`/api/admin/accounts/${kimId}/recovery`, {})).status).toBe(403);
	const link = await admin.call<{ path: string }>(`/api/admin/accounts/${kimId}/recovery`, {});
	expect(link.body.path).toMatch(/^\/recover#t=/);
	const token = link.body.path.split('#t=')[1]!;

	const newPhone = new SoftwareAuthenticator(PUBLIC_URL, RP_ID);
	const recovering = new CookieJar(s);
	expect(await register(recovering, newPhone, '/api/recovery', { token }, 'New phone')).toMatchObject({ status: 201, body: { account: { email: 'kim@example.org' } } });
	expect(ended.flat()).toContain(hashToken(kim.cookies.get('ck_session')!));
	expect((await kim.call('/api/me')).status).toBe(401);
	expect((await signIn(new CookieJar(s), lost)).body).toMatchObject({ error: { code: 'passkey_unknown' } });
	expect((await signIn(new CookieJar(s), newPhone)).status).toBe(200);

	const reused = await new CookieJar(s).call('/api/recovery/options', { token });
	expect(reused).toMatchObject({ status: 404, body: { error: { code: 'recovery_invalid' } } });
	const audit = await listAudit(s.app.database.db);
	expect(audit.filter((a) => a.action === 'recovery_link_created' || a.action === 'recovery_link_used').map((a) => [a.action, a.target])).toEqual([
		['recovery_link_used', kimId],
		['recovery_link_created', kimId]
	]);
});
