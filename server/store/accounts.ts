// Signed-in people: keepers, organizers and admins (participants never have accounts).
// Emails are compared without case; a taken email is a result value, not an exception.
import type { Selectable } from 'kysely';
import type { Database } from './database';
import type { AccountsTable } from './schema';
import { refused, stored, type StoreResult } from './store-result';
import { isUniqueViolation } from './unique-violations';

export const ACCOUNT_ROLES = ['admin', 'keeper', 'organizer'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export interface Account {
	id: string;
	email: string;
	passwordHash: string;
	roles: AccountRole[];
	createdAt: number;
}

export interface NewAccount {
	id: string;
	email: string;
	passwordHash: string;
	roles: readonly AccountRole[];
	now: number;
}

/** The stored form of an email: trimmed, Unicode-normalized, lower-cased (locale-independently). */
export function normalizeEmail(email: string): string {
	return email.trim().normalize('NFC').toLowerCase();
}

export async function createAccount(db: Database, account: NewAccount): Promise<StoreResult<Account, 'email_taken'>> {
	const row = {
		id: account.id,
		email: normalizeEmail(account.email),
		password_hash: account.passwordHash,
		roles: JSON.stringify([...new Set(account.roles)]),
		created_at: account.now
	};
	try {
		await db.insertInto('accounts').values(row).execute();
	} catch (error) {
		// Only a taken email is expected; an id collision or anything else is a real fault.
		if (isUniqueViolation(error) && (await findAccountByEmail(db, row.email)) !== undefined) {
			return refused('email_taken', 'An account with this email already exists.');
		}
		throw error;
	}
	return stored(toAccount(row));
}

export async function findAccountByEmail(db: Database, email: string): Promise<Account | undefined> {
	const row = await db.selectFrom('accounts').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
	return row && toAccount(row);
}

export async function findAccountById(db: Database, id: string): Promise<Account | undefined> {
	const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
	return row && toAccount(row);
}

/** Every account, by email, for the admin page. */
export async function listAccounts(db: Database): Promise<Account[]> {
	const rows = await db.selectFrom('accounts').selectAll().orderBy('email').execute();
	return rows.map(toAccount);
}

/** How many accounts exist; zero means the first sign-up bootstraps the admin. */
export async function countAccounts(db: Database): Promise<number> {
	const { count } = await db
		.selectFrom('accounts')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(count);
}

function toAccount(row: Selectable<AccountsTable>): Account {
	return {
		id: row.id,
		email: row.email,
		passwordHash: row.password_hash,
		roles: parseRoles(row.roles),
		createdAt: row.created_at
	};
}

/** Unknown role names are dropped rather than trusted: authorization fails closed. */
function parseRoles(json: string): AccountRole[] {
	const parsed: unknown = JSON.parse(json);
	if (!Array.isArray(parsed)) return [];
	return parsed.filter((role): role is AccountRole => (ACCOUNT_ROLES as readonly unknown[]).includes(role));
}
