// Password hashing for keepers, organizers and admins: argon2id with the OWASP parameters.
// Verification costs the same whether or not the account exists, so sign-in timing reveals no emails.
import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** Memory in KiB (19 MiB): the OWASP Password Storage Cheat Sheet minimum for argon2id. */
export const ARGON2_MEMORY_KIB = 19_456;
/** Passes over memory; OWASP pairs t=2 with m=19 MiB. */
export const ARGON2_TIME_COST = 2;
/** Lanes; 1 keeps one sign-in from occupying several cores. */
export const ARGON2_PARALLELISM = 1;
/**
 * Argon2id's value in the library's `Algorithm` enum. The enum is declared `const` and its
 * runtime object is empty, so it cannot be read under isolatedModules; the value is fixed by the binding.
 */
const ARGON2ID: Algorithm = 2;

const HASH_OPTIONS = {
	algorithm: ARGON2ID,
	memoryCost: ARGON2_MEMORY_KIB,
	timeCost: ARGON2_TIME_COST,
	parallelism: ARGON2_PARALLELISM
} as const;

/**
 * A well-formed hash with the current parameters that no password matches (its digest is arbitrary
 * bytes). Verifying against it costs the same as a real verify, for sign-ins with unknown emails.
 */
const DUMMY_HASH =
	`$argon2id$v=19$m=${ARGON2_MEMORY_KIB},t=${ARGON2_TIME_COST},p=${ARGON2_PARALLELISM}` +
	'$Y2lyY2xla2VlcGVyZHVtbXk$3M5IRjhV7w1a3hk3Ik3n6Vl1Bx2pYhJ8m9bOJrI0mXw';

/** The PHC string to store for a new password (salt included). */
export function hashPassword(password: string): Promise<string> {
	return hash(password, HASH_OPTIONS);
}

/**
 * Whether the password matches the stored hash. Pass `undefined` when no account has the email:
 * a dummy hash is verified instead, so the reply takes as long as for a real account.
 * A malformed stored hash counts as a mismatch: sign-in fails closed.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
	try {
		const matches = await verify(storedHash ?? DUMMY_HASH, password);
		return storedHash !== undefined && matches;
	} catch {
		return false;
	}
}
