// Join codes: 8 characters from an alphabet without look-alikes, shown as ABCD-EFGH.
// People type them on phones, so reading one back forgives case, spaces and dashes.
import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L, 5/S, 2/Z, 8/B: the pairs people misread on a projector. */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY3469';
export const JOIN_CODE_LENGTH = 8;

export function newJoinCode(): string {
	let code = '';
	for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
	return code;
}

/** `abcd efgh`, `ABCD-EFGH` and ` abcdefgh ` all read as ABCDEFGH; anything else is null. */
export function normalizeJoinCode(input: string): string | null {
	const code = input.toUpperCase().replace(/[\s-]/g, '');
	if (code.length !== JOIN_CODE_LENGTH) return null;
	for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
	return code;
}

export function displayJoinCode(code: string): string {
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}
