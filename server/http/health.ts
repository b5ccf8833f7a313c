// Liveness and readiness for process managers and load balancers.
// Live means the process answers. Ready means the database takes writes, every open circle has been restored,
// and no unexpected error happened in the last minute (see server/readiness.ts).
import type { FastifyInstance } from 'fastify';
import type { CircleRegistry } from '../circles/registry';
import type { Readiness } from '../readiness';
import type { OpenedDatabase } from '../store/database';

/** A database that has not answered by then counts as down (a stalled connection would otherwise hang the probe). */
export const READY_CHECK_TIMEOUT_MS = 2_000;

export interface HealthOptions {
	database: OpenedDatabase;
	registry: CircleRegistry;
	readiness: Readiness;
}

export async function healthRoutes(app: FastifyInstance, { database, registry, readiness }: HealthOptions): Promise<void> {
	app.get('/healthz', async () => ({ ok: true }));
	app.get('/readyz', async (_request, reply) => {
		if (!(await answersWithin(database.writable(), READY_CHECK_TIMEOUT_MS))) {
			return reply.code(503).send({ ok: false, reason: 'database unreachable' });
		}
		// Writes were failing and the database takes them again: the outage is over even if no write was due.
		readiness.storeSucceeded();
		const state = readiness.state();
		if (!state.ok) return reply.code(503).send(state);
		if (!registry.restored) return reply.code(503).send({ ok: false, reason: 'restoring circles' });
		return { ok: true, circles: registry.size };
	});
}

async function answersWithin(check: Promise<boolean>, ms: number): Promise<boolean> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
	try {
		return await Promise.race([check, late]);
	} finally {
		clearTimeout(timer);
	}
}
