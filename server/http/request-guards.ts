// Checks every API request passes before its route runs: a browser's state-changing request must come from
// our own origin (the same rule as the socket handshake), and a query parameter may be given only once.
import type { FastifyInstance } from 'fastify';
import { fail } from './replies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Browsers send Origin on cross-site and on state-changing requests; non-browser clients send none and
 * authenticate with tokens or the session cookie alone. With no allow-list, the page's own host is allowed.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowedOrigins: readonly string[]): boolean {
	if (origin === undefined) return true;
	if (allowedOrigins.length > 0) return allowedOrigins.includes(origin);
	try {
		return host !== undefined && new URL(origin).host === host;
	} catch {
		return false;
	}
}

export function installRequestGuards(api: FastifyInstance, allowedOrigins: readonly string[]): void {
	api.addHook('onRequest', async (request, reply) => {
		if (!SAFE_METHODS.has(request.method) && !originAllowed(request.headers.origin, request.headers.host, allowedOrigins)) {
			return fail(reply, 403, 'origin_not_allowed', 'This request came from another site. Use Circlekeeper’s own pages.');
		}
		const query = request.query as Record<string, unknown>;
		const repeated = Object.keys(query).find((key) => Array.isArray(query[key]));
		if (repeated !== undefined) return fail(reply, 400, 'invalid_request', `Give the query parameter "${repeated}" once.`);
	});
}
