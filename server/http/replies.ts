// How every HTTP route answers a failure: a status, a code from one list, and a message a person can act on.
// Request bodies are validated here with the shared valibot schemas before a route looks at them.
import type { FastifyInstance, FastifyReply } from 'fastify';
import * as v from 'valibot';
import { declaredBody } from './openapi';

/** A failure thrown from a hook (e.g. the rate limiter) rather than returned; `answerFailures` sends it in the usual shape. */
export class HttpFailure extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string
	) {
		super(message);
		this.name = 'HttpFailure';
	}
}

/** Answers thrown `HttpFailure`s in this plugin's scope; anything else goes on to the parent's error handler. */
export function answerFailures(app: FastifyInstance): void {
	app.setErrorHandler((error, _request, reply) => {
		if (error instanceof HttpFailure) return fail(reply, error.status, error.code, error.message);
		throw error;
	});
}

export function fail(reply: FastifyReply, status: number, code: string, message: string, issues?: string[]) {
	return reply.code(status).send({ error: { code, message, ...(issues ? { issues } : {}) } });
}

/**
 * Parses `body` or answers 400 with the field-by-field issues; returns undefined when it answered. The route must
 * declare the same schema in its options (`config: bodyOf(schema)`), which is what the OpenAPI document shows: a
 * route that parses a body it did not declare fails loudly in every test that calls it.
 */
export function parseBody<S extends v.GenericSchema>(schema: S, body: unknown, reply: FastifyReply): v.InferOutput<S> | undefined {
	if (declaredBody(reply.request.routeOptions) !== schema) throw new Error(`${reply.request.routeOptions.method} ${reply.request.routeOptions.url} parses a body schema it does not declare (config: bodyOf(schema))`);
	const result = v.safeParse(schema, body);
	if (result.success) return result.output;
	const issues = result.issues.map((i) => `${v.getDotPath(i) ?? 'body'}: ${i.message}`);
	void fail(reply, 400, 'invalid_request', 'Some fields are not valid.', issues);
	return undefined;
}
