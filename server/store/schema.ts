// The database's tables as Kysely sees them: one interface per table, columns in snake_case.
// Types are the portable ones the migrations create: epoch-ms numbers for time, JSON as text.
import type { Generated } from 'kysely';

export interface AccountsTable {
	id: string;
	/** Trimmed and lower-cased before it is stored, so lookups ignore case. */
	email: string;
	/** An argon2id PHC string. */
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
}

export interface CirclesTable {
	id: string;
	owner_account_id: string;
	co_keeper_account_id: string | null;
	title: string;
	plan_json: string;
	status: string;
	/** The 8-character join code without its dash; null once the circle closes. */
	join_code: string | null;
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

export interface CircleSnapshotsTable {
	circle_id: string;
	seq: number;
	machine_version: number;
	snapshot_json: string;
	updated_at: number;
}

export interface CircleEventsTable {
	circle_id: string;
	seq: number;
	command_id: string | null;
	type: string;
	actor_role: string;
	payload_json: string;
	at: number;
}

export interface JoinAttemptsTable {
	id: Generated<number>;
	address_key: string;
	at: number;
}

export interface DatabaseSchema {
	accounts: AccountsTable;
	sessions: SessionsTable;
	circles: CirclesTable;
	seat_tokens: SeatTokensTable;
	circle_snapshots: CircleSnapshotsTable;
	circle_events: CircleEventsTable;
	join_attempts: JoinAttemptsTable;
}
