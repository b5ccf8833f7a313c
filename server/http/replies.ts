// How every HTTP route answers a failure: a status, a code from one list, and a message a person can act on.
// Request bodies are validated here with the shared valibot schemas before a route looks at them.
import type { FastifyReply } from 'fastify';
import * as v from 'valibot';

export function fail(reply: FastifyReply, status: number, code: string, message: string, issues?: string[]) {
	return reply.code(status).send({ error: { code, message, ...(issues ? { issues } : {}) } });
}

/** Parses `body` or answers 400 with the field-by-field issues; returns undefined when it answered. */
export function parseBody<S extends v.GenericSchema>(schema: S, body: unknown, reply: FastifyReply): v.InferOutput<S> | undefined {
	const result = v.safeParse(schema, body);
	if (result.success) return result.output;
	const issues = result.issues.map((i) => `${v.getDotPath(i) ?? 'body'}: ${i.message}`);
	void fail(reply, 400, 'invalid_request', 'Some fields are not valid.', issues);
	return undefined;
}
