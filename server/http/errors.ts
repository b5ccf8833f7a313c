// One shape for every HTTP failure, including the ones Fastify raises before a route runs (bad JSON, an empty
// body, a wrong content type, a body too large): `{ error: { code, message, issues? } }`, as routes answer.
import type { FastifyError, FastifyInstance } from 'fastify';

/** Fastify's own errors, as the codes and messages our API documents. */
const fastifyErrors = (bodyLimitBytes: number): Record<string, { status: number; code: string; message: string }> => ({
	FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The request body is not valid JSON.' },
	FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The request says it is JSON but its body is empty. Send a JSON object.' },
	FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send the body as JSON, with content-type: application/json.' },
	FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_request', message: 'The content-length does not match the body.' },
	FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large', message: `The request body is larger than ${bodyLimitBytes / 1024} KB.` }
});

export function installErrorReplies(app: FastifyInstance, bodyLimitBytes: number): void {
	// The API reads JSON only; without this, a text/plain body would reach routes as a string.
	app.removeContentTypeParser('text/plain');
	const known = fastifyErrors(bodyLimitBytes);
	app.setErrorHandler((error: FastifyError, request, reply) => {
		const mapped = error.code ? known[error.code] : undefined;
		if (mapped) return reply.code(mapped.status).send({ error: { code: mapped.code, message: mapped.message } });
		const status = error.statusCode ?? 500;
		if (status >= 400 && status < 500) return reply.code(status).send({ error: { code: 'invalid_request', message: error.message } });
		request.log.error({ err: error }, 'request failed');
		return reply.code(500).send({ error: { code: 'internal', message: 'Something went wrong on the server. Please try again.' } });
	});
}
