// The HTTP API's OpenAPI document, served at /api/openapi.json: @fastify/swagger collects every registered route, and
// each request body is documented from the very valibot schema the route validates with (`bodyOf`, `parseBody`).
import fastifySwagger from '@fastify/swagger';
import { toJsonSchema } from '@valibot/to-json-schema';
import type { FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import type * as v from 'valibot';
import { PlanSchema } from '../../src/lib/protocol/plan';

declare module 'fastify' {
	interface FastifyContextConfig {
		/** The route's request body schema (see `bodyOf`). */
		body?: v.GenericSchema;
	}
}

/** A route's request body schema, declared once in its options: `{ config: bodyOf(SetupBodySchema) }`. */
export function bodyOf<S extends v.GenericSchema>(schema: S): { body: S } {
	return { body: schema };
}

/** The body schema a route declared, if any. */
export function declaredBody(route: Pick<RouteOptions, 'config'>): v.GenericSchema | undefined {
	return route.config?.body;
}

/** A body schema as JSON Schema. `ignore`: transforms (trim, defaults) have no JSON Schema form. */
export function bodyJsonSchema(schema: v.GenericSchema): Record<string, unknown> {
	const { $schema: _dialect, ...json } = toJsonSchema(schema, { errorMode: 'ignore' });
	return json;
}

/** Every API route as registered, for the test that compares it with the document. */
export interface RegisteredRoute {
	method: string;
	url: string;
	body: v.GenericSchema | undefined;
}

/**
 * Registers the document's collector; call before any route is registered (it reads each route as it is added).
 * Returns the list of API routes it saw, filled in as they are registered.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<RegisteredRoute[]> {
	const seen: RegisteredRoute[] = [];
	app.addHook('onRoute', (route) => {
		if (!route.url.startsWith('/api/') || route.url === '/api/openapi.json' || route.url === '/api/plan.schema.json') return;
		for (const method of [route.method].flat()) if (method !== 'HEAD') seen.push({ method, url: route.url, body: declaredBody(route) });
	});
	await app.register(fastifySwagger, {
		openapi: {
			info: {
				title: 'Circlekeeper HTTP API',
				version,
				description: 'Accounts, circles, joining, plans, harvests and review. Errors answer { error: { code, message, issues? } }; see docs/clients.md. Live circles run over Socket.io: docs/protocol.md.'
			}
		},
		transform: ({ schema, url, route }) => {
			const body = declaredBody(route);
			const documented: FastifySchema = { ...schema, ...(body ? { body: bodyJsonSchema(body) } : {}) };
			return { schema: url.startsWith('/api/') ? documented : { ...documented, hide: true }, url };
		}
	});
	app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
	// The plan format for client developers, from the same schema that validates every plan (docs/clients.md).
	const planSchema = bodyJsonSchema(PlanSchema);
	app.get('/api/plan.schema.json', { schema: { hide: true } }, () => planSchema);
	return seen;
}
