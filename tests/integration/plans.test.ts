// The plan library over HTTP on a real server: save, list, read, replace and delete a keeper's own plans,
// readable issues for an invalid plan, and another keeper's plans answering 404 exactly like missing ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords';
import { newId } from '../../server/auth/tokens';
import { createAccount } from '../../server/store/accounts';
import { templateById } from '../../src/lib/protocol/templates';
import type { PlanSummary, SavedPlan } from '../../src/lib/wire/plans';
import { createCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';
import { serverBackends, type ServerBackend } from './backends';

const OTHER_EMAIL = 'other-keeper@example.org';
const OTHER_PASSWORD = 'another long enough password';

let server: TestServer;
let cookie: string;
let otherCookie: string;
let database: Awaited<ReturnType<ServerBackend['fresh']>> | undefined;

/** Like the support `api`, with any method: the plan routes use PUT and DELETE too. */
async function request<T = unknown>(method: string, path: string, body?: unknown, asCookie = cookie): Promise<{ status: number; body: T }> {
	const response = await fetch(server.url + path, {
		method,
		headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(asCookie ? { cookie: asCookie } : {}) },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await response.text();
	return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

const simplePlan = (title: string) => ({
	version: 1,
	title: { en: title },
	phases: [
		{ kind: 'ceremony', id: 'welcome', title: { en: 'Welcome' }, text: { en: 'We begin together.' } },
		{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you arriving?', es: '¿Cómo llega hoy?' }, timing: { turnMs: 120_000 } }
	]
});

async function save(title: string, asCookie = cookie): Promise<SavedPlan> {
	const res = await request<SavedPlan>('POST', '/api/plans', { plan: simplePlan(title) }, asCookie);
	expect(res.status).toBe(201);
	return res.body;
}

describe.each(serverBackends)('the plan library on $name', (backend) => {
	beforeAll(async () => {
		database = await backend.fresh();
		server = await startServer(database.config);
		cookie = await signInFirstKeeper(server);
		// Only the first account can be made over HTTP (/api/setup); a second keeper goes straight into the store.
		const created = await createAccount(server.app.database.db, {
			id: newId(),
			email: OTHER_EMAIL,
			passwordHash: await hashPassword(OTHER_PASSWORD),
			roles: ['keeper'],
			now: Date.now()
		});
		expect(created.ok).toBe(true);
		otherCookie = await signInFirstKeeper(server, OTHER_EMAIL, OTHER_PASSWORD);
	});

	afterAll(async () => {
		await server?.close();
		if (server) removeDir(server.dataDir);
		await database?.cleanup();
	});

	it('saves a valid plan and answers with it, defaults filled in', async () => {
		const res = await request<SavedPlan>('POST', '/api/plans', { plan: simplePlan('Tuesday circle') });
		expect(res.status).toBe(201);
		expect(res.body.id).toEqual(expect.any(String));
		expect(res.body.plan.title).toEqual({ en: 'Tuesday circle' });
		expect(res.body.plan.phases[1]).toMatchObject({ kind: 'round', mode: 'sequential', start: 'keeper-first', returnToPassers: true, timing: { turnMs: 120_000, limit: 'soft' } });
		expect(res.body.updatedAt).toBe(res.body.createdAt);
	});

	it('reads a saved plan back by id', async () => {
		const created = await save('Read me back');
		const res = await request<SavedPlan>('GET', `/api/plans/${created.id}`);
		expect(res.status).toBe(200);
		expect(res.body).toEqual(created);
	});

	it('lists my plans with title, phase count and when each last changed, newest first', async () => {
		const first = await save('Listed first');
		const second = await save('Listed second');
		const res = await request<{ plans: PlanSummary[] }>('GET', '/api/plans');
		expect(res.status).toBe(200);
		const mine = res.body.plans.filter((p) => p.id === first.id || p.id === second.id);
		expect(mine).toEqual([
			{ id: second.id, title: 'Listed second', phaseCount: 2, updatedAt: second.updatedAt },
			{ id: first.id, title: 'Listed first', phaseCount: 2, updatedAt: first.updatedAt }
		].sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id)));
	});

	it('replaces a plan with PUT, keeping its id and creation time', async () => {
		const created = await save('Before');
		const template = templateById('check-in-check-out')!.plan;
		const res = await request<SavedPlan>('PUT', `/api/plans/${created.id}`, { plan: { ...template, title: { en: 'After' } } });
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ id: created.id, createdAt: created.createdAt, plan: { title: { en: 'After' } } });
		expect(res.body.plan.phases).toHaveLength(template.phases.length);
		expect((await request<SavedPlan>('GET', `/api/plans/${created.id}`)).body.plan.title).toEqual({ en: 'After' });
		const listed = (await request<{ plans: PlanSummary[] }>('GET', '/api/plans')).body.plans.find((p) => p.id === created.id);
		expect(listed).toMatchObject({ title: 'After', phaseCount: template.phases.length });
	});

	it('deletes a plan: 204, then it is gone from reads and the list', async () => {
		const created = await save('Short-lived');
		expect((await request('DELETE', `/api/plans/${created.id}`)).status).toBe(204);
		expect(await request('GET', `/api/plans/${created.id}`)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
		expect((await request<{ plans: PlanSummary[] }>('GET', '/api/plans')).body.plans.map((p) => p.id)).not.toContain(created.id);
		expect((await request('DELETE', `/api/plans/${created.id}`)).status).toBe(404);
	});

	it('refuses an invalid plan with 400 invalid_plan and issues naming each field', async () => {
		const plan = simplePlan('Too quick');
		const bad = { ...plan, phases: [plan.phases[0], { ...plan.phases[1], timing: { turnMs: 2_000 } }, { kind: 'round', id: 'quiet', title: { en: 'Quiet' }, prompt: { en: ' ' }, mode: 'silence' }] };
		const res = await request<{ error: { code: string; issues: string[] } }>('POST', '/api/plans', { plan: bad });
		expect(res.status).toBe(400);
		expect(res.body.error.code).toBe('invalid_plan');
		expect(res.body.error.issues).toEqual(
			expect.arrayContaining([
				'phases.1.timing.turnMs: must be at least 5 seconds',
				'phases.2.prompt.en: must not be empty',
				'phases.2.timing.budgetMs: a silence round needs timing.budgetMs'
			])
		);
	});

	it('refuses an invalid replacement and leaves the saved plan as it was', async () => {
		const created = await save('Stays valid');
		const res = await request<{ error: { code: string; issues: string[] } }>('PUT', `/api/plans/${created.id}`, { plan: { ...simplePlan('x'), phases: [] } });
		expect(res.status).toBe(400);
		expect(res.body.error).toMatchObject({ code: 'invalid_plan', issues: ['phases: must have at least one phase'] });
		expect((await request<SavedPlan>('GET', `/api/plans/${created.id}`)).body).toEqual(created);
	});

	it('refuses a body without a plan as an invalid request', async () => {
		const res = await request<{ error: { code: string } }>('POST', '/api/plans', { title: 'no plan here' });
		expect(res.status).toBe(400);
		expect(res.body.error.code).toBe('invalid_request');
	});

	it('shows another keeper’s plan to no one else: read, replace and delete answer 404 like a missing plan', async () => {
		const mine = await save('Only mine');
		const missing = await request<{ error: unknown }>('GET', '/api/plans/no-such-plan', undefined, otherCookie);
		const read = await request<{ error: unknown }>('GET', `/api/plans/${mine.id}`, undefined, otherCookie);
		expect(read).toEqual(missing);
		expect(read.status).toBe(404);
		expect((await request('PUT', `/api/plans/${mine.id}`, { plan: simplePlan('Taken over') }, otherCookie)).status).toBe(404);
		expect((await request('DELETE', `/api/plans/${mine.id}`, undefined, otherCookie)).status).toBe(404);
		expect((await request<{ plans: PlanSummary[] }>('GET', '/api/plans', undefined, otherCookie)).body.plans).toEqual([]);
		expect((await request<SavedPlan>('GET', `/api/plans/${mine.id}`)).body).toEqual(mine);
	});

	it('asks someone signed out to sign in', async () => {
		for (const [method, path] of [['GET', '/api/plans'], ['GET', '/api/plans/x'], ['POST', '/api/plans'], ['PUT', '/api/plans/x'], ['DELETE', '/api/plans/x']] as const) {
			const res = await request<{ error: { code: string } }>(method, path, method === 'POST' || method === 'PUT' ? { plan: simplePlan('x') } : undefined, '');
			expect(res.status, `${method} ${path}`).toBe(401);
			expect(res.body.error.code).toBe('not_signed_in');
		}
	});

	it('starts a circle from a saved plan', async () => {
		const mine = await save('Circle from the library');
		const circle = await createCircle(server, cookie, { plan: mine.plan });
		expect(circle.joinCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
	});
});
