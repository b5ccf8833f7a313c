// Builds the one HTTP server: Fastify API routes under /api, SvelteKit pages as the not-found handler,
// and Socket.io on the same port. Returned unstarted so tests can listen on port 0.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { Server } from 'socket.io';
import { MAX_FRAME_BYTES } from '../src/lib/wire/socket';
import { systemClock, type Clock } from './clock';
import type { CircleHost } from './circles/circle-host';
import { releaseRestoredJoiningSeats } from './circles/joining-seats';
import { CircleRegistry } from './circles/registry';
import type { Config } from './config';
import { loadLinkSigner } from './auth/link-tokens';
import { loadAtRestSecret } from './crypto/at-rest-secret';
import { HarvestJobs } from './harvest/jobs';
import { SessionEndings } from './auth/session-endings';
import { accountPageRoutes } from './http/account';
import { accountRoutes } from './http/accounts';
import { adminRoutes } from './http/admin';
import { adminSignInRoutes } from './http/admin-sign-in';
import { installErrorReplies } from './http/errors';
import { circleRoutes } from './http/circles';
import { harvestRoutes } from './http/harvest';
import { healthRoutes } from './http/health';
import { JOINING_RELEASE_MS, joinRoutes } from './http/join';
import { passkeyRoutes } from './http/passkeys';
import { registerOpenApi, type RegisteredRoute } from './http/openapi';
import { planRoutes } from './http/plans';
import { installRequestGuards, originAllowed } from './http/request-guards';
import { templateRoutes } from './http/templates';
import { reviewRoutes } from './http/review';
import { Gateway, type GatewayServer } from './socket/gateway';
import type { SocketLimits } from './socket/socket-limits';
import { ViewAdapter } from './socket/view-adapter';
import { upgradeAtRest } from './store/at-rest-upgrade';
import { Keyring } from './store/circle-keys';
import { Readiness } from './readiness';
import { openDatabase, type OpenedDatabase } from './store/database';

/** The HTTP API's version in its OpenAPI document: the package's. */
const API_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** How long a dropped socket's session (rooms, missed packets) is kept for connection state recovery. */
export const RECOVERY_WINDOW_MS = 2 * 60_000;
/** JSON bodies are small: plans are the largest thing a person sends. */
export const BODY_LIMIT_BYTES = 256 * 1024;
/** After a restart, how long devices get to reconnect before their seats count as dropped. */
export const RESTORE_PRESENCE_GRACE_MS = 30_000;
const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;
/**
 * Socket.io pings every 5 s and gives up after 5 s more, so a frozen phone counts as dropped within ~10 s
 * (the defaults, 25 s + 20 s, made keepers wait ~74 s for the wait-or-skip question).
 */
export const PING_INTERVAL_MS = 5_000;
export const PING_TIMEOUT_MS = 5_000;

export interface App {
	http: FastifyInstance;
	io: GatewayServer;
	registry: CircleRegistry;
	gateway: Gateway;
	database: OpenedDatabase;
	/** Every /api route as registered, with its declared body schema (the OpenAPI test compares it with the document). */
	apiRoutes: RegisteredRoute[];
	/** The circles' data keys (sealing at rest); tests seed stored circles through it. */
	keyring: Keyring;
	/** What `/readyz` answers; the last-resort error handler in main.ts degrades it. */
	readiness: Readiness;
	/** The privacy jobs (purge sweep, retention); tests run them on demand with a fake clock. */
	harvestJobs: HarvestJobs;
	/**
	 * Sign-in sessions that ended (sign-out, sign out elsewhere, a removed passkey, a recovery), by token hash.
	 * The gateway subscribes here to close those sessions' keeper sockets.
	 */
	sessionEndings: SessionEndings;
	/** Stops taking joins and sockets, tells clients, finishes queued commands, closes everything. */
	close(): Promise<void>;
}

export interface AppOptions {
	clock?: Clock;
	/** Serve the built SvelteKit pages from this folder when it exists. @default 'build' */
	pagesDir?: string;
	/** Where log lines go (tests read them back). @default standard output */
	logStream?: { write(line: string): void };
	/** How long a seat taken over HTTP waits for a device before it is released. @default JOINING_RELEASE_MS */
	joiningReleaseMs?: number;
	/** Message rate and devices per seat. @default DEFAULT_SOCKET_LIMITS */
	socketLimits?: SocketLimits;
}

/**
 * Security headers on every response (helmet's defaults: nosniff, frame denial, HSTS, no referrer, …). The API
 * answers JSON only, so its policy allows nothing; pages get SvelteKit's policy instead (see the page handler).
 */
const SECURITY_HEADERS = {
	contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
	frameguard: { action: 'deny' as const },
	referrerPolicy: { policy: 'no-referrer' as const }
};

type PageHandler = (req: unknown, res: unknown, next: () => void) => void;

export async function buildApp(config: Config, options: AppOptions = {}): Promise<App> {
	const clock = options.clock ?? systemClock;
	const http = Fastify({
		logger: {
			level: config.logLevel,
			// Names, tokens and message bodies never belong in a log.
			redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
			// A request line says what was asked, never who asked or with what: no address, port, host or
			// query string (see docs/privacy.md; the join limiter keeps its own keyed hashes).
			serializers: { req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url.split('?')[0] }) },
			...(options.logStream ? { stream: options.logStream } : {})
		},
		// One line per API request (below), none per page asset: Fastify's own two lines a request were mostly noise.
		logController: new LogController({ disableRequestLogging: true }),
		trustProxy: config.trustProxy,
		bodyLimit: BODY_LIMIT_BYTES
	});
	const log = http.log;
	const readiness = new Readiness(log, clock);
	const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, onBackgroundError: (err) => log.error({ err }, 'database connection error') });
	const { db } = database;
	const signer = loadLinkSigner(config.dataDir, config.linkSecret);
	const keyring = new Keyring(loadAtRestSecret(config.dataDir, config.dataKeySecret, config.dataKeySecretPrevious));
	// Before any circle is restored: seal what an older version left readable, finish a rotation of the secret.
	const upgraded = await upgradeAtRest(db, keyring, clock.now());
	if (upgraded.sealed > 0 || upgraded.rewrapped > 0) log.info({ sealed: upgraded.sealed, rewrapped: upgraded.rewrapped }, 'circle data sealed at rest');
	if (upgraded.unreadable.length > 0) log.error({ circles: upgraded.unreadable.length }, 'open circles whose data key no configured secret opens; they cannot be restored');

	const io: GatewayServer = new Server(http.server, {
		maxHttpBufferSize: MAX_FRAME_BYTES,
		adapter: ViewAdapter,
		connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false },
		pingInterval: PING_INTERVAL_MS,
		pingTimeout: PING_TIMEOUT_MS,
		allowRequest: (req, callback) => {
			const allowed = originAllowed(req.headers.origin, req.headers.host, config.allowedOrigins);
			callback(allowed ? null : 'origin not allowed', allowed);
		}
	});

	// The registry tells the gateway about changes; the gateway is made right after, before any circle loads.
	const onChange = (host: CircleHost) => gateway.broadcast(host);
	const registry = new CircleRegistry({ db, keyring, clock, log, readiness, onChange });
	const gateway = new Gateway({ io, registry, db, clock, log, limits: options.socketLimits });
	const sessionEndings = new SessionEndings();
	// A session that ends (sign-out, sign out elsewhere, a removed passkey, a recovery) loses its open sockets too.
	sessionEndings.subscribe((ended) => ended.forEach((sessionHash) => gateway.revokeSession(sessionHash)));

	installErrorReplies(http, BODY_LIMIT_BYTES);
	http.addHook('onResponse', async (request, reply) => {
		if (request.url.startsWith('/api/') || request.url.startsWith('/healthz') || request.url.startsWith('/readyz')) {
			request.log.info({ req: request, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
		}
	});
	await http.register(fastifyCookie);
	await http.register(fastifyHelmet, SECURITY_HEADERS);
	const apiRoutes = await registerOpenApi(http, API_VERSION);
	await http.register(healthRoutes, { database, registry, readiness });
	await http.register(
		async (api) => {
			installRequestGuards(api, config.allowedOrigins);
			await api.register(accountRoutes, { db, clock, sessionEndings });
			await api.register(passkeyRoutes, { db, clock, publicUrl: config.publicUrl, sessionEndings });
			await api.register(accountPageRoutes, { db, clock, publicUrl: config.publicUrl, sessionEndings });
			await api.register(adminSignInRoutes, { db, clock });
			await api.register(circleRoutes, { db, keyring, clock, registry, signer, access: gateway });
			await api.register(joinRoutes, { db, keyring, clock, registry, log, joiningReleaseMs: options.joiningReleaseMs ?? JOINING_RELEASE_MS });
			await api.register(planRoutes, { db, clock });
			await api.register(templateRoutes);
			await api.register(harvestRoutes, { db, keyring, clock });
			await api.register(reviewRoutes, { db, clock });
			await api.register(adminRoutes, { db, clock, access: gateway });
			api.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: { code: 'not_found', message: 'No such API route.' } }));
		},
		{ prefix: '/api' }
	);

	const pages = await loadPages(options.pagesDir ?? 'build');
	http.setNotFoundHandler((request, reply) => {
		if (!pages) return reply.code(404).type('text/plain').send('Not found. (The pages are not built: run `npm run build`.)');
		// Hijacked replies skip Fastify's send, so helmet's headers are copied onto the raw response here. The pages'
		// Content-Security-Policy is SvelteKit's (kit.csp in vite.config.ts, with per-response script nonces).
		for (const [name, value] of Object.entries(reply.getHeaders())) {
			if (name !== 'content-security-policy' && value !== undefined) reply.raw.setHeader(name, value);
		}
		reply.hijack();
		pages(request.raw, reply.raw, () => {
			reply.raw.statusCode = 404;
			reply.raw.end('Not found');
		});
	});

	const restoreStart = performance.now();
	const restored = await registry.restoreAll();
	log.info({ circles: restored, ms: Math.round(performance.now() - restoreStart) }, 'open circles restored');
	releaseRestoredJoiningSeats(registry.all(), options.joiningReleaseMs ?? JOINING_RELEASE_MS, log);
	// dropAbsentSeats never rejects: each drop is retried while the store fails.
	const presenceCheck = restored === 0 ? undefined : setTimeout(() => void gateway.dropAbsentSeats(), RESTORE_PRESENCE_GRACE_MS);
	presenceCheck?.unref();
	// After the restore, so the sweep sees which circles live hosts own; it purges circles that closed while we were down.
	const harvestJobs = new HarvestJobs({
		db,
		keyring,
		clock,
		log,
		readiness,
		isHosted: (id) => registry.peek(id) !== undefined,
		closeIdle: () => registry.closeIdle({ waitingMs: config.idleWaitingDays * DAY_MS, liveMs: config.idleLiveHours * HOUR_MS }),
		draftTtlMs: config.harvestDraftDays * DAY_MS
	});
	await harvestJobs.start();

	let closing: Promise<void> | undefined;
	return {
		http,
		io,
		registry,
		gateway,
		database,
		apiRoutes,
		keyring,
		readiness,
		harvestJobs,
		sessionEndings,
		close() {
			closing ??= (async () => {
				clearTimeout(presenceCheck);
				gateway.stopAccepting();
				await registry.stopAll();
				await harvestJobs.stop();
				io.local.disconnectSockets(true);
				await new Promise<void>((resolve) => io.close(() => resolve()));
				await http.close();
				await db.destroy();
			})();
			return closing;
		}
	};
}

/** adapter-node's handler (sirv for assets, then SSR); absent before the first build. */
async function loadPages(dir: string): Promise<PageHandler | undefined> {
	const file = join(dir, 'handler.js');
	if (!existsSync(file)) return undefined;
	const mod = (await import(pathToFileURL(join(process.cwd(), file)).href)) as { handler: PageHandler };
	return mod.handler;
}
