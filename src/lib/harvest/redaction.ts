// Layered redaction of free text before anything is stored (PRODUCT.md "Harvest, notes and privacy", issue 5 §2).
// Pure: no I/O, no clock, no randomness, no node:* imports, so the server and the keeper's browser run the same code.
import { findNames } from './redaction/names';
import { findPatternSpans, PATTERN_LAYERS } from './redaction/patterns';
import { findUncasedNames } from './redaction/uncased-names';
import { tokenize, type Token } from './redaction/words';

export type PiiKind = 'roster-name' | 'person-name' | 'email' | 'phone' | 'address' | 'url' | 'handle' | 'identifier' | 'date-of-birth' | 'role';

/** The order `removed` lists kinds in, so two redactions of the same text report the same array. */
export const PII_KINDS: readonly PiiKind[] = ['roster-name', 'person-name', 'email', 'phone', 'address', 'url', 'handle', 'identifier', 'date-of-birth', 'role'];

/** What stands in for each kind. A reader sees that something was there, never what: both name kinds read "[name]". */
export const PLACEHOLDERS: Readonly<Record<PiiKind, string>> = {
	'roster-name': '[name]',
	'person-name': '[name]',
	email: '[email]',
	phone: '[phone]',
	address: '[address]',
	url: '[link]',
	handle: '[handle]',
	identifier: '[number]',
	'date-of-birth': '[date of birth]',
	role: '[role]'
};

/** Placeholders already in the text stay as they are, so redacting a redacted text changes nothing. */
const EXISTING_PLACEHOLDER = new RegExp(
	[...new Set(Object.values(PLACEHOLDERS))].map((placeholder) => placeholder.replace(/[[\]]/gu, '\\$&')).join('|'),
	'gu'
);

export interface RedactionOptions {
	/** Every name said in the room: names typed at join and names the keeper added, whole ("Pa Houa Xiong"). */
	readonly roster: readonly string[];
	/** Redaction never reads the clock; the field exists so no caller passes one in expecting it to. */
	readonly now?: never;
}

export interface Redaction {
	readonly text: string;
	/** Kinds with at least one removal, in `PII_KINDS` order; a multi-word name counts once. */
	readonly removed: { kind: PiiKind; count: number }[];
}

interface Claim {
	readonly start: number;
	readonly end: number;
	/** null for a placeholder that was already there: kept, not counted. */
	readonly kind: PiiKind | null;
}

function overlaps(claims: readonly Claim[], start: number, end: number): boolean {
	return claims.some((claim) => claim.start < end && start < claim.end);
}

/**
 * compromise reads context, so replacing one name can change what it sees next to it ("J Van" is a person only once
 * "555-0123" has become "[phone]"). Redaction repeats until nothing changes; two passes settle every corpus sentence.
 */
const MAX_PASSES = 4;

/**
 * Replace personal information in `text` with placeholders, layer by layer: emails, links and handles, phone numbers,
 * street addresses, the circle's roster, then other people's names. Earlier layers claim text first; words of race,
 * ethnicity, origin, religion and place are kept (see protected-words.ts). Redacting the result again changes nothing.
 *
 * @example redact('Pa Houa said call 916-555-0123', { roster: ['Pa Houa Xiong'] }).text // '[name] said call [phone]'
 */
export function redact(text: string, options: RedactionOptions): Redaction {
	const counts = new Map<PiiKind, number>();
	let current = text;
	for (let pass = 0; pass < MAX_PASSES; pass += 1) {
		const claims = findClaims(current, options.roster);
		if (claims.every((claim) => claim.kind === null)) break;
		current = replaceClaims(current, claims, counts);
	}
	return { text: current, removed: PII_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 })) };
}

function findClaims(text: string, roster: readonly string[]): Claim[] {
	const claims: Claim[] = [...text.matchAll(EXISTING_PLACEHOLDER)].map((match) => ({ start: match.index, end: match.index + match[0].length, kind: null }));
	for (const layer of PATTERN_LAYERS) {
		for (const span of findPatternSpans(text, layer)) {
			if (!overlaps(claims, span.start, span.end)) claims.push(span);
		}
	}
	const taken = (token: Token) => overlaps(claims, token.start, token.end);
	claims.push(...findNames(text, tokenize(text), taken, roster));
	claims.push(...findUncasedNames(text, (start, end) => overlaps(claims, start, end), roster));
	return claims.sort((a, b) => a.start - b.start);
}

/** Writes each claim's placeholder in its place and tallies it; existing placeholders are copied as they are. */
function replaceClaims(text: string, claims: readonly Claim[], counts: Map<PiiKind, number>): string {
	let output = '';
	let at = 0;
	for (const claim of claims) {
		if (claim.kind === null) continue;
		output += text.slice(at, claim.start) + PLACEHOLDERS[claim.kind];
		at = claim.end;
		counts.set(claim.kind, (counts.get(claim.kind) ?? 0) + 1);
	}
	return output + text.slice(at);
}
