// Keepers' harvest routes: read the draft of a closed circle, edit it (redaction runs again on every text),
// approve it for organizers, or withdraw an approval. Only the circle's keeper and co-keeper may.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HarvestEditSchema, type Harvest } from '../../src/lib/wire/harvest';
import type { Clock } from '../clock';
import { keeperSeatFor } from '../circles/keeper-seats';
import { redactEdit } from '../harvest/name-hashes';
import { KeyedLimiter } from '../rate-limit';
import type { Keyring } from '../store/circle-keys';
import { getCircle } from '../store/circles';
import type { Database } from '../store/database';
import { forgetNameHashes, getHarvest, saveEdit, setStatus, type StoredHarvest } from '../store/harvests';
import { getProgram } from '../store/programs';
import { bodyOf } from './openapi';
import { fail, parseBody } from './replies';
import { signedIn } from './signed-in';

export const DAY_MS = 24 * 60 * 60_000;
/**
 * Each edit runs the roster-word hashes again, so edits are limited per keeper and circle: enough to revise a draft,
 * too few to test a word list against the hashes (the oracle the privacy audit found).
 */
export const EDITS_BURST = 10;
export const EDITS_PER_HOUR = 30;

export interface HarvestRoutesOptions {
	db: Database;
	keyring: Keyring;
	clock: Clock;
}

type CircleRequest = FastifyRequest<{ Params: { id: string } }>;

export async function harvestRoutes(app: FastifyInstance, { db, keyring, clock }: HarvestRoutesOptions): Promise<void> {
	const edits = new KeyedLimiter(EDITS_BURST, EDITS_PER_HOUR / 3600);

	/** The stored harvest of a circle this account keeps; the same 404 whether the circle is not theirs or has no harvest yet. */
	async function keptHarvest(request: CircleRequest, reply: FastifyReply): Promise<{ stored: StoredHarvest; accountId: string } | undefined> {
		const account = await signedIn({ db, clock }, request, reply, ['keeper'], 'Only keepers review harvests.');
		if (!account) return undefined;
		const circle = await getCircle(db, request.params.id);
		if (!circle || !keeperSeatFor(circle, account.id)) return void fail(reply, 404, 'not_found', 'There is no such circle among yours.');
		const stored = await getHarvest(db, circle.id);
		if (!stored) return void fail(reply, 404, 'no_harvest', 'This circle has no harvest yet: it appears a moment after the circle closes.');
		return { stored, accountId: account.id };
	}

	app.get<{ Params: { id: string } }>('/circles/:id/harvest', async (request, reply) => {
		const found = await keptHarvest(request, reply);
		return found ? found.stored.harvest : reply;
	});

	app.put<{ Params: { id: string } }>('/circles/:id/harvest', { config: bodyOf(HarvestEditSchema) }, async (request, reply) => {
		const found = await keptHarvest(request, reply);
		if (!found) return reply;
		const edit = parseBody(HarvestEditSchema, request.body, reply);
		if (!edit) return reply;
		const { harvest, nameHashes } = found.stored;
		if (harvest.status === 'approved') return fail(reply, 409, 'harvest_approved', 'This harvest is approved. Withdraw the approval to edit it.');
		const allowed = edits.take(`${found.accountId}:${harvest.circleId}`, clock.now());
		if (!allowed.ok) {
			void reply.header('retry-after', Math.ceil(allowed.retryAfterMs / 1000));
			return fail(reply, 429, 'rate_limited', 'That is many edits in a short time. Please wait a few minutes, then save again.');
		}
		const clean = (text: string) => redactEdit(text, keyring.secret.nameHashKeys(harvest.circleId), nameHashes);
		const unknown: string[] = [];
		// Items keep what only the server knows (a theme's phase, a reflection's scope); ids the draft never had are refused.
		function edited<T extends { id: number; text: string }>(list: 'themes' | 'agreements' | 'reflections', current: T[], edits: { id: number; text: string }[]): T[] {
			return edits.flatMap((e) => {
				const was = current.find((item) => item.id === e.id);
				if (!was) unknown.push(`${list}: no item ${e.id}`);
				return was ? [{ ...was, text: clean(e.text) }] : [];
			});
		}
		const next: Harvest = {
			...harvest,
			themes: edited('themes', harvest.themes, edit.themes),
			agreements: edited('agreements', harvest.agreements, edit.agreements),
			reflections: edited('reflections', harvest.reflections, edit.reflections)
		};
		if (unknown.length > 0) return fail(reply, 400, 'invalid_request', 'Some items are not in this harvest.', unknown);
		if (!(await saveEdit(db, next))) return fail(reply, 409, 'harvest_approved', 'This harvest is approved. Withdraw the approval to edit it.');
		return next;
	});

	app.post<{ Params: { id: string } }>('/circles/:id/harvest/approve', async (request, reply) => {
		const found = await keptHarvest(request, reply);
		if (!found) return reply;
		const { harvest } = found.stored;
		if (harvest.status === 'approved') return harvest;
		const now = clock.now();
		const program = harvest.programId === null ? undefined : await getProgram(db, harvest.programId);
		// Retention counts from approval; a harvest outside any program has no set period and is kept until withdrawn and deleted by hand.
		const expiresAt = program ? now + program.retentionDays * DAY_MS : null;
		await setStatus(db, harvest.circleId, { status: 'approved', approvedAt: now, approvedBy: found.accountId, expiresAt });
		await forgetNameHashes(db, harvest.circleId);
		return { ...harvest, status: 'approved', approvedAt: now };
	});

	app.post<{ Params: { id: string } }>('/circles/:id/harvest/withdraw', async (request, reply) => {
		const found = await keptHarvest(request, reply);
		if (!found) return reply;
		const { harvest } = found.stored;
		if (harvest.status !== 'approved') return fail(reply, 409, 'not_approved', 'Only an approved harvest can be withdrawn.');
		// expires_at stays: a withdrawn harvest is still deleted when its retention runs out.
		await setStatus(db, harvest.circleId, { status: 'withdrawn', approvedAt: null, approvedBy: null });
		return { ...harvest, status: 'withdrawn', approvedAt: null };
	});
}
