// Redacting a keeper's edits after the roster is gone: the draft keeps HMAC-SHA-256 hashes of each folded name word,
// keyed per circle from the secret outside the database (so a dump cannot test guesses), never the names; an edited
// word whose hash matches becomes "[name]"; then the usual non-roster layers run.
import { createHmac } from 'node:crypto';
import { redact, PLACEHOLDERS } from '../../src/lib/harvest/redaction';
import { CALENDAR_WORDS, GROUP_WORDS } from '../../src/lib/harvest/redaction/protected-words';
import { foldedWords, tokenize, wordClass } from '../../src/lib/harvest/redaction/words';

/**
 * A roster word that is a group or calendar word is never a person here ("Hmong", "May"); a place word is kept as a
 * name, since a participant called Guadalupe or Jordan must not survive an edit because a town shares the name.
 */
const NEVER_A_NAME: ReadonlySet<string> = new Set([...GROUP_WORDS, ...CALENDAR_WORDS]);

function hashWord(key: Buffer, folded: string): string {
	return createHmac('sha256', key).update(folded, 'utf8').digest('hex');
}

/** One hash per distinct folded word of the roster's names ("Txawj Vang" → two), sorted so order says nothing. */
export function nameHashes(roster: readonly string[], key: Buffer): string[] {
	const words = new Set(roster.flatMap((name) => foldedWords(name)));
	return [...words].map((word) => hashWord(key, word)).sort();
}

/**
 * Redacts an edited text: roster words by hash, then emails, phones, addresses, links, handles and other people's
 * names. An ordinary English word that happens to be a name part ("Hope", "May") is replaced only when written with
 * a capital, as a name would be, and words of race, origin and place are never replaced.
 */
export function redactEdit(text: string, keys: readonly Buffer[], hashes: readonly string[]): string {
	const known = new Set(hashes);
	let out = '';
	let at = 0;
	for (const token of tokenize(text)) {
		// `keys` holds the current secret's key and, while rotating, the previous one's: drafts from before still match.
		if (!keys.some((key) => known.has(hashWord(key, token.folded))) || NEVER_A_NAME.has(token.folded)) continue;
		const kind = wordClass(token.folded);
		if ((kind === 'ordinary' || kind === 'function') && !token.capitalised) continue;
		out += text.slice(at, token.start) + PLACEHOLDERS['roster-name'];
		at = token.baseEnd;
	}
	out += text.slice(at);
	return redact(out, { roster: [] }).text;
}
