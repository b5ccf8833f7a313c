// Every HTTP failure in the one documented shape `{ error: { code, message, issues? } }` (regression: malformed
// JSON, empty and non-JSON bodies answered Fastify's FST_ERR_CTP_* shapes; /api/join said "Expected Object
// but received Object"; a repeated programId was a 500), and the Origin check on state-changing routes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from '../../server/app';
import { api, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

let server: TestServer;
let cookie: string;

beforeAll(async () => {
	server = await startServer();
	cookie = await signInFirstKeeper(server);
});

afterAll(async () => {
	await server?.close();
	if (server) removeDir(server.dataDir);
});

async function raw(path: string, init: RequestInit) {
	const res = await fetch(server.url + path, init);
	return { status: res.status, body: (await res.json()) as unknown };
}

const shape = (status: number, code: string) => ({ status, body: { error: { code, message: expect.any(String) } } });

it.each([
	['malformed JSON', { 'content-type': 'application/json' }, '{"email": ', 400, 'invalid_json'],
	['an empty JSON body', { 'content-type': 'application/json' }, '', 400, 'invalid_json'],
	['a non-JSON body', { 'content-type': 'text/plain' }, 'email=a', 415, 'unsupported_media_type'],
	['a form body', { 'content-type': 'application/x-www-form-urlencoded' }, 'email=a', 415, 'unsupported_media_type']
])('answers %s in the documented error shape', async (_, headers, body, status, code) => {
	expect(await raw('/api/login', { method: 'POST', headers, body })).toMatchObject(shape(status, code));
});

it('answers a body over the limit with 413 body_too_large', async () => {
	const body = JSON.stringify({ plan: 'x'.repeat(BODY_LIMIT_BYTES + 10) });
	expect(await raw('/api/circles', { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body })).toMatchObject(shape(413, 'body_too_large'));
});

it('names the field and the schema’s own message in /api/join errors', async () => {
	const missingName = await api<{ error: { issues: string[] } }>(server, '/api/join', { code: 'ABCD-EFGH', profile: {}, acceptedAgreements: true });
	expect(missingName).toMatchObject(shape(400, 'invalid_request'));
	expect(missingName.body.error.issues).toEqual(['profile.name: is required']);
	const notAccepted = await api<{ error: { issues: string[] } }>(server, '/api/join', { code: 'ABCD-EFGH', profile: { name: 'Ana' }, acceptedAgreements: false });
	expect(notAccepted.body.error.issues).toEqual(['acceptedAgreements: the agreements must be accepted to take a seat']);
	const noProfile = await api<{ error: { issues: string[] } }>(server, '/api/join', { code: 'ABCD-EFGH', acceptedAgreements: true });
	expect(noProfile.body.error.issues).toEqual(['profile: is required']);
	const both = await api<{ error: { issues: string[] } }>(server, '/api/join/check', { code: 'ABCD-EFGH', qrToken: 'x' });
	expect(both.body.error.issues).toEqual(['body: send either "code" or "qrToken", not both']);
	const stray = await api<{ error: { issues: string[] } }>(server, '/api/join/check', { code: 'ABCD-EFGH', colour: 'red' });
	expect(stray.body.error.issues).toEqual(['colour: is not a field of this request']);
});

it('answers a repeated query parameter with a clear 400, not a 500', async () => {
	const res = await api<{ error: { message: string } }>(server, '/api/review/harvests?programId=a&programId=b', undefined, cookie);
	expect(res).toMatchObject(shape(400, 'invalid_request'));
	expect(res.body.error.message).toMatch(/"programId" once/);
});

it('refuses a state-changing request from a foreign Origin with 403, and allows the page’s own origin', async () => {
	const body = JSON.stringify({ templateId: 'check-in-check-out' });
	const headers = { 'content-type': 'application/json', cookie };
	expect(await raw('/api/circles', { method: 'POST', headers: { ...headers, origin: 'http://evil.example' }, body })).toMatchObject(shape(403, 'origin_not_allowed'));
	expect((await raw('/api/circles', { method: 'POST', headers: { ...headers, origin: server.url }, body })).status).toBe(201);
	// Reads are not state-changing: a foreign Origin on GET is left to CORS, which we do not enable.
	expect((await fetch(`${server.url}/api/me`, { headers: { cookie, origin: 'http://evil.example' } })).status).toBe(200);
});
