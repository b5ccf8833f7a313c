// Issue 8, finding 2: hidden counts must not come back by subtraction over time. An adversary (an organizer) keeps
// every CSV export made after any sequence of approvals, withdrawals, expiries and release requests, and subtracts
// every pair (tests/support/differencing-adversary.ts). Against the real release code on a real database, nothing
// from 1 to 10 is ever derivable and every published number is true; the old live aggregates fail the same attack.
import Fastify from 'fastify';
import { sql } from 'kysely';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealBatch } from '../../src/lib/harvest/batch';
import { isSuppressed, suppressList } from '../../src/lib/harvest/suppression';
import { MIN_RELEASE_CIRCLES } from '../../src/lib/harvest/release';
import type { Harvest } from '../../src/lib/wire/harvest';
import type { ReviewAggregates } from '../../src/lib/wire/review';
import { aggregatesCsv, TOTALS_ROW_ID } from '../../server/harvest/export';
import { AtRestSecret } from '../../server/crypto/at-rest-secret';
import { Keyring } from '../../server/store/circle-keys';
import { Readiness } from '../../server/readiness';
import { HarvestJobs } from '../../server/harvest/jobs';
import { makeRelease } from '../../server/harvest/releases';
import { releasedAggregates } from '../../server/harvest/review';
import { openDatabase, type Database } from '../../server/store/database';
import { getHarvest, insertDraft, setStatus } from '../../server/store/harvests';
import { listReleases } from '../../server/store/releases';
import { attack, parseExport, type ParsedExport } from '../support/differencing-adversary';
import { harvestArbitrary, trueRow, trueSum } from '../support/random-harvests';
import { removeDir } from '../support/server';
import { serverBackends } from './backends';

const PROGRAM = 'p1';
const FAR_FUTURE = 10 ** 13;
const RUNS = 40;
/** Runs that must reach two releases, and published counts in two exports, for the adversary to have had a chance. */
const REACHED_FLOOR = 2;

type Op = { kind: 'approve' | 'withdraw' | 'expire'; circle: number } | { kind: 'release' } | { kind: 'export' };

const scenario = fc.integer({ min: 2 * MIN_RELEASE_CIRCLES, max: 12 }).chain((n) =>
	fc.record({
		harvests: fc.tuple(...Array.from({ length: n }, (_, i) => harvestArbitrary(`c${i + 1}`, PROGRAM))),
		ops: fc.array(
			fc.oneof(
				{ weight: 6, arbitrary: fc.record({ kind: fc.constant('approve' as const), circle: fc.nat({ max: n - 1 }) }) },
				{ weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('withdraw' as const, 'expire' as const), circle: fc.nat({ max: n - 1 }) }) },
				{ weight: 2, arbitrary: fc.constant({ kind: 'release' as const }) },
				{ weight: 2, arbitrary: fc.constant({ kind: 'export' as const }) }
			),
			{ minLength: 15, maxLength: 50, size: 'max' }
		)
	})
);

type Status = 'draft' | 'approved' | 'withdrawn' | 'gone';

/** What the test knows to be true: each harvest's status and which release sealed which circles. */
class Truth {
	status = new Map<string, Status>();
	batches: string[][] = [];
	constructor(readonly harvests: readonly Harvest[]) {
		for (const h of harvests) this.status.set(h.circleId, 'draft');
	}
	get sealed(): Set<string> {
		return new Set(this.batches.flat());
	}
	get pending(): string[] {
		return this.harvests.filter((h) => this.status.get(h.circleId) === 'approved' && !this.sealed.has(h.circleId)).map((h) => h.circleId);
	}
	row(id: string): Map<string, number> {
		return trueRow(this.harvests.find((h) => h.circleId === id)!);
	}
}

/** Every published number is the true count of its group, and every circle shown is sealed and approved now. */
function expectTrue(x: ParsedExport, truth: Truth): void {
	const columns = [...(x.rows.get(TOTALS_ROW_ID)?.keys() ?? [])];
	const batchTruth = truth.batches.map((ids) => trueSum(ids.map((id) => truth.row(id)), columns));
	const expected = new Map<string, Map<string, number>>([[TOTALS_ROW_ID, trueSum(batchTruth, columns)]]);
	batchTruth.forEach((t, b) => expected.set(`RELEASE ${b + 1}`, t));
	const shown = [...x.releaseOf.keys()].sort();
	expect(shown).toEqual([...truth.sealed].filter((id) => truth.status.get(id) === 'approved').sort());
	for (const id of shown) {
		expected.set(id, truth.row(id));
		expect(x.releaseOf.get(id)).toBe(String(truth.batches.findIndex((ids) => ids.includes(id)) + 1));
	}
	expect([...x.rows.keys()].sort()).toEqual([...expected.keys()].sort());
	for (const [row, cells] of x.rows) {
		for (const [col, v] of cells) if (v !== 'hidden') expect(v, `${row}.${col}`).toBe(expected.get(row)!.get(col));
	}
}

describe.each(serverBackends)('releases against the differencing adversary on $name', (backend) => {
	let db: Database;
	let close: () => Promise<void>;
	const dataDir = mkdtempSync(join(tmpdir(), 'circlekeeper-releases-'));
	const clock = { t: Date.UTC(2026, 5, 1), now() { return this.t; } };

	beforeAll(async () => {
		const fresh = await backend.fresh();
		const opened = await openDatabase({ url: fresh.config.databaseUrl, dataDir });
		db = opened.db;
		close = async () => {
			await db.destroy();
			await fresh.cleanup();
			removeDir(dataDir);
		};
	});
	afterAll(async () => close?.());

	/** The jobs as the server runs them; no hosted circles, nothing idle, drafts kept long enough for any run. */
	const jobOptions = () => ({
		db,
		clock,
		log: Fastify().log,
		readiness: new Readiness(Fastify().log, clock),
		isHosted: () => false,
		closeIdle: async () => 0,
		draftTtlMs: 365 * 24 * 60 * 60_000,
		keyring: new Keyring(new AtRestSecret(Buffer.from('a test secret of at least thirty-two characters')))
	});

	async function run(harvests: readonly Harvest[], ops: readonly Op[]): Promise<{ exports: ParsedExport[]; truth: Truth }> {
		for (const table of ['harvests', 'release_circles', 'releases', 'audit_log']) await sql`delete from ${sql.table(table)}`.execute(db);
		const jobs = new HarvestJobs(jobOptions());
		const truth = new Truth(harvests);
		for (const h of harvests) await insertDraft(db, { harvest: h, nameHashes: [], now: clock.t });
		const exports: ParsedExport[] = [];
		for (const op of ops) {
			clock.t += 60_000;
			if (op.kind === 'release') {
				const pending = truth.pending;
				const made = await makeRelease(db, { programId: PROGRAM, now: clock.t, accountId: 'organizer' });
				expect(made.ok).toBe(pending.length >= MIN_RELEASE_CIRCLES);
				if (made.ok) {
					expect(made.value.circleCount).toBe(pending.length);
					truth.batches.push(pending);
				}
			} else if (op.kind === 'export') {
				const report = await releasedAggregates(db, { now: clock.t, programId: PROGRAM }, () => 'Program');
				const x = parseExport(aggregatesCsv(report!));
				expectTrue(x, truth);
				exports.push(x);
			} else {
				const id = harvests[op.circle]!.circleId;
				const status = truth.status.get(id)!;
				if (op.kind === 'approve' && (status === 'draft' || status === 'withdrawn')) {
					await setStatus(db, id, { status: 'approved', approvedAt: clock.t, approvedBy: 'keeper', expiresAt: FAR_FUTURE });
					truth.status.set(id, 'approved');
				} else if (op.kind === 'withdraw' && status === 'approved') {
					await setStatus(db, id, { status: 'withdrawn', approvedAt: null, approvedBy: null });
					truth.status.set(id, 'withdrawn');
				} else if (op.kind === 'expire' && (status === 'approved' || status === 'withdrawn')) {
					// Its retention runs out now; the real retention job deletes it.
					await setStatus(db, id, { status, expiresAt: clock.t });
					expect(await jobs.expireNow()).toBe(1);
					expect(await getHarvest(db, id)).toBeUndefined();
					truth.status.set(id, 'gone');
				}
			}
		}
		return { exports, truth };
	}

	it('lets no count from 1 to 10 be derived from any export or any pair of exports, and publishes only true counts', { timeout: 300_000 }, async () => {
		// How often the runs reached the cases that matter, so a generator that stopped reaching them fails the test.
		// The runs are random: a few in forty reach each case (4 was seen), so the floor is 2, not a tenth.
		const reached = { twoReleases: 0, publishedCountsInTwoExports: 0 };
		await fc.assert(
			fc.asyncProperty(scenario, async ({ harvests, ops }) => {
				const { exports, truth } = await run(harvests, ops);
				expect(attack(exports)).toEqual([]);
				if (truth.batches.length >= 2) reached.twoReleases += 1;
				const published = (x: ParsedExport) => [...(x.rows.get(TOTALS_ROW_ID)?.values() ?? [])].some((v) => v !== 'hidden' && v > 0);
				if (exports.filter(published).length >= 2) reached.publishedCountsInTwoExports += 1;
			}),
			{ numRuns: RUNS }
		);
		expect(reached.twoReleases).toBeGreaterThanOrEqual(REACHED_FLOOR);
		expect(reached.publishedCountsInTwoExports).toBeGreaterThanOrEqual(REACHED_FLOOR);
	});

	it('keeps a release unchanged by a withdrawal, a re-approval and an expiry after it (the audit\'s before/after pairs)', async () => {
		const harvests = fc.sample(fc.tuple(...['c1', 'c2', 'c3', 'c4'].map((id) => harvestArbitrary(id, PROGRAM))), { numRuns: 1, seed: 8 })[0]!;
		const approveAll: Op[] = harvests.map((_, circle) => ({ kind: 'approve', circle }));
		const { exports } = await run(harvests, [...approveAll, { kind: 'release' }, { kind: 'export' }, { kind: 'withdraw', circle: 0 }, { kind: 'export' }, { kind: 'approve', circle: 0 }, { kind: 'export' }, { kind: 'expire', circle: 1 }, { kind: 'export' }]);
		const batchAndTotal = (x: ParsedExport) => JSON.stringify([...x.rows].filter(([id]) => id === TOTALS_ROW_ID || id.startsWith('RELEASE ')));
		expect(new Set(exports.map(batchAndTotal)).size).toBe(1);
		expect(exports.map((x) => x.releaseOf.size)).toEqual([4, 3, 4, 3]);
	});

	it('forgets the sealed row of a circle whose harvest expired while its release was being made (at the next retention run)', async () => {
		const harvests = fc.sample(fc.tuple(...['c1', 'c2', 'c3'].map((id) => harvestArbitrary(id, PROGRAM))), { numRuns: 1, seed: 11 })[0]!;
		await run(harvests, [...harvests.map((_, circle): Op => ({ kind: 'approve', circle })), { kind: 'release' }]);
		// The race: the harvest's row is deleted between reading what is pending and sealing it.
		await sql`delete from harvests where circle_id = 'c2'`.execute(db);
		await new HarvestJobs(jobOptions()).expireNow();
		const left = await sql<{ circle_id: string }>`select circle_id from release_circles order by circle_id`.execute(db);
		expect(left.rows.map((r) => r.circle_id)).toEqual(['c1', 'c3']);
		expect(await listReleases(db, PROGRAM)).toHaveLength(1);
	});
});

/** What main did before releases: every export suppressed afresh over every harvest approved at that moment. */
function liveExport(approved: readonly Harvest[]): ParsedExport {
	const batch = sealBatch(approved);
	const report: ReviewAggregates = {
		programId: PROGRAM,
		release: null,
		releases: [],
		circleCount: approved.length,
		circles: batch.circles.map((c, i) => ({ circleId: c.circleId, title: approved[i]!.title, program: null, closedAt: approved[i]!.closedAt, release: 1, ...c.row, evenness: null, topFifthShare: null, sharesHidden: null })),
		batches: [],
		totals: batch.totals,
		pending: { circles: 0, needed: 0 }
	};
	return parseExport(aggregatesCsv(report));
}

function liveExports(harvests: readonly Harvest[], ops: readonly Op[]): ParsedExport[] {
	const approved = new Set<string>();
	const gone = new Set<string>();
	const exports: ParsedExport[] = [];
	for (const op of ops) {
		if (op.kind === 'export') exports.push(liveExport(harvests.filter((h) => approved.has(h.circleId))));
		if (op.kind === 'release' || op.kind === 'export') continue;
		const id = harvests[op.circle]!.circleId;
		if (gone.has(id)) continue;
		if (op.kind === 'approve') approved.add(id);
		else approved.delete(id);
		if (op.kind === 'expire') gone.add(id);
	}
	return exports;
}

describe('the same adversary against live aggregates (the behaviour this replaces)', () => {
	it('catches a distribution printing 0 beside "<11" (every respondent chose the same answer), which a batch hides whole', () => {
		// As main printed a circle where all 4 respondents felt heard at 5: the row suppressed with no single-answer rule.
		const old = suppressList({ labels: ['1', '2', '3', '4', '5', 'skipped'], counts: [0, 0, 0, 0, 4, 0] });
		const oldExport: ParsedExport = { rows: new Map([['c1', new Map(old.cells.map((c, j) => [`heard_${j + 1}`, isSuppressed(c) ? 'hidden' : c.value]))]]), releaseOf: new Map() };
		expect(attack([oldExport])).toContainEqual({ kind: 'single_answer', detail: 'export 0, c1.heard: 0 0 0 0 hidden' });

		const [h] = fc.sample(harvestArbitrary('c1', PROGRAM), { numRuns: 1, seed: 5 });
		const alike: Harvest = { ...h!, feedback: { responses: 4, heard: [0, 0, 0, 0, 4], safe: [0, 0, 0, 1, 3] } };
		const sealed = liveExport([alike]);
		expect(attack([sealed]).filter((f) => f.kind === 'single_answer')).toEqual([]);
		expect(sealed.rows.get('c1')!.get('heard_1')).toBe('hidden');
	});

	it('catches the audit\'s case: export, approve one more circle of 5 people, export again', () => {
		const base = fc.sample(fc.tuple(...['c1', 'c2', 'c3'].map((id) => harvestArbitrary(id, PROGRAM))), { numRuns: 1, seed: 2 })[0]!;
		const extra = { ...fc.sample(harvestArbitrary('c4', PROGRAM), { numRuns: 1, seed: 3 })[0]!, counts: { participants: 4, keepers: 1, rounds: 2, turns: 4, passes: 0, returns: 0 } };
		const bigBase = base.map((h) => ({ ...h, counts: { ...h.counts, participants: 20 } }));
		const findings = attack([liveExport(bigBase), liveExport([...bigBase, extra])]);
		expect(findings).toContainEqual({ kind: 'difference', detail: expect.stringMatching(/TOTAL\.people: \d+ vs \d+/u) });
	});

	it('finds a count from 1 to 10 by subtraction after some sequence of approvals, withdrawals and expiries', () => {
		const safe = (s: { harvests: Harvest[]; ops: Op[] }) => !attack(liveExports(s.harvests, s.ops)).some((f) => f.kind === 'difference' || f.kind === 'residual');
		expect(() => fc.assert(fc.property(scenario, safe), { numRuns: 500 })).toThrow(/Property failed/u);
	});
});
