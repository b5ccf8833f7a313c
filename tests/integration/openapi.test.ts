// The OpenAPI document at /api/openapi.json matches the code: every API route is in it, and each request body is
// the JSON Schema of the valibot schema that route validates with (parseBody refuses an undeclared one).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bodyJsonSchema } from '../../server/http/openapi';
import { removeDir, startServer, type TestServer } from '../support/server';

interface Operation {
	requestBody?: { content: Record<string, { schema: unknown }> };
}
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

let server: TestServer;
let doc: Document;

beforeAll(async () => {
	server = await startServer();
	const response = await fetch(`${server.url}/api/openapi.json`);
	expect(response.status).toBe(200);
	doc = (await response.json()) as Document;
});

afterAll(async () => {
	await server?.close();
	if (server) removeDir(server.dataDir);
});

const openApiPath = (url: string) => url.replace(/:(\w+)/gu, '{$1}');

/**
 * What a client needs to agree on: the fields, which are required, and (for unions) each alternative's. Compared as
 * this shape because @fastify/swagger rewrites JSON Schema into OpenAPI 3.0's dialect (nullable, one-value enums).
 */
function shape(schema: unknown): unknown {
	const s = schema as { properties?: Record<string, unknown>; required?: string[]; anyOf?: unknown[]; oneOf?: unknown[] };
	if (s.anyOf ?? s.oneOf) return { alternatives: (s.anyOf ?? s.oneOf)!.map(shape) };
	return { fields: Object.keys(s.properties ?? {}).sort(), required: [...(s.required ?? [])].sort() };
}

it('is an OpenAPI 3 document listing every API route, and nothing else', () => {
	expect(doc.openapi).toMatch(/^3\./u);
	const routes = server.app.apiRoutes.map((r) => `${r.method} ${openApiPath(r.url)}`).sort();
	const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort();
	expect(routes.length).toBeGreaterThan(40);
	expect(documented).toEqual(routes);
});

it('documents each request body with the fields of the valibot schema the route validates with', () => {
	const withBody = server.app.apiRoutes.filter((r) => r.body !== undefined);
	expect(withBody.length).toBeGreaterThanOrEqual(20);
	for (const route of withBody) {
		const operation = doc.paths[openApiPath(route.url)]![route.method.toLowerCase()]!;
		expect(shape(operation.requestBody?.content['application/json']?.schema), `${route.method} ${route.url}`).toEqual(shape(bodyJsonSchema(route.body!)));
	}
	for (const route of server.app.apiRoutes.filter((r) => r.body === undefined)) {
		expect(doc.paths[openApiPath(route.url)]![route.method.toLowerCase()]!.requestBody, `${route.method} ${route.url}`).toBeUndefined();
	}
});

it('refuses, loudly, a route that parses a body schema it did not declare (so the document cannot drift)', async () => {
	const { default: Fastify } = await import('fastify');
	const { parseBody } = await import('../../server/http/replies');
	const { SetupBodySchema, LoginBodySchema } = await import('../../src/lib/wire/http');
	const { bodyOf } = await import('../../server/http/openapi');
	const app = Fastify();
	app.post('/drifted', { config: bodyOf(SetupBodySchema) }, async (request, reply) => parseBody(LoginBodySchema, request.body, reply) ?? reply);
	const response = await app.inject({ method: 'POST', url: '/drifted', payload: { email: 'a@example.org', password: 'long enough password' } });
	expect(response.statusCode).toBe(500);
	await app.close();
});

it('serves the plan format as JSON Schema, requiring what a plan requires', async () => {
	const schema = (await (await fetch(`${server.url}/api/plan.schema.json`)).json()) as { type: string; required: string[] };
	expect(schema.type).toBe('object');
	expect(schema.required).toEqual(expect.arrayContaining(['version', 'title', 'phases']));
});
