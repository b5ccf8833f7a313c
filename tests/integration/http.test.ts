// The HTTP API on a real server: first-run setup, uniform sign-in failures, who-am-I, plan validation,
// the join check a person sees before taking a seat, and the health endpoints.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

const EMAIL = 'keeper@example.org';
const PASSWORD = 'a long enough password';

let server: TestServer;
let cookie: string;

beforeAll(async () => {
	server = await startServer();
	cookie = await signInFirstKeeper(server, EMAIL, PASSWORD);
});

afterAll(async () => {
	await server?.close();
	if (server) removeDir(server.dataDir);
});

it('allows setup only once: a second setup gets 409', async () => {
	const again = await api(server, '/api/setup', { email: 'someone-else@example.org', password: 'another long password' });
	expect(again.status).toBe(409);
	expect(again.body).toMatchObject({ error: { code: 'setup_done' } });
	expect(again.headers.get('set-cookie')).toBeNull();
	expect((await api(server, '/api/setup')).body).toEqual({ needed: false });
});

it('answers an unknown email and a wrong password with the same failure', async () => {
	const unknown = await api(server, '/api/login', { email: 'nobody@example.org', password: PASSWORD });
	const wrong = await api(server, '/api/login', { email: EMAIL, password: 'not the password at all' });
	expect(unknown.status).toBe(401);
	expect(wrong.status).toBe(unknown.status);
	expect(wrong.body).toEqual(unknown.body);
	expect(wrong.headers.get('set-cookie')).toBeNull();
});

it('tells a signed-in keeper who they are, and others to sign in', async () => {
	expect(await api(server, '/api/me', undefined, cookie)).toMatchObject({ status: 200, body: { account: { email: EMAIL, roles: expect.arrayContaining(['keeper']) } } });
	expect(await api(server, '/api/me')).toMatchObject({ status: 401, body: { error: { code: 'not_signed_in' } } });
});

it('refuses an invalid plan with 400 and readable issues naming each field', async () => {
	const plan = { version: 1, title: { en: 'Bad' }, phases: [{ kind: 'round', id: 'Not An Id', title: { en: 'x' }, prompt: { en: 'x' }, mode: 'silence' }] };
	const res = await api<{ error: { code: string; issues: string[] } }>(server, '/api/circles', { plan }, cookie);
	expect(res.status).toBe(400);
	expect(res.body.error.code).toBe('invalid_plan');
	expect(res.body.error.issues).toEqual(
		expect.arrayContaining([expect.stringMatching(/^phases\.0\.id: /), expect.stringMatching(/^phases\.0\.timing\.budgetMs: a silence round needs/)])
	);
});

it('shows the circle’s title and proposed guidelines to someone checking a join code', async () => {
	const plan = {
		version: 1,
		title: { en: 'Neighbours' },
		phases: [{ kind: 'agreements', id: 'agreements', title: { en: 'Agreements' }, prompt: { en: 'Can we agree?' }, guidelines: [{ en: 'Speak from the heart' }, { en: 'Listen from the heart' }] }]
	};
	const circle = await createCircle(server, cookie, { plan });
	const res = await api(server, '/api/join/check', { code: circle.joinCode.toLowerCase().replace('-', '') });
	expect(res.status).toBe(200);
	expect(res.body).toMatchObject({
		circleId: circle.id,
		title: { en: 'Neighbours' },
		status: 'scheduled',
		locked: false,
		guidelines: [{ en: 'Speak from the heart' }, { en: 'Listen from the heart' }]
	});
});

it('reports liveness on /healthz', async () => {
	expect(await api(server, '/healthz')).toMatchObject({ status: 200, body: { ok: true } });
});

it('reports readiness on /readyz once the database answers and circles are restored', async () => {
	expect(await api(server, '/readyz')).toMatchObject({ status: 200, body: { ok: true, circles: expect.any(Number) } });
});

it('lists the shipped templates and serves each one’s whole plan, in the format POST /api/circles takes', async () => {
	const list = await api<{ templates: { id: string; title: { en: string } }[] }>(server, '/api/templates');
	expect(list.status).toBe(200);
	expect(list.body.templates.map((t) => t.id)).toContain('check-in-check-out');
	const one = await api<{ id: string; plan: unknown }>(server, '/api/templates/check-in-check-out');
	expect(one).toMatchObject({ status: 200, body: { id: 'check-in-check-out', plan: { version: 1, phases: expect.any(Array) } } });
	expect((await api(server, '/api/circles', { plan: one.body.plan }, cookie)).status).toBe(201);
	expect(await api(server, '/api/templates/no-such')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
});
