// The database's tables as Kysely sees them: one interface per table, columns in snake_case.
// Types are the portable ones the migrations create: epoch-ms numbers for time, JSON as text.
import type { Generated } from 'kysely';

export interface AccountsTable {
	id: string;
	/** Trimmed and lower-cased before it is stored, so lookups ignore case. */
	email: string;
	/** An argon2id PHC string, or empty for an account that signs in with passkeys only. */
	password_hash: string;
	/** JSON array of account roles, e.g. `["keeper"]`. */
	roles: string;
	created_at: number;
}

export interface SessionsTable {
	/** SHA-256 hex of the session token; the token itself is never stored. */
	id: string;
	account_id: string;
	created_at: number;
	expires_at: number;
	/** The passkey that signed this session in (added by 0009); null for a password sign-in. */
	passkey_id: Generated<string | null>;
}

export interface CirclesTable {
	id: string;
	owner_account_id: string;
	co_keeper_account_id: string | null;
	/** Sealed with the circle's data key while open; at close, the title as redacted for the harvest. */
	title: string;
	/** Sealed with the circle's data key while open; empty once closed. */
	plan_json: string;
	status: string;
	/** Keyed hash (HMAC, outside secret) of the join code without its dash, for lookups; null once the circle closes. */
	join_code: string | null;
	/** The join code sealed with the circle's data key, to show it again; null once the circle closes. */
	join_code_sealed: string | null;
	qr_token_hash: string | null;
	screen_token_hash: string | null;
	/** How many times the QR and screen links were replaced; part of what derives them. */
	links_epoch: Generated<number>;
	created_at: number;
	closed_at: number | null;
}

export interface SeatTokensTable {
	token_hash: string;
	circle_id: string;
	seat_id: string;
	created_at: number;
}

export interface CircleKeysTable {
	circle_id: string;
	/** The circle's AES-256 data key, sealed by a key derived from the secret outside the database. */
	wrapped_key: string;
	created_at: number;
}

export interface CircleSnapshotsTable {
	circle_id: string;
	seq: number;
	machine_version: number;
	/** Sealed with the circle's data key. */
	snapshot_json: string;
	updated_at: number;
}

export interface CircleEventsTable {
	circle_id: string;
	seq: number;
	command_id: string | null;
	type: string;
	actor_role: string;
	/** Sealed with the circle's data key. */
	payload_json: string;
	at: number;
}

export interface JoinAttemptsTable {
	id: Generated<number>;
	address_key: string;
	at: number;
}

/**
 * `circles.program_id` (added by 0003) is read and written only by programs.ts, which adds it to the type with
 * `withTables`: declared here, it would be required in every row the older circle functions build.
 */
export interface CircleProgramColumn {
	program_id: string | null;
}

export interface ProgramsTable {
	id: string;
	name: string;
	/** How long an approved harvest of this program is kept, counted from approval. */
	retention_days: number;
	created_at: number;
}

export interface HarvestsTable {
	circle_id: string;
	program_id: string | null;
	status: string;
	/** The anonymized `Harvest` (src/lib/wire/harvest.ts) as JSON: no name, seat id, token or pronoun. */
	harvest_json: string;
	/**
	 * JSON array of HMAC-SHA-256 digests (keyed per circle from the secret outside the database) of the roster's folded
	 * name words: lets edits be redacted with no names kept. Emptied at approval; the draft is deleted when it expires.
	 */
	name_hashes: string;
	created_at: number;
	approved_at: number | null;
	approved_by: string | null;
	expires_at: number | null;
}

export interface InvitesTable {
	/** SHA-256 hex of the invite token; the token itself only ever travels in the link. */
	token_hash: string;
	role: string;
	email: string | null;
	created_by: string;
	created_at: number;
	expires_at: number;
	used_at: number | null;
}

export interface AuditLogTable {
	id: Generated<number>;
	at: number;
	/** Null for the server's own jobs (retention). */
	account_id: string | null;
	action: string;
	target: string | null;
}

export interface PlansTable {
	id: string;
	owner_account_id: string;
	/** The plan's English title, kept beside the JSON so the library lists without parsing every plan. */
	title: string;
	/** The plan as parsePlan returned it (src/lib/protocol/plan.ts), as JSON. */
	plan_json: string;
	created_at: number;
	updated_at: number;
}

export interface PasskeysTable {
	/** The credential id, base64url. */
	id: string;
	account_id: string;
	/** The COSE public key, base64url. No biometric data exists server-side: the authenticator keeps that. */
	public_key: string;
	counter: number;
	/** JSON array of transports the browser reported, e.g. `["internal"]`. */
	transports: string;
	name: string;
	created_at: number;
	last_used_at: number | null;
}

export interface WebauthnChallengesTable {
	/** SHA-256 hex of the random id held in the browser's challenge cookie. */
	id: string;
	challenge: string;
	purpose: string;
	/** What the ceremony is for (the new account's id and email, the invite, the recovery link), as JSON. */
	context_json: string;
	expires_at: number;
}

export interface PasskeyRequiredRolesTable {
	role: string;
}

export interface RecoveryLinksTable {
	token_hash: string;
	account_id: string;
	created_by: string;
	created_at: number;
	expires_at: number;
	used_at: number | null;
}

export interface DatabaseSchema {
	accounts: AccountsTable;
	sessions: SessionsTable;
	circles: CirclesTable;
	seat_tokens: SeatTokensTable;
	circle_keys: CircleKeysTable;
	circle_snapshots: CircleSnapshotsTable;
	circle_events: CircleEventsTable;
	join_attempts: JoinAttemptsTable;
	programs: ProgramsTable;
	harvests: HarvestsTable;
	invites: InvitesTable;
	audit_log: AuditLogTable;
	plans: PlansTable;
	passkeys: PasskeysTable;
	webauthn_challenges: WebauthnChallengesTable;
	passkey_required_roles: PasskeyRequiredRolesTable;
	recovery_links: RecoveryLinksTable;
}
