// Liveness and readiness for process managers and load balancers.
// Ready means the database answers and every open circle has been restored.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { CircleRegistry } from '../circles/registry';
import type { Database } from '../store/database';

export async function healthRoutes(app: FastifyInstance, { db, registry }: { db: Database; registry: CircleRegistry }): Promise<void> {
	app.get('/healthz', async () => ({ ok: true }));
	app.get('/readyz', async (_request, reply) => {
		try {
			await sql`select 1`.execute(db);
		} catch {
			return reply.code(503).send({ ok: false, reason: 'database unreachable' });
		}
		if (!registry.restored) return reply.code(503).send({ ok: false, reason: 'restoring circles' });
		return { ok: true, circles: registry.size };
	});
}
