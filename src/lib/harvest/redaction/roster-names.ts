// The roster layer of redaction: every name said in the room, whole or in parts, in any case and accents, with the
// rules that keep a roster part which is also a word, a month or a place from wiping those ("we hope", "In June").
import { WORD_NAMES } from './cues';
import type { NameFinder } from './names';
import { CALENDAR_WORDS, NAME_PARTICLES } from './protected-words';
import { foldedWords, joined, wordClass, type Token } from './words';

/** After these a word is a noun or a place, not the person: "la paloma", "the grace", "the Israel news". */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'la', 'el', 'las', 'los', 'una', 'un', 'mi', 'su', 'tu', 'my', 'our', 'your', 'ang', 'ng', 'mga']);
/** "Hope, June and Minh" settles from the right, one name per round; this bounds the loop on odd input. */
const MAX_ROUNDS = 8;

/**
 * The circle's roster: whole names in any case and accents, then each part of a name on its own. A part that is also
 * a protected word ("June", or someone who gave "Sikh") is redacted only in a name-like position — after a cue ("my
 * friend June"), before a speech verb ("June said"), beside or listed with another roster name ("June Lor", "Hope,
 * June and Minh"). Everywhere else the protected word wins, because losing "Sikh" from every note about a gurdwara
 * costs the program more than a bare first name costs the person; a keeper reviews every harvest anyway. English
 * function words in a roster ("Tou Her") follow the same rule. Other ordinary English words ("Hope", "Pa", "Will") are
 * redacted when capitalised mid-sentence ("we asked Hope"), but not opening a sentence ("Hope is what I feel") nor in
 * lower case ("we hope").
 */
export function findRosterNames(finder: NameFinder, roster: readonly string[]): void {
	const entries = roster.map(foldedWords).filter((words) => words.length > 0);
	const parts = new Set(entries.flat().filter((part) => part.length > 1 && !NAME_PARTICLES.has(part)));
	const { tokens } = finder;
	// Whole names first, whatever the words: "pa houa" typed in lower case is still Pa Houa.
	tokens.forEach((token, index) => {
		if (finder.taken(token)) return;
		for (const words of entries) {
			if (words.length > 1 && finder.matchesAt(index, words)) words.forEach((_, offset) => finder.add(index + offset, 'roster-name'));
		}
	});
	const guarded: number[] = [];
	tokens.forEach((token, index) => {
		if (finder.taken(token) || !parts.has(token.folded) || finder.names.has(index)) return;
		// compromise lists "mark" and "grace" as first names only; in lower case they are the verb and the noun.
		const kind = WORD_NAMES.has(token.folded) ? 'ordinary' : wordClass(token.folded);
		// After an article a word is a noun or a place, not the person: "la paloma", "the grace", "the Israel news".
		const afterArticle = ARTICLES.has(tokens[index - 1]?.folded ?? '');
		const asName = token.capitalised && (!token.sentenceInitial || token.possessive);
		if (!finder.protectedAt[index] && !(afterArticle && !token.capitalised) && (kind === 'unknown' || kind === 'name' || kind === 'place')) finder.add(index, 'roster-name');
		else if (!finder.protectedAt[index] && kind === 'ordinary' && asName) finder.add(index, 'roster-name');
		// A one-word keep-list place someone gave at join ("Jordan", "India") is the person where written as a name, but not
		// where it is a place ("from Jordan and India", "the Israel news"). Months and group words stay guarded below.
		else if (finder.weakAt[index] && !CALENDAR_WORDS.has(token.folded) && asName && !afterArticle && !finder.placeOrFaithContext(index)) finder.add(index, 'roster-name');
		else guarded.push(index);
	});
	// Protected, function and sentence-opening ordinary words in the roster: only where they stand as a name.
	// Repeated because "Hope, June and Minh" settles from the right: June beside Minh, then Hope beside June.
	for (let round = 0, changed = true; changed && round < MAX_ROUNDS; round += 1) {
		changed = false;
		for (const index of guarded) {
			const beside = [index - 1, index + 1].some((other) => finder.names.get(other) === 'roster-name' && joined(finder.text, tokens[Math.min(index, other)] as Token, tokens[Math.max(index, other)] as Token));
			const listed = finder.listNeighbours(index).some((other) => finder.names.get(other) === 'roster-name');
			const speaks = finder.followedBySpeech(index) || finder.speaksAfterAffiliation(index);
			if (finder.precededByCue(index) || speaks || beside || listed) changed = finder.add(index, 'roster-name') || changed;
		}
	}
}
