// Passkey ceremonies on a real server with a software authenticator: first-admin setup and sign-in without an
// email, and every way a response is refused: replayed, expired, from another browser, another origin or RP id,
// for another purpose, or with a signature counter that went backwards; and a recovery link past its day.
import { afterEach, describe, expect, it } from 'vitest';
import { CHALLENGE_TTL_MS } from '../../server/auth/passkeys';
import { RECOVERY_TTL_MS } from '../../server/http/admin-sign-in';
import { listAudit } from '../../server/store/audit';
import { CookieJar } from '../support/cookie-jar';
import { removeDir, startServer, type TestServer } from '../support/server';
import { SoftwareAuthenticator } from '../support/software-authenticator';
import { serverBackends } from './backends';

const PUBLIC_URL = 'https://circles.example.org';
const RP_ID = 'circles.example.org';
const EMAIL = 'admin@example.org';

type Options = { challenge: string; user: { id: string } };
type Refusal = { error: { code: string; message: string } };

describe.each(serverBackends)('passkeys on $name', (backend) => {
	let server: TestServer | undefined;
	let cleanup: (() => Promise<void>) | undefined;
	let now = Date.UTC(2026, 0, 5, 9);

	afterEach(async () => {
		await server?.close();
		if (server) removeDir(server.dataDir);
		await cleanup?.();
		server = cleanup = undefined;
	});

	async function start(publicUrl = PUBLIC_URL): Promise<TestServer> {
		const fresh = await backend.fresh();
		cleanup = fresh.cleanup;
		server = await startServer({ ...fresh.config, publicUrl }, { clock: { now: () => now } });
		return server;
	}

	/** Sets up the first admin with a passkey; returns that browser and its authenticator. */
	async function setUpWithPasskey(s: TestServer): Promise<{ browser: CookieJar; key: SoftwareAuthenticator }> {
		const browser = new CookieJar(s);
		const key = new SoftwareAuthenticator(PUBLIC_URL, RP_ID);
		const options = await browser.call<Options>('/api/setup/passkey/options', { email: EMAIL });
		expect(options.status).toBe(200);
		const done = await browser.call('/api/setup/passkey', { response: key.register(options.body), name: 'Laptop' });
		expect(done).toMatchObject({ status: 201, body: { account: { email: EMAIL, roles: expect.arrayContaining(['admin']) } } });
		return { browser, key };
	}

	async function signIn(browser: CookieJar, key: SoftwareAuthenticator, ceremony: Parameters<SoftwareAuthenticator['authenticate']>[1] = {}) {
		const options = await browser.call<Options>('/api/login/passkey/options', {});
		expect(options.status).toBe(200);
		const response = key.authenticate(options.body, ceremony);
		return { response, reply: await browser.call<Refusal>('/api/login/passkey', { response }) };
	}

	it('sets up the first admin with a passkey only, then signs in with it without an email', async () => {
		const s = await start();
		const { key } = await setUpWithPasskey(s);
		const elsewhere = new CookieJar(s);
		const { reply } = await signIn(elsewhere, key);
		expect(reply).toMatchObject({ status: 200, body: { account: { email: EMAIL } } });
		expect((await elsewhere.call('/api/me')).status).toBe(200);
		// The account has no password, and an empty one does not sign it in.
		expect((await new CookieJar(s).call('/api/login', { email: EMAIL, password: '' })).status).toBe(401);
		const audit = await listAudit(s.app.database.db, { action: 'signed_in_passkey' });
		expect(audit).toHaveLength(1);
		expect(Object.keys(audit[0]!).sort()).toEqual(['accountId', 'action', 'at', 'target']);
	});

	it('refuses a replayed sign-in response, with or without a fresh challenge', async () => {
		const s = await start();
		const { key } = await setUpWithPasskey(s);
		const browser = new CookieJar(s);
		const { response, reply } = await signIn(browser, key);
		expect(reply.status).toBe(200);
		const again = await browser.call<Refusal>('/api/login/passkey', { response });
		expect(again).toMatchObject({ status: 400, body: { error: { code: 'challenge_invalid' } } });
		await browser.call('/api/login/passkey/options', {});
		const withFresh = await browser.call<Refusal>('/api/login/passkey', { response });
		expect(withFresh).toMatchObject({ status: 401, body: { error: { code: 'passkey_rejected' } } });
	});

	it('refuses a challenge once it has expired', async () => {
		const s = await start();
		const { key } = await setUpWithPasskey(s);
		const browser = new CookieJar(s);
		const options = await browser.call<Options>('/api/login/passkey/options', {});
		now += CHALLENGE_TTL_MS;
		const late = await browser.call<Refusal>('/api/login/passkey', { response: key.authenticate(options.body) });
		expect(late).toMatchObject({ status: 400, body: { error: { code: 'challenge_invalid', message: expect.stringContaining('expired') } } });
		expect((await browser.call('/api/me')).status).toBe(401);
	});

	it('clears the challenges of abandoned ceremonies once they expire', async () => {
		const s = await start();
		for (let i = 0; i < 3; i++) await new CookieJar(s).call('/api/login/passkey/options', {});
		now += CHALLENGE_TTL_MS;
		await new CookieJar(s).call('/api/login/passkey/options', {});
		const rows = await s.app.database.db.selectFrom('webauthn_challenges').select('id').execute();
		expect(rows).toHaveLength(1);
	});

	it('refuses a response sent from a browser that did not ask for the challenge', async () => {
		const s = await start();
		const { key } = await setUpWithPasskey(s);
		const options = await new CookieJar(s).call<Options>('/api/login/passkey/options', {});
		const other = await new CookieJar(s).call<Refusal>('/api/login/passkey', { response: key.authenticate(options.body) });
		expect(other).toMatchObject({ status: 400, body: { error: { code: 'challenge_invalid' } } });
	});

	it('refuses a challenge issued for adding a passkey when it is used to sign in', async () => {
		const s = await start();
		const { browser, key } = await setUpWithPasskey(s);
		const options = await browser.call<Options>('/api/account/passkeys/options', {});
		expect(options.status).toBe(200);
		const crossed = await browser.call<Refusal>('/api/login/passkey', { response: key.authenticate(options.body) });
		expect(crossed).toMatchObject({ status: 400, body: { error: { code: 'challenge_invalid' } } });
	});

	it.each([
		{ what: 'another origin', ceremony: { origin: 'https://circles.example.org.evil.test' } },
		{ what: 'another RP id', ceremony: { rpId: 'evil.test' } }
	])('refuses a sign-in made for $what', async ({ ceremony }) => {
		const s = await start();
		const { key } = await setUpWithPasskey(s);
		const browser = new CookieJar(s);
		const { reply } = await signIn(browser, key, ceremony);
		expect(reply).toMatchObject({ status: 401, body: { error: { code: 'passkey_rejected' } } });
		expect((await browser.call('/api/me')).status).toBe(401);
	});

	it.each([
		{ what: 'another origin', ceremony: { origin: 'http://localhost:3000' } },
		{ what: 'another RP id', ceremony: { rpId: 'localhost' } }
	])('refuses a passkey registered for $what', async ({ ceremony }) => {
		const s = await start();
		const browser = new CookieJar(s);
		const options = await browser.call<Options>('/api/setup/passkey/options', { email: EMAIL });
		const done = await browser.call<Refusal>('/api/setup/passkey', { response: new SoftwareAuthenticator(PUBLIC_URL, RP_ID).register(options.body, ceremony) });
		expect(done).toMatchObject({ status: 400, body: { error: { code: 'passkey_rejected' } } });
		expect((await browser.call('/api/setup')).body).toEqual({ needed: true });
	});

	it('refuses a sign-in whose account handle is not the passkey’s account', async () => {
		const s = await start();
		const { key } = await setUpWithPasskey(s);
		const { reply } = await signIn(new CookieJar(s), key, { userHandle: Buffer.from('someone-else').toString('base64url') });
		expect(reply).toMatchObject({ status: 401, body: { error: { code: 'passkey_unknown' } } });
	});

	it('refuses a signature counter that went backwards, saying what to do', async () => {
		const s = await start();
		const { key } = await setUpWithPasskey(s);
		expect((await signIn(new CookieJar(s), key, { counter: 5 })).reply.status).toBe(200);
		const { reply } = await signIn(new CookieJar(s), key, { counter: 3 });
		expect(reply).toMatchObject({ status: 401, body: { error: { code: 'passkey_counter_went_back', message: expect.stringContaining('copied') } } });
		expect((await signIn(new CookieJar(s), key, { counter: 6 })).reply.status).toBe(200);
	});

	it('refuses a recovery link once it has expired', async () => {
		const s = await start();
		const { browser } = await setUpWithPasskey(s);
		const [me] = (await browser.call<{ accounts: { id: string }[] }>('/api/admin/accounts')).body.accounts;
		const link = await browser.call<{ path: string }>(`/api/admin/accounts/${me!.id}/recovery`, {});
		const token = link.body.path.split('#t=')[1]!;
		now += RECOVERY_TTL_MS;
		expect(await new CookieJar(s).call('/api/recovery/options', { token })).toMatchObject({ status: 404, body: { error: { code: 'recovery_invalid' } } });
	});

	it('refuses passkeys with a message for the admin when PUBLIC_URL is unset and the address is not localhost', async () => {
		const s = await start('');
		const options = await new CookieJar(s).call<Refusal>('/api/login/passkey/options', {});
		expect(options).toMatchObject({ status: 503, body: { error: { code: 'passkeys_unavailable', message: expect.stringContaining('PUBLIC_URL') } } });
	});
});
