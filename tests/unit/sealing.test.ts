// Sealed values open only with their own key, circle and purpose; a fresh nonce makes equal plaintexts look unrelated;
// a shredded data key opens nothing; a rotated secret unwraps the previous one's keys only while both are set.
import { describe, expect, it } from 'vitest';
import { AtRestSecret } from '../../server/crypto/at-rest-secret';
import { isSealed, seal, unseal } from '../../server/crypto/sealing';
import { CircleVault } from '../../server/store/circle-keys';

const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 8);

describe('sealing', () => {
	it('opens what it sealed, and marks it as sealed', () => {
		const sealed = seal(key, 'c1:snapshot', 'Quillaqori Mamani, ਗੁਰਪ੍ਰੀਤ');
		expect(isSealed(sealed)).toBe(true);
		expect(sealed).not.toContain('Quillaqori');
		expect(unseal(key, 'c1:snapshot', sealed)).toBe('Quillaqori Mamani, ਗੁਰਪ੍ਰੀਤ');
	});

	it('gives two seals of the same text nothing in common to compare', () => {
		expect(seal(key, 'c1:title', 'Same title')).not.toBe(seal(key, 'c1:title', 'Same title'));
	});

	it.each([
		['another key', otherKey, 'c1:snapshot'],
		['another circle', key, 'c2:snapshot'],
		['another purpose', key, 'c1:event']
	])('does not open with %s', (_, k, aad) => {
		expect(unseal(k, aad, seal(key, 'c1:snapshot', 'text'))).toBeUndefined();
	});

	it('does not open a tampered value or plaintext', () => {
		const sealed = seal(key, 'c1:title', 'A title');
		const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.at(-1);
		expect(unseal(key, 'c1:title', flipped)).toBeUndefined();
		expect(unseal(key, 'c1:title', 'A title')).toBeUndefined();
	});

	it('makes a circle vault refuse, loudly, a value sealed for another circle', () => {
		const a = new CircleVault('a', key);
		const b = new CircleVault('b', key);
		expect(() => b.open('snapshot', a.seal('snapshot', '{}'))).toThrow(/does not open/);
	});
});

describe('the secret outside the database', () => {
	const current = Buffer.from('the current secret, at least 32 characters');
	const previous = Buffer.from('the previous secret, at least 32 characters');

	it('derives different keys for wrapping, join codes and each circle’s name hashes', () => {
		const secret = new AtRestSecret(current);
		const [wrap] = secret.wrappingKeys();
		const [names1] = secret.nameHashKeys('c1');
		const [names2] = secret.nameHashKeys('c2');
		expect(new Set([wrap!.toString('hex'), names1!.toString('hex'), names2!.toString('hex')]).size).toBe(3);
		expect(secret.joinCodeHash('ACDEFGHJ')).toMatch(/^[0-9a-f]{64}$/);
		expect(new AtRestSecret(previous).joinCodeHash('ACDEFGHJ')).not.toBe(secret.joinCodeHash('ACDEFGHJ'));
	});

	it('offers the previous secret’s keys after the current ones only while rotating', () => {
		const rotating = new AtRestSecret(current, previous);
		expect(rotating.wrappingKeys()).toEqual([...new AtRestSecret(current).wrappingKeys(), ...new AtRestSecret(previous).wrappingKeys()]);
		expect(new AtRestSecret(current).nameHashKeys('c1')).toHaveLength(1);
	});
});
