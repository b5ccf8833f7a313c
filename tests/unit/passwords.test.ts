// Password hashing: argon2id with the OWASP parameters, and a verify that fails closed.
// The unknown-email path is checked for its answer here; its timing is argon2's own cost.
import { parseOptions } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
	ARGON2_MEMORY_KIB,
	ARGON2_PARALLELISM,
	ARGON2_TIME_COST,
	hashPassword,
	verifyPassword
} from '../../server/auth/passwords';

/** The binding's value for argon2id in its (const, so unreadable at runtime) Algorithm enum. */
const ARGON2ID = 2;

describe('passwords', () => {
	it('verifies the password it hashed', async () => {
		const stored = await hashPassword('correct horse battery staple');
		expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
	});

	it('rejects a wrong password', async () => {
		const stored = await hashPassword('correct horse battery staple');
		expect(await verifyPassword(stored, 'correct horse battery stapler')).toBe(false);
	});

	it('hashes with argon2id at m=19456 KiB, t=2, p=1 (the OWASP minimum)', async () => {
		const stored = await hashPassword('secret words');
		expect(stored.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
		expect(parseOptions(stored)).toMatchObject({
			algorithm: ARGON2ID,
			memoryCost: ARGON2_MEMORY_KIB,
			timeCost: ARGON2_TIME_COST,
			parallelism: ARGON2_PARALLELISM
		});
		expect([ARGON2_MEMORY_KIB, ARGON2_TIME_COST, ARGON2_PARALLELISM]).toEqual([19_456, 2, 1]);
	});

	it('salts each hash, so equal passwords store differently', async () => {
		const [first, second] = await Promise.all([hashPassword('same'), hashPassword('same')]);
		expect(first).not.toBe(second);
	});

	it('answers false for an unknown account whatever the password, by verifying a dummy hash', async () => {
		expect(await verifyPassword(undefined, '')).toBe(false);
		expect(await verifyPassword(undefined, 'correct horse battery staple')).toBe(false);
	});

	it('spends about as long on an unknown account as on a real one', async () => {
		// Catches an early `return false` for unknown emails, which would let sign-in timing reveal
		// which emails have accounts. The bound is loose (a quarter) so a busy CI machine does not flake.
		const stored = await hashPassword('correct horse battery staple');
		const real = await medianMs(() => verifyPassword(stored, 'wrong guess'));
		const unknown = await medianMs(() => verifyPassword(undefined, 'wrong guess'));
		expect(unknown).toBeGreaterThan(real / 4);
	});

	it('treats a malformed stored hash as a mismatch instead of throwing', async () => {
		expect(await verifyPassword('not-a-phc-string', 'anything')).toBe(false);
	});
});

/** The median duration of several runs, which shrugs off one slow run on a shared machine. */
async function medianMs(run: () => Promise<unknown>, runs = 7): Promise<number> {
	const durations: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await run();
		durations.push(performance.now() - start);
	}
	durations.sort((a, b) => a - b);
	return durations[Math.floor(runs / 2)] ?? 0;
}
