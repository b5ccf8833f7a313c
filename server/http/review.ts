// Organizers' review routes: released harvests by program and date, one released harvest, a program's releases
// and how to make the next one, and CSV/JSON exports of a release. Nothing here reads a live aggregate: every count
// comes from a stored release (src/lib/harvest/release.ts). Every read of a harvest, export and release is audited.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { MakeReleaseSchema, NO_PROGRAM, type ReviewListItem } from '../../src/lib/wire/review';
import type { Clock } from '../clock';
import { aggregatesCsv } from '../harvest/export';
import { makeRelease } from '../harvest/releases';
import { releasedAggregates, releasedHarvest, type ProgramNames } from '../harvest/review';
import { writeAudit } from '../store/audit';
import type { Database } from '../store/database';
import { listApproved } from '../store/harvests';
import { listPrograms } from '../store/programs';
import { releaseNumbers } from '../store/releases';
import { bodyOf } from './openapi';
import { fail, parseBody } from './replies';
import { signedIn } from './signed-in';

export interface ReviewRoutesOptions {
	db: Database;
	clock: Clock;
}

/** `programId` absent or empty lists every program; NO_PROGRAM, circles outside any program. */
interface ListQuery {
	programId?: string;
	from?: string;
	to?: string;
}

/** A release of one program: `programId` absent, empty or NO_PROGRAM means circles outside any; `release` absent, the latest. */
interface ReleaseQuery {
	programId?: string;
	release?: string;
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

	/** The release a request names, or undefined when it answered 400 or 404. */
	async function releaseOf(query: ReleaseQuery, reply: FastifyReply) {
		const programId = query.programId === undefined || query.programId === '' || query.programId === NO_PROGRAM ? null : query.programId.slice(0, MAX_QUERY_LENGTH);
		const release = query.release === undefined || query.release === '' ? undefined : Number(query.release);
		if (release !== undefined && !(Number.isSafeInteger(release) && release >= 1)) return void fail(reply, 400, 'invalid_request', 'release must be a release number: 1, 2, 3…');
		const found = await releasedAggregates(db, { now: clock.now(), programId, release }, await programNames());
		if (!found) return void fail(reply, 404, 'not_found', `This program has no release ${release}.`);
		return found;
	}

	app.get<{ Querystring: ListQuery }>('/review/harvests', async (request, reply) => {
		if (!(await signedIn({ db, clock }, request, reply, REVIEWERS, REFUSAL))) return reply;
		const from = parseTime(request.query.from);
		const to = parseTime(request.query.to);
		if (Number.isNaN(from) || Number.isNaN(to)) return fail(reply, 400, 'invalid_request', 'from and to must be dates (2026-03-01) or epoch milliseconds.');
		const asked = request.query.programId;
		const programId = asked === undefined || asked === '' ? undefined : asked === NO_PROGRAM ? null : asked.slice(0, MAX_QUERY_LENGTH);
		const names = await programNames();
		const approved = await listApproved(db, clock.now(), { programId, from, to });
		const released = await releaseNumbers(db, approved.map((h) => h.circleId));
		const harvests: ReviewListItem[] = approved.flatMap((h) => {
			const release = released.get(h.circleId);
			if (release === undefined) return [];
			return [{ circleId: h.circleId, release, title: h.title, program: h.programId === null ? null : { id: h.programId, name: names(h.programId) ?? '' }, closedAt: h.closedAt }];
		});
		return { harvests };
	});

	app.get<{ Params: { circleId: string } }>('/review/harvests/:circleId', async (request, reply) => {
		const account = await signedIn({ db, clock }, request, reply, REVIEWERS, REFUSAL);
		if (!account) return reply;
		const now = clock.now();
		const harvest = await releasedHarvest(db, now, request.params.circleId, await programNames());
		if (!harvest) return fail(reply, 404, 'not_found', 'There is no released harvest for this circle: it shows once it is approved and in a release.');
		await writeAudit(db, { at: now, accountId: account.id, action: 'harvest_viewed', target: harvest.circleId });
		return harvest;
	});

	app.get<{ Querystring: ReleaseQuery }>('/review/aggregates', async (request, reply) => {
		if (!(await signedIn({ db, clock }, request, reply, REVIEWERS, REFUSAL))) return reply;
		return (await releaseOf(request.query, reply)) ?? reply;
	});

	app.post('/review/releases', { config: bodyOf(MakeReleaseSchema) }, async (request, reply) => {
		const account = await signedIn({ db, clock }, request, reply, REVIEWERS, REFUSAL);
		if (!account) return reply;
		const body = parseBody(MakeReleaseSchema, request.body, reply);
		if (!body) return reply;
		const made = await makeRelease(db, { programId: body.programId, now: clock.now(), accountId: account.id });
		if (!made.ok) return fail(reply, 409, made.error.code, made.error.message);
		const { number, madeAt, circleCount } = made.value;
		return reply.code(201).send({ number, madeAt, circleCount });
	});

	app.get<{ Querystring: ReleaseQuery }>('/review/export.csv', async (request, reply) => {
		const account = await signedIn({ db, clock }, request, reply, REVIEWERS, REFUSAL);
		if (!account) return reply;
		const found = await releaseOf(request.query, reply);
		if (!found) return reply;
		await writeAudit(db, { at: clock.now(), accountId: account.id, action: 'harvests_exported', target: `csv:${found.programId ?? 'no-program'}#${found.release?.number ?? 0}` });
		return reply
			.header('content-type', 'text/csv; charset=utf-8')
			.header('content-disposition', 'attachment; filename="circlekeeper-release.csv"')
			.send(aggregatesCsv(found));
	});

	app.get<{ Querystring: ReleaseQuery }>('/review/export.json', async (request, reply) => {
		const account = await signedIn({ db, clock }, request, reply, REVIEWERS, REFUSAL);
		if (!account) return reply;
		const found = await releaseOf(request.query, reply);
		if (!found) return reply;
		const now = clock.now();
		const names = await programNames();
		const harvests = [];
		for (const c of found.circles) {
			const h = await releasedHarvest(db, now, c.circleId, names);
			if (h) harvests.push(h);
		}
		await writeAudit(db, { at: now, accountId: account.id, action: 'harvests_exported', target: `json:${found.programId ?? 'no-program'}#${found.release?.number ?? 0}` });
		return reply.header('content-disposition', 'attachment; filename="circlekeeper-release.json"').send({ aggregates: found, harvests });
	});
}
