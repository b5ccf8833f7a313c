// How participants get a seat without an account: a join code or QR token, then a name, then a rejoin token.
// Every failure gets the same reply, and failures are limited per address and across the whole server.
import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Localized } from '../../src/lib/protocol';
import { JoinBodySchema, JoinCheckBodySchema, type JoinedCircle } from '../../src/lib/wire/http';
import { hashToken, newToken } from '../auth/tokens';
import type { Clock } from '../clock';
import type { CircleRegistry } from '../circles/registry';
import { normalizeJoinCode } from '../join-codes';
import type { Keyring } from '../store/circle-keys';
import { findCircleByJoinCode, findCircleByQrTokenHash, type Circle } from '../store/circles';
import type { Database } from '../store/database';
import { countAllJoinFailuresSince, countJoinFailuresSince, recordJoinFailure } from '../store/join-attempts';
import { createSeatToken } from '../store/seat-tokens';
import { fail, parseBody } from './replies';

/** Failed joins allowed per address, and for the whole server, within the window. */
export const JOIN_FAILURES_PER_ADDRESS = 10;
export const JOIN_FAILURES_GLOBAL = 500;
export const JOIN_FAILURE_WINDOW_MS = 10 * 60_000;
/** Seat ids are short but random: 72 bits, enough that one seat cannot be guessed from another. */
const SEAT_ID_BYTES = 9;

export interface JoinRoutesOptions {
	db: Database;
	keyring: Keyring;
	clock: Clock;
	registry: CircleRegistry;
}

export async function joinRoutes(app: FastifyInstance, { db, keyring, clock, registry }: JoinRoutesOptions): Promise<void> {
	// Addresses are stored only as keyed hashes; the key lives in memory, so the table cannot be reversed.
	const addressKeySecret = randomBytes(32);
	const addressKey = (ip: string) => createHmac('sha256', addressKeySecret).update(ip).digest('hex');

	async function limited(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
		const since = clock.now() - JOIN_FAILURE_WINDOW_MS;
		const mine = await countJoinFailuresSince(db, addressKey(request.ip), since);
		const all = await countAllJoinFailuresSince(db, since);
		if (mine < JOIN_FAILURES_PER_ADDRESS && all < JOIN_FAILURES_GLOBAL) return false;
		void reply.header('retry-after', Math.ceil(JOIN_FAILURE_WINDOW_MS / 1000));
		void fail(reply, 429, 'rate_limited', 'Too many attempts. Please wait a few minutes, then ask your keeper for the code again.');
		return true;
	}

	async function failed(request: FastifyRequest, reply: FastifyReply) {
		await recordJoinFailure(db, addressKey(request.ip), clock.now());
		return fail(reply, 404, 'join_failed', 'That code did not open a circle. Check it with your keeper and try again.');
	}

	async function findOpenCircle(body: { code: string } | { qrToken: string }): Promise<Circle | undefined> {
		let circle: Circle | undefined;
		if ('code' in body) {
			const code = normalizeJoinCode(body.code);
			circle = code === null ? undefined : await findCircleByJoinCode(db, keyring, code);
		} else {
			circle = await findCircleByQrTokenHash(db, hashToken(body.qrToken));
		}
		return circle && circle.status !== 'closed' ? circle : undefined;
	}

	/** What a person sees before taking a seat: the circle's name and its proposed agreements. */
	app.post('/join/check', async (request, reply) => {
		if (await limited(request, reply)) return reply;
		const body = parseBody(JoinCheckBodySchema, request.body, reply);
		if (!body) return reply;
		const circle = await findOpenCircle(body);
		const host = circle && (await registry.get(circle.id));
		if (!circle || !host) return failed(request, reply);
		const ctx = host.circle.snapshot.context;
		const guidelines: Localized[] = ctx.plan.phases.flatMap((p) => (p.kind === 'agreements' ? p.guidelines : []));
		return {
			circleId: circle.id,
			title: ctx.plan.title,
			status: circle.status,
			locked: ctx.locked,
			guidelines,
			agreements: ctx.agreements
		};
	});

	app.post('/join', async (request, reply) => {
		if (await limited(request, reply)) return reply;
		const body = parseBody(JoinBodySchema, request.body, reply);
		if (!body) return reply;
		const circle = await findOpenCircle(body);
		const host = circle && (await registry.get(circle.id));
		if (!circle || !host) return failed(request, reply);
		const seatId = randomBytes(SEAT_ID_BYTES).toString('base64url');
		const result = await host.submit({ role: 'system' }, { type: 'JOIN', seatId, role: 'participant', profile: body.profile });
		if (!result.ok) {
			if (result.error.code === 'circle_locked') return fail(reply, 403, 'circle_locked', 'The keeper has closed this circle to new arrivals. Please speak with them.');
			return fail(reply, 409, result.error.code, result.error.message);
		}
		const token = newToken();
		await createSeatToken(db, { tokenHash: hashToken(token), circleId: circle.id, seatId, now: clock.now() });
		const joined: JoinedCircle = { circleId: circle.id, seatId, token };
		return reply.code(201).send(joined);
	});
}
