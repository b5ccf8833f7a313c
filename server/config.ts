// Server settings from environment variables, checked at start with one clear message per bad value.
// Documented in docs/operations.md; every default runs the embedded SQLite setup with nothing else installed.
import { resolve } from 'node:path';

export interface Config {
	host: string;
	port: number;
	dataDir: string;
	/** Empty for the embedded SQLite file. */
	databaseUrl: string;
	/** Origins allowed to open sockets; empty means "the origin the page was served from". */
	allowedOrigins: string[];
	logLevel: string;
	/** Trust X-Forwarded-* from a reverse proxy (needed for per-address join limits behind one). */
	trustProxy: boolean;
	shutdownTimeoutMs: number;
	/** Secret the QR and screen links are derived from; empty means a file in DATA_DIR made on first start. */
	linkSecret: string;
	/** Secret the circles' data keys are wrapped by; empty means a file in DATA_DIR made on first start. */
	dataKeySecret: string;
	/** Set only while rotating DATA_KEY_SECRET: keys it wrapped are re-wrapped with the new one at start. */
	dataKeySecretPrevious: string;
	/** How long a harvest draft nobody approved is kept (with its name hashes). @default 30 days */
	harvestDraftDays: number;
	/** A scheduled or lobby circle with no change for this long is closed. @default 14 days */
	idleWaitingDays: number;
	/** A live circle with no change for this long is closed. @default 12 hours */
	idleLiveHours: number;
	/**
	 * The address people open, e.g. `https://circles.example.org`: passkeys are bound to its origin and host name.
	 * Empty means "the address of the request", which browsers accept for passkeys only on localhost.
	 */
	publicUrl: string;
}

export class ConfigError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const problems: string[] = [];
	const int = (name: string, fallback: number, min: number, max: number): number => {
		const raw = env[name];
		if (raw === undefined || raw === '') return fallback;
		const n = Number(raw);
		if (!Number.isInteger(n) || n < min || n > max) {
			problems.push(`${name}=${JSON.stringify(raw)} must be a whole number from ${min} to ${max}`);
			return fallback;
		}
		return n;
	};
	const databaseUrl = env.DATABASE_URL ?? '';
	if (databaseUrl !== '' && databaseUrl !== 'sqlite:' && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
		problems.push('DATABASE_URL must start with postgres:// or postgresql://, or be unset for the embedded SQLite file');
	}
	const origins = (env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
	for (const o of origins) {
		if (!/^https?:\/\/[^/]+$/.test(o)) problems.push(`ALLOWED_ORIGINS entry ${JSON.stringify(o)} must look like https://circles.example.org (no path)`);
	}
	const logLevel = env.LOG_LEVEL ?? 'info';
	if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
	const trustProxy = env.TRUST_PROXY ?? 'false';
	if (!['true', 'false'].includes(trustProxy)) problems.push('TRUST_PROXY must be true or false');
	const linkSecret = env.LINK_SECRET ?? '';
	if (linkSecret !== '' && linkSecret.length < 32) problems.push('LINK_SECRET must be at least 32 characters (or unset to keep one in DATA_DIR)');
	const dataKeySecret = env.DATA_KEY_SECRET ?? '';
	if (dataKeySecret !== '' && dataKeySecret.length < 32) problems.push('DATA_KEY_SECRET must be at least 32 characters (or unset to keep one in DATA_DIR)');
	const dataKeySecretPrevious = env.DATA_KEY_SECRET_PREVIOUS ?? '';
	if (dataKeySecretPrevious !== '' && dataKeySecret === '') problems.push('DATA_KEY_SECRET_PREVIOUS is for rotation: set DATA_KEY_SECRET to the new secret too');
	const publicUrl = (env.PUBLIC_URL ?? '').replace(/\/$/, '');
	if (publicUrl !== '' && !isPublicUrl(publicUrl)) {
		problems.push(`PUBLIC_URL=${JSON.stringify(env.PUBLIC_URL)} must look like https://circles.example.org (https, a host name, no path; http only for localhost)`);
	}
	const config: Config = {
		host: env.HOST ?? '0.0.0.0',
		port: int('PORT', 3000, 0, 65535),
		dataDir: resolve(env.DATA_DIR ?? './data'),
		databaseUrl,
		allowedOrigins: origins,
		logLevel,
		trustProxy: trustProxy === 'true',
		shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 120_000),
		linkSecret,
		dataKeySecret,
		dataKeySecretPrevious,
		harvestDraftDays: int('HARVEST_DRAFT_DAYS', 30, 1, 365),
		idleWaitingDays: int('IDLE_CLOSE_WAITING_DAYS', 14, 1, 365),
		idleLiveHours: int('IDLE_CLOSE_LIVE_HOURS', 12, 1, 24 * 30),
		publicUrl
	};
	if (problems.length > 0) throw new ConfigError(problems);
	return config;
}

/** An origin WebAuthn can bind passkeys to: https (or http on localhost) and a host name, not an IP address. */
function isPublicUrl(raw: string): boolean {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return false;
	}
	const local = url.hostname === 'localhost' || url.hostname.endsWith('.localhost');
	const ip = /^[\d.]+$/.test(url.hostname) || url.hostname.startsWith('[');
	return url.origin === raw && !ip && (url.protocol === 'https:' || (url.protocol === 'http:' && local));
}
