// Keepers' plan library: list, read, save, replace and delete their own plans.
// Plans are validated with the protocol's parsePlan; another keeper's plan answers 404, the same as a missing one.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parsePlan, type Plan } from '../../src/lib/protocol/plan';
import { SavePlanBodySchema, type PlanSummary, type SavedPlan } from '../../src/lib/wire/plans';
import { accountFromCookie } from '../auth/session-cookie';
import { newId } from '../auth/tokens';
import type { Clock } from '../clock';
import type { Account } from '../store/accounts';
import type { Database } from '../store/database';
import { createPlan, deletePlan, getPlanForOwner, listPlansForOwner, updatePlan, type StoredPlan } from '../store/plans';
import { bodyOf } from './openapi';
import { fail, parseBody } from './replies';

export interface PlanRoutesOptions {
	db: Database;
	clock: Clock;
}

function saved(stored: StoredPlan): SavedPlan {
	return { id: stored.id, plan: JSON.parse(stored.planJson) as Plan, createdAt: stored.createdAt, updatedAt: stored.updatedAt };
}

export async function planRoutes(app: FastifyInstance, { db, clock }: PlanRoutesOptions): Promise<void> {
	async function keeper(request: FastifyRequest, reply: FastifyReply): Promise<Account | undefined> {
		const account = await accountFromCookie(db, request.headers.cookie, clock.now());
		if (!account) return void fail(reply, 401, 'not_signed_in', 'Sign in to continue.');
		if (!account.roles.includes('keeper')) return void fail(reply, 403, 'not_authorized', 'Only keepers keep plans.');
		return account;
	}

	/** The body's plan, validated; undefined when it answered 400. */
	function validPlan(request: FastifyRequest, reply: FastifyReply): Plan | undefined {
		const body = parseBody(SavePlanBodySchema, request.body, reply);
		if (!body) return undefined;
		const plan = parsePlan(body.plan);
		if (!plan.ok) return void fail(reply, 400, 'invalid_plan', 'The plan has problems to fix first.', plan.errors);
		return plan.plan;
	}

	const notFound = (reply: FastifyReply) => fail(reply, 404, 'not_found', 'There is no such plan among yours.');

	app.get('/plans', async (request, reply) => {
		const account = await keeper(request, reply);
		if (!account) return reply;
		const plans: PlanSummary[] = (await listPlansForOwner(db, account.id)).map((p) => ({
			id: p.id,
			title: p.title,
			phaseCount: (JSON.parse(p.planJson) as Plan).phases.length,
			updatedAt: p.updatedAt
		}));
		return { plans };
	});

	app.get<{ Params: { id: string } }>('/plans/:id', async (request, reply) => {
		const account = await keeper(request, reply);
		if (!account) return reply;
		const stored = await getPlanForOwner(db, request.params.id, account.id);
		return stored ? saved(stored) : notFound(reply);
	});

	app.post('/plans', { config: bodyOf(SavePlanBodySchema) }, async (request, reply) => {
		const account = await keeper(request, reply);
		if (!account) return reply;
		const plan = validPlan(request, reply);
		if (!plan) return reply;
		const stored = await createPlan(db, { id: newId(), ownerAccountId: account.id, title: plan.title.en, planJson: JSON.stringify(plan), now: clock.now() });
		return reply.code(201).send(saved(stored));
	});

	app.put<{ Params: { id: string } }>('/plans/:id', { config: bodyOf(SavePlanBodySchema) }, async (request, reply) => {
		const account = await keeper(request, reply);
		if (!account) return reply;
		// Ownership first, so a stranger learns nothing about the plan, not even whether their body was valid.
		if (!(await getPlanForOwner(db, request.params.id, account.id))) return notFound(reply);
		const plan = validPlan(request, reply);
		if (!plan) return reply;
		const stored = await updatePlan(db, { id: request.params.id, ownerAccountId: account.id, title: plan.title.en, planJson: JSON.stringify(plan), now: clock.now() });
		return stored ? saved(stored) : notFound(reply);
	});

	app.delete<{ Params: { id: string } }>('/plans/:id', async (request, reply) => {
		const account = await keeper(request, reply);
		if (!account) return reply;
		return (await deletePlan(db, request.params.id, account.id)) ? reply.code(204).send() : notFound(reply);
	});
}
