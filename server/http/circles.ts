// Keepers' circle routes: create a circle from a template or plan, list them, show links, name a co-keeper, close.
// A new circle gets its join code, QR token and screen token here; only the tokens' hashes are stored.
import type { FastifyInstance, FastifyRequest, FastifyReply } from 'fastify';
import { createCircle as newCircleState, parsePlan } from '../../src/lib/protocol';
import { templateById } from '../../src/lib/protocol/templates';
import { CoKeeperBodySchema, CreateCircleBodySchema, ScreenJoiningBodySchema, type CreatedCircle } from '../../src/lib/wire/http';
import { accountFromCookie } from '../auth/session-cookie';
import { type CircleLinks, type LinkSigner } from '../auth/link-tokens';
import { hashToken, newId } from '../auth/tokens';
import type { Clock } from '../clock';
import { CO_KEEPER_SEAT_ID, KEEPER_SEAT_ID, keeperSeatFor } from '../circles/keeper-seats';
import type { CircleRegistry } from '../circles/registry';
import { displayJoinCode, newJoinCode } from '../join-codes';
import { findAccountByEmail, normalizeEmail, type Account } from '../store/accounts';
import type { Keyring } from '../store/circle-keys';
import { createCircle, findCircleByScreenTokenHash, getCircle, listCirclesForAccount, openCircleTexts, setCircleLinks, setCoKeeper, type Circle, type CircleTexts } from '../store/circles';
import type { Database } from '../store/database';
import { getProgram, setCircleProgram } from '../store/programs';
import type { AccessRevoker } from '../socket/gateway';
import { bodyOf } from './openapi';
import { fail, parseBody } from './replies';

const JOIN_CODE_ATTEMPTS = 5;

export interface CircleRoutesOptions {
	db: Database;
	keyring: Keyring;
	clock: Clock;
	registry: CircleRegistry;
	signer: LinkSigner;
	/** Sockets that lose access here (old screen links, a replaced co-keeper) are disconnected. */
	access: AccessRevoker;
}

function links(circle: { id: string; joinCode: string }, { qrToken, screenToken }: CircleLinks): CreatedCircle {
	return { id: circle.id, joinCode: displayJoinCode(circle.joinCode), joinPath: `/join#t=${qrToken}`, screenPath: `/screen/${circle.id}#t=${screenToken}` };
}

function summary(circle: Circle, texts: CircleTexts, account: Account) {
	return {
		id: circle.id,
		title: texts.title,
		status: circle.status,
		joinCode: texts.joinCode && displayJoinCode(texts.joinCode),
		role: keeperSeatFor(circle, account.id)?.role,
		createdAt: circle.createdAt,
		closedAt: circle.closedAt
	};
}

export async function circleRoutes(app: FastifyInstance, { db, keyring, clock, registry, signer, access }: CircleRoutesOptions): Promise<void> {
	const texts = (circle: Circle) => openCircleTexts(db, keyring, circle);
	const summarize = async (circle: Circle, account: Account) => summary(circle, await texts(circle), account);

	async function keeper(request: FastifyRequest, reply: FastifyReply): Promise<Account | undefined> {
		const account = await accountFromCookie(db, request.headers.cookie, clock.now());
		if (!account) return void fail(reply, 401, 'not_signed_in', 'Sign in to continue.');
		if (!account.roles.includes('keeper')) return void fail(reply, 403, 'not_authorized', 'Only keepers can run circles.');
		return account;
	}

	/** The circle, if this account keeps it; otherwise the same 404 whether or not it exists. */
	async function keptCircle(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, account: Account) {
		const circle = await getCircle(db, request.params.id);
		if (!circle || !keeperSeatFor(circle, account.id)) return void fail(reply, 404, 'not_found', 'There is no such circle among yours.');
		return circle;
	}

	app.post('/circles', { config: bodyOf(CreateCircleBodySchema) }, async (request, reply) => {
		const account = await keeper(request, reply);
		if (!account) return reply;
		const body = parseBody(CreateCircleBodySchema, request.body, reply);
		if (!body) return reply;
		const template = body.templateId === undefined ? undefined : templateById(body.templateId);
		if (body.templateId !== undefined && !template) return fail(reply, 400, 'invalid_request', `There is no template "${body.templateId}".`);
		const plan = parsePlan(template ? template.plan : body.plan);
		if (!plan.ok) return fail(reply, 400, 'invalid_plan', 'The plan has problems to fix first.', plan.errors);
		if (body.programId !== undefined && !(await getProgram(db, body.programId))) return fail(reply, 400, 'invalid_request', 'There is no such program.');

		const id = newId();
		const tokens = signer.links(id, 0);
		const now = clock.now();
		for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
			const joinCode = newJoinCode();
			const created = await createCircle(db, keyring, {
				id,
				ownerAccountId: account.id,
				title: plan.plan.title.en,
				planJson: JSON.stringify(plan.plan),
				joinCode,
				qrTokenHash: hashToken(tokens.qrToken),
				screenTokenHash: hashToken(tokens.screenToken),
				now
			});
			if (!created.ok) continue;
			if (body.programId !== undefined) await setCircleProgram(db, id, body.programId);
			const host = await registry.create(id, newCircleState({ plan: plan.plan, createdAt: now, admitAll: body.admitAll }));
			await host.submit({ role: 'system' }, {
				type: 'JOIN',
				seatId: KEEPER_SEAT_ID,
				role: 'keeper',
				presence: 'joining',
				profile: { name: body.keeperName, pronouns: '', language: 'en', access: { largeText: false, screenReader: false, extraTime: false, prefersToType: false } }
			});
			return reply.code(201).send(links({ id, joinCode }, tokens));
		}
		return fail(reply, 503, 'internal', 'Could not find a free join code. Please try again.');
	});

	app.get('/circles', async (request, reply) => {
		const account = await keeper(request, reply);
		if (!account) return reply;
		const circles = await listCirclesForAccount(db, account.id);
		return { circles: await Promise.all(circles.map((c) => summarize(c, account))) };
	});

	app.get<{ Params: { id: string } }>('/circles/:id', async (request, reply) => {
		const account = await keeper(request, reply);
		if (!account) return reply;
		const circle = await keptCircle(request, reply, account);
		return circle ? summarize(circle, account) : reply;
	});

	/** The circle's current join code, QR link and screen link, to show again. */
	app.get<{ Params: { id: string } }>('/circles/:id/links', async (request, reply) => {
		const account = await keeper(request, reply);
		if (!account) return reply;
		const circle = await keptCircle(request, reply, account);
		if (!circle) return reply;
		const { joinCode } = await texts(circle);
		if (!joinCode) return fail(reply, 409, 'circle_closed', 'This circle has ended.');
		return links({ id: circle.id, joinCode }, signer.links(circle.id, circle.linksEpoch));
	});

	/** Replaces the QR and screen links, e.g. when one was shared too widely; the old ones stop working. */
	app.post<{ Params: { id: string } }>('/circles/:id/links', async (request, reply) => {
		const account = await keeper(request, reply);
		if (!account) return reply;
		const circle = await keptCircle(request, reply, account);
		if (!circle) return reply;
		const linksEpoch = circle.linksEpoch + 1;
		const tokens = signer.links(circle.id, linksEpoch);
		const updated = await setCircleLinks(db, circle.id, { qrTokenHash: hashToken(tokens.qrToken), screenTokenHash: hashToken(tokens.screenToken), linksEpoch });
		const joinCode = updated.ok ? (await texts(updated.value)).joinCode : null;
		if (!joinCode) return fail(reply, 409, 'circle_closed', 'This circle has ended.');
		access.revokeScreens(circle.id);
		return links({ id: circle.id, joinCode }, tokens);
	});

	/** What the room's screen shows in the lobby: the join code and QR link. Authorized by the screen's own token. */
	app.post('/screen/joining', { config: bodyOf(ScreenJoiningBodySchema) }, async (request, reply) => {
		const body = parseBody(ScreenJoiningBodySchema, request.body, reply);
		if (!body) return reply;
		const circle = await findCircleByScreenTokenHash(db, hashToken(body.token));
		const joinCode = circle && (await texts(circle)).joinCode;
		if (!circle || !joinCode) return fail(reply, 404, 'not_found', 'This screen link is not for an open circle.');
		return { joinCode: displayJoinCode(joinCode), joinPath: `/join#t=${signer.links(circle.id, circle.linksEpoch).qrToken}` };
	});

	app.post<{ Params: { id: string } }>('/circles/:id/co-keeper', { config: bodyOf(CoKeeperBodySchema) }, async (request, reply) => {
		const account = await keeper(request, reply);
		if (!account) return reply;
		const circle = await keptCircle(request, reply, account);
		if (!circle) return reply;
		if (circle.ownerAccountId !== account.id) return fail(reply, 403, 'not_authorized', 'Only the circle’s keeper names a co-keeper.');
		const body = parseBody(CoKeeperBodySchema, request.body, reply);
		if (!body) return reply;
		const coKeeper = body.email === null ? null : await findAccountByEmail(db, normalizeEmail(body.email));
		if (coKeeper === undefined || (coKeeper && !coKeeper.roles.includes('keeper'))) {
			return fail(reply, 400, 'invalid_request', 'There is no keeper account with that email.');
		}
		if (coKeeper?.id === account.id) return fail(reply, 400, 'invalid_request', 'You already keep this circle.');
		const updated = await setCoKeeper(db, circle.id, coKeeper?.id ?? null);
		if (!updated.ok) return fail(reply, 409, 'circle_closed', 'This circle has ended.');
		// The co-keeper seat stays in the ring (it may have spoken); whoever held it loses its controls now.
		if (circle.coKeeperAccountId !== null && circle.coKeeperAccountId !== updated.value.coKeeperAccountId) access.revokeSeat(circle.id, CO_KEEPER_SEAT_ID);
		return summarize(updated.value, account);
	});
}
