// Keepers' edits are redacted again by keyed hashes of the roster's name words: a name that is also a town is still a
// name there, while group and calendar words never are.
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { nameHashes, redactEdit } from '../../server/harvest/name-hashes';

const key = randomBytes(32);
const hashes = nameHashes(['Guadalupe Ortiz', 'May Vang'], key);

it('redacts a roster name that is also a place (regression: "Guadalupe" survived an edit)', () => {
	expect(redactEdit('We thanked Guadalupe for the food.', [key], hashes)).toBe('We thanked [name] for the food.');
});

it('keeps group and calendar words even when a roster name shares them', () => {
	expect(redactEdit('In May the Hmong families met with Vang.', [key], hashes)).toBe('In May the Hmong families met with [name].');
});
