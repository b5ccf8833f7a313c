// Recognizes a unique or primary-key violation from either driver, so repositories can turn the
// expected ones (a taken email, a repeated command) into result values instead of crashes.

/** better-sqlite3's extended result codes for the two kinds of uniqueness. */
const SQLITE_UNIQUE_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);
/** PostgreSQL's SQLSTATE for unique_violation (primary keys included). */
const PG_UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
	if (typeof error !== 'object' || error === null || !('code' in error)) return false;
	const { code } = error;
	return typeof code === 'string' && (code === PG_UNIQUE_VIOLATION || SQLITE_UNIQUE_CODES.has(code));
}
