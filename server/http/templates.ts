// The templates shipped with the app, readable over HTTP by any client: their ids (what POST /api/circles
// takes as `templateId`) and each one's whole plan, in the plan format a keeper's own plans use.
import type { FastifyInstance } from 'fastify';
import { parsePlan } from '../../src/lib/protocol';
import { templateById, TEMPLATES } from '../../src/lib/protocol/templates';
import { fail } from './replies';

export async function templateRoutes(app: FastifyInstance): Promise<void> {
	app.get('/templates', async () => ({
		templates: TEMPLATES.map((t) => ({ id: t.id, title: t.plan.title, phases: t.plan.phases.length }))
	}));

	/** The plan as the server will run it: parsed, with every default filled in. */
	app.get<{ Params: { id: string } }>('/templates/:id', async (request, reply) => {
		const template = templateById(request.params.id);
		const parsed = template && parsePlan(template.plan);
		if (!template || !parsed?.ok) return fail(reply, 404, 'not_found', `There is no template "${request.params.id}". GET /api/templates lists them.`);
		return { id: template.id, plan: parsed.plan };
	});
}
