// Organizers' review routes: approved harvests by program and date, one harvest, trends across harvests, and
// CSV/JSON exports. Every count is suppressed (1–10 hidden); every read of a harvest and every export is audited.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ReviewListItem } from '../../src/lib/wire/review';
import type { Clock } from '../clock';
import { aggregatesCsv } from '../harvest/export';
import { aggregates, reviewedHarvest, type ProgramNames } from '../harvest/review';
import { writeAudit } from '../store/audit';
import type { Database } from '../store/database';
import { listApproved } from '../store/harvests';
import { listPrograms } from '../store/programs';
import { fail } from './replies';
import { signedIn } from './signed-in';

export interface ReviewRoutesOptions {
	db: Database;
	clock: Clock;
}

interface ReviewQuery {
	programId?: string;
	from?: string;
	to?: string;
}

const REVIEWERS = ['organizer', 'admin'] as const;
const REFUSAL = 'Only organizers read harvests.';
const MAX_QUERY_LENGTH = 64;

/** A date bound: epoch milliseconds or an ISO date ("2026-03-01"); undefined when absent, NaN when unreadable. */
function parseTime(value: string | undefined): number | undefined {
	if (value === undefined || value === '') return undefined;
	if (value.length > MAX_QUERY_LENGTH) return Number.NaN;
	return /^\d+$/u.test(value) ? Number(value) : Date.parse(value);
}

export async function reviewRoutes(app: FastifyInstance, { db, clock }: ReviewRoutesOptions): Promise<void> {
	async function programNames(): Promise<ProgramNames> {
		const names = new Map((await listPrograms(db)).map((p) => [p.id, p.name]));
		return (id) => (id === null ? null : (names.get(id) ?? null));
	}

	/** The filter of a request, or undefined when it answered 400. */
	function filterOf(query: ReviewQuery, reply: FastifyReply) {
		const from = parseTime(query.from);
		const to = parseTime(query.to);
		if (Number.isNaN(from) || Number.isNaN(to)) return void fail(reply, 400, 'invalid_request', 'from and to must be dates (2026-03-01) or epoch milliseconds.');
		const programId = query.programId === undefined || query.programId === '' ? undefined : query.programId.slice(0, MAX_QUERY_LENGTH);
		return { programId, from, to };
	}

	/** Trends for the request's filter, cut from the suppression of every approved harvest. */
	async function report(query: ReviewQuery, reply: FastifyReply) {
		const filter = filterOf(query, reply);
		if (!filter) return undefined;
		const approved = await listApproved(db, clock.now());
		const pick = (h: { programId: string | null; closedAt: number }) =>
			(filter.programId === undefined || h.programId === filter.programId) &&
			(filter.from === undefined || h.closedAt >= filter.from) &&
			(filter.to === undefined || h.closedAt <= filter.to);
		return { filter, result: aggregates(approved, pick, filter.programId ?? null, await programNames()) };
	}

	app.get<{ Querystring: ReviewQuery }>('/review/harvests', async (request, reply) => {
		if (!(await signedIn({ db, clock }, request, reply, REVIEWERS, REFUSAL))) return reply;
		const filter = filterOf(request.query, reply);
		if (!filter) return reply;
		const names = await programNames();
		const harvests: ReviewListItem[] = (await listApproved(db, clock.now(), filter)).map((h) => ({
			circleId: h.circleId,
			title: h.title,
			program: h.programId === null ? null : { id: h.programId, name: names(h.programId) ?? '' },
			closedAt: h.closedAt
		}));
		return { harvests };
	});

	app.get<{ Params: { circleId: string } }>('/review/harvests/:circleId', async (request, reply) => {
		const account = await signedIn({ db, clock }, request, reply, REVIEWERS, REFUSAL);
		if (!account) return reply;
		const now = clock.now();
		const harvest = reviewedHarvest(await listApproved(db, now), request.params.circleId, await programNames());
		if (!harvest) return fail(reply, 404, 'not_found', 'There is no approved harvest for this circle.');
		await writeAudit(db, { at: now, accountId: account.id, action: 'harvest_viewed', target: harvest.circleId });
		return harvest;
	});

	app.get<{ Querystring: ReviewQuery }>('/review/aggregates', async (request, reply) => {
		if (!(await signedIn({ db, clock }, request, reply, REVIEWERS, REFUSAL))) return reply;
		const found = await report(request.query, reply);
		return found ? found.result : reply;
	});

	app.get<{ Querystring: ReviewQuery }>('/review/export.csv', async (request, reply) => {
		const account = await signedIn({ db, clock }, request, reply, REVIEWERS, REFUSAL);
		if (!account) return reply;
		const found = await report(request.query, reply);
		if (!found) return reply;
		await writeAudit(db, { at: clock.now(), accountId: account.id, action: 'harvests_exported', target: `csv:${found.filter.programId ?? 'all'}` });
		return reply
			.header('content-type', 'text/csv; charset=utf-8')
			.header('content-disposition', 'attachment; filename="circlekeeper-harvests.csv"')
			.send(aggregatesCsv(found.result));
	});

	app.get<{ Querystring: ReviewQuery }>('/review/export.json', async (request, reply) => {
		const account = await signedIn({ db, clock }, request, reply, REVIEWERS, REFUSAL);
		if (!account) return reply;
		const found = await report(request.query, reply);
		if (!found) return reply;
		const now = clock.now();
		const approved = await listApproved(db, now);
		const names = await programNames();
		const harvests = found.result.circles.flatMap((c) => reviewedHarvest(approved, c.circleId, names) ?? []);
		await writeAudit(db, { at: now, accountId: account.id, action: 'harvests_exported', target: `json:${found.filter.programId ?? 'all'}` });
		return reply.header('content-disposition', 'attachment; filename="circlekeeper-harvests.json"').send({ aggregates: found.result, harvests });
	});
}
