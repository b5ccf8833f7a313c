// How participants get a seat without an account: a join code or QR token, then a name, then a rejoin token.
// Every failure gets the same reply; failures are limited per address and slowed across the whole server.
import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Localized } from '../../src/lib/protocol';
import { JoinBodySchema, JoinCheckBodySchema, type JoinedCircle } from '../../src/lib/wire/http';
import { hashToken, newToken } from '../auth/tokens';
import type { Clock } from '../clock';
import type { CircleHost } from '../circles/circle-host';
import { releaseIfNeverConnected } from '../circles/joining-seats';
import type { CircleRegistry } from '../circles/registry';
import { normalizeJoinCode } from '../join-codes';
import type { Keyring } from '../store/circle-keys';
import { findCircleByJoinCode, findCircleByQrTokenHash, type Circle } from '../store/circles';
import type { Database } from '../store/database';
import { countAllJoinFailuresSince, countJoinFailuresSince, recordJoinFailure } from '../store/join-attempts';
import { createSeatToken, deleteSeatTokensForSeat } from '../store/seat-tokens';
import { KeyedLimiter, KeyedSerializer } from '../rate-limit';
import { bodyOf } from './openapi';
import { fail, parseBody } from './replies';

/** Failed joins allowed per address within the window; then 429 until the window passes. */
export const JOIN_FAILURES_PER_ADDRESS = 10;
/**
 * Past this many failures server-wide within the window, every attempt waits GUESSING_DELAY_MS before its
 * code is checked: guessing slows for everyone, and a correct code from anywhere still opens the circle.
 */
export const JOIN_FAILURES_GLOBAL = 500;
export const GUESSING_DELAY_MS = 1_000;
export const JOIN_FAILURE_WINDOW_MS = 10 * 60_000;
/**
 * Seats one address may take in one circle: a whole room behind one Wi-Fi address at once (a circle holds
 * at most 60), then one every two seconds, so one script cannot fill the circle in a blink.
 */
export const JOINS_PER_ADDRESS_BURST = 45;
export const JOINS_PER_ADDRESS_PER_SECOND = 0.5;
/** A seat taken over HTTP whose device has not connected by then is released (the page connects within seconds). */
export const JOINING_RELEASE_MS = 2 * 60_000;
/** Seat ids are short but random: 72 bits, enough that one seat cannot be guessed from another. */
const SEAT_ID_BYTES = 9;

export interface JoinRoutesOptions {
	db: Database;
	keyring: Keyring;
	clock: Clock;
	registry: CircleRegistry;
	log: FastifyBaseLogger;
	joiningReleaseMs: number;
}

const TOO_MANY = 'Too many attempts. Please wait a few minutes, then ask your keeper for the code again.';

export async function joinRoutes(app: FastifyInstance, { db, keyring, clock, registry, log, joiningReleaseMs }: JoinRoutesOptions): Promise<void> {
	// Addresses are stored only as keyed hashes; the key lives in memory, so the table cannot be reversed.
	const addressKeySecret = randomBytes(32);
	const addressKey = (ip: string) => createHmac('sha256', addressKeySecret).update(ip).digest('hex');
	const seatsTaken = new KeyedLimiter(JOINS_PER_ADDRESS_BURST, JOINS_PER_ADDRESS_PER_SECOND);
	const perAddress = new KeyedSerializer();

	/**
	 * Checks the code for this address, or answers 429 past its failures. Attempts from one address take turns
	 * (count, look up, record a failure), so 1,500 parallel guesses are checked exactly the limit's number of
	 * times (regression: ~1,000 raced past a count of 10); different addresses run in parallel. The queue is
	 * per process: a circle belongs to one process, and so does the join traffic for it.
	 */
	async function openCircle(request: FastifyRequest, reply: FastifyReply, body: { code?: string; qrToken?: string }): Promise<{ circle: Circle; host: CircleHost } | undefined> {
		if ((await countAllJoinFailuresSince(db, clock.now() - JOIN_FAILURE_WINDOW_MS)) >= JOIN_FAILURES_GLOBAL) await delay(GUESSING_DELAY_MS);
		const key = addressKey(request.ip);
		const found = await perAddress.run(key, async () => {
			if ((await countJoinFailuresSince(db, key, clock.now() - JOIN_FAILURE_WINDOW_MS)) >= JOIN_FAILURES_PER_ADDRESS) return 'limited' as const;
			const circle = await findOpenCircle(body);
			const host = circle && (await registry.get(circle.id));
			if (circle && host) return { circle, host };
			await recordJoinFailure(db, key, clock.now());
			return 'failed' as const;
		});
		if (found === 'limited') {
			void reply.header('retry-after', Math.ceil(JOIN_FAILURE_WINDOW_MS / 1000));
			return void fail(reply, 429, 'rate_limited', TOO_MANY);
		}
		if (found === 'failed') return void fail(reply, 404, 'join_failed', 'That code did not open a circle. Check it with your keeper and try again.');
		return found;
	}

	async function findOpenCircle(body: { code?: string; qrToken?: string }): Promise<Circle | undefined> {
		let circle: Circle | undefined;
		if (body.code !== undefined) {
			const code = normalizeJoinCode(body.code);
			circle = code === null ? undefined : await findCircleByJoinCode(db, keyring, code);
		} else {
			circle = await findCircleByQrTokenHash(db, hashToken(body.qrToken ?? ''));
		}
		return circle && circle.status !== 'closed' ? circle : undefined;
	}

	/** What a person sees before taking a seat: the circle's name and its proposed agreements. */
	app.post('/join/check', { config: bodyOf(JoinCheckBodySchema) }, async (request, reply) => {
		const body = parseBody(JoinCheckBodySchema, request.body, reply);
		if (!body) return reply;
		const found = await openCircle(request, reply, body);
		if (!found) return reply;
		const { circle, host } = found;
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

	app.post('/join', { config: bodyOf(JoinBodySchema) }, async (request, reply) => {
		const body = parseBody(JoinBodySchema, request.body, reply);
		if (!body) return reply;
		const found = await openCircle(request, reply, body);
		if (!found) return reply;
		const { circle, host } = found;
		const taken = seatsTaken.take(`${addressKey(request.ip)}/${circle.id}`, clock.now());
		if (!taken.ok) {
			void reply.header('retry-after', Math.ceil(taken.retryAfterMs / 1000));
			return fail(reply, 429, 'rate_limited', 'Many people just joined from this network. Please try again in a few seconds.');
		}
		const seatId = randomBytes(SEAT_ID_BYTES).toString('base64url');
		const token = newToken();
		// The token is stored before the seat: a crash in between leaves a token for no seat (refused at the
		// handshake, deleted at close), never a seat that no token can reach.
		await createSeatToken(db, { tokenHash: hashToken(token), circleId: circle.id, seatId, now: clock.now() });
		const result = await host.submit({ role: 'system' }, { type: 'JOIN', seatId, role: 'participant', profile: body.profile, presence: 'joining' });
		if (!result.ok) {
			await deleteSeatTokensForSeat(db, circle.id, seatId);
			if (result.error.code === 'circle_locked') return fail(reply, 403, 'circle_locked', 'The keeper has closed this circle to new arrivals. Please speak with them.');
			return fail(reply, 409, result.error.code, result.error.message);
		}
		releaseIfNeverConnected(host, seatId, joiningReleaseMs, log);
		const joined: JoinedCircle = { circleId: circle.id, seatId, token };
		return reply.code(201).send(joined);
	});
}

function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
