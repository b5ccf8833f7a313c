// Person-name seeds that need more context than one cue word: English words that are given names ("Will told us"),
// lower-case names after "talked to" or "me and", a name opening a sentence before ", a ..." or a speech verb, the
// object of "call" or "ask", and Tagalog lists after "sina" ("sina Rhea at Jun").
import { FAMILY_NAMES, HMONG_NAMED, LOWER_CASE_CUE_VERBS, LOWER_CASE_CUES, PERSON_OBJECT_VERBS, WORD_NAMES } from './cues';
import type { NameFinder } from './names';
import { NAME_CUES } from './protected-words';
import { inLexicon, wordClass } from './words';

/** You tell or ask a person: "i told joy", "asked tuan". */
const TELLING = new Set(['told', 'asked', 'texted', 'called', 'thanked', 'tell', 'ask', 'text', 'thank']);
const PRONOUNS_IN_BRACKETS = /^\s*\((?:she|he|they|ze|xe|ella|él|ellx)\s*\/\s*\p{L}+(?:\s*\/\s*\p{L}+)?\)/iu;
const PRONOUN_REACH = 24;
const AUXILIARIES = new Set(['is', 'was']);
/** What follows "X is" when X is a person: "the one who", "from Fiji", "born in", "married", an age. */
const PERSON_PREDICATE = /^\s+(?:the\s+one\s+who|the\s+(?:only|first)\s+one|from\s|born\s|married|pregnant|\d{1,2}\s+(?:years\s+old|now))/iu;
const PREDICATE_REACH = 24;
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'my', 'our', 'his', 'her', 'their']);
const TAGALOG_PLURAL_MARKERS = new Set(['sina', 'nina', 'kina']);
const TAGALOG_LIST_REACH = 4;
/** Lower-case words shorter than this are too often English or Spanish function words ("yo", "mi"). */
const MIN_LOWER_CASE_NAME = 3;

const gapIs = (finder: NameFinder, left: number, right: number, pattern: RegExp) => {
	const [a, b] = [finder.at(left), finder.at(right)];
	return !!a && !!b && pattern.test(finder.text.slice(a.end, b.start));
};

/** "Will told", "my son King", "we sat with Hope": a word-name where a name stands. */
function wordName(finder: NameFinder, index: number): boolean {
	const token = finder.at(index);
	if (!token || !WORD_NAMES.has(token.folded) || !finder.candidate(index)) return false;
	if (finder.precededByCue(index) || finder.followedByPersonVerb(index) || finder.speaksAfterAffiliation(index)) return true;
	const next = finder.at(index + 1);
	if (next && AUXILIARIES.has(next.folded) && PERSON_PREDICATE.test(finder.text.slice(next.end, next.end + PREDICATE_REACH))) return true;
	return (!token.sentenceInitial || token.possessive) && (finder.aloneInRun(index) || !finder.inTitleCasePhrase(index));
}

/**
 * "Daniyar, a Kazakh student, asked": an unknown word opening a sentence, then a description of a person; also a
 * word-name before a kin word ("Grace, my cousin, came").
 */
function appositive(finder: NameFinder, index: number): boolean {
	const token = finder.at(index);
	const next = finder.at(index + 1);
	if (!token || !next || !token.sentenceInitial || !finder.candidate(index) || !APPOSITIVE_OPENERS.has(next.folded) || !gapIs(finder, index, index + 1, /^,\s+$/u)) return false;
	return !inLexicon(token.folded) || (WORD_NAMES.has(token.folded) && NAME_CUES.has(finder.at(index + 2)?.folded ?? ''));
}

/**
 * "Xiomara is the one who drives", "Sagal was my neighbor", "Deepa is from Fiji": a word compromise does not know,
 * opening a sentence, then "is"/"was" and what is said of people. "Transit is late" stays.
 */
function unknownSubject(finder: NameFinder, index: number): boolean {
	const token = finder.at(index);
	const next = finder.at(index + 1);
	if (!token || !next || !token.sentenceInitial || wordClass(token.folded) !== 'unknown' || !finder.candidate(index) || !AUXILIARIES.has(next.folded)) return false;
	return PERSON_PREDICATE.test(finder.text.slice(next.end, next.end + PREDICATE_REACH)) || NAME_CUES.has(finder.at(index + 3)?.folded ?? '');
}

/** "Tigist said", "Xiaoling said": words compromise does not know, whatever their ending suggests. */
function unknownSpeaker(finder: NameFinder, index: number): boolean {
	const token = finder.at(index);
	return !!token && !inLexicon(token.folded) && finder.candidate(index) && finder.followedBySpeech(index);
}

/** "talked to marisol", "me and yesica", "my friend tuan": a lower-case word English does not know, after a cue. */
function lowerCaseName(finder: NameFinder, index: number): boolean {
	const token = finder.at(index);
	const previous = finder.at(index - 1);
	if (!token || !previous || token.capitalised || token.folded.length < MIN_LOWER_CASE_NAME || finder.taken(token) || finder.protectedAt[index]) return false;
	const kind = wordClass(token.folded);
	if (NAME_CUES.has(token.folded) || !gapIs(finder, index - 1, index, /^[ \t]+$/u)) return false;
	if (TELLING.has(previous.folded) && WORD_NAMES.has(token.folded)) return true;
	if (kind !== 'unknown' && kind !== 'name') return false;
	if (TELLING.has(previous.folded)) return true;
	if (!LOWER_CASE_CUES.has(previous.folded)) return false;
	return ['friend', 'neighbor', 'neighbour', 'cousin', 'named', 'sister', 'brother', 'auntie', 'uncle'].includes(previous.folded) || LOWER_CASE_CUE_VERBS.has(finder.at(index - 2)?.folded ?? '');
}

/** "call Jun", "ask Txawj": a capitalised word, alone in its run, after a verb whose object is a person. */
function objectOfPersonVerb(finder: NameFinder, index: number): boolean {
	const previous = finder.at(index - 1);
	return !!previous && PERSON_OBJECT_VERBS.has(previous.folded) && gapIs(finder, index - 1, index, /^[ \t]+$/u) && finder.candidate(index) && (finder.aloneInRun(index) || !finder.inTitleCasePhrase(index));
}

/** "Sina Rhea at Jun": Tagalog lists people with "at" after a plural name marker. */
function tagalogListed(finder: NameFinder, index: number): boolean {
	const joiner = finder.at(index - 1);
	if (joiner?.folded !== 'at' || !finder.candidate(index)) return false;
	for (let back = 2; back <= TAGALOG_LIST_REACH; back += 1) if (TAGALOG_PLURAL_MARKERS.has(finder.at(index - back)?.folded ?? '')) return true;
	return false;
}

/** "Ubah (she/her) asked": pronouns in brackets after a word say it is a person's name. */
function pronounsAfter(finder: NameFinder, index: number): boolean {
	const token = finder.at(index);
	return !!token && finder.candidate(index) && PRONOUNS_IN_BRACKETS.test(finder.text.slice(token.end, token.end + PRONOUN_REACH));
}

/** "mai vang", "gurpreet sandhu": a word English does not know, then a family name, both in lower case. */
function lowerCaseFullName(finder: NameFinder, index: number): boolean {
	const [first, last] = [finder.at(index), finder.at(index + 1)];
	if (!first || !last || first.capitalised || finder.taken(first) || finder.protectedAt[index] || !gapIs(finder, index, index + 1, /^[ \t]+$/u)) return false;
	const kind = wordClass(first.folded);
	return FAMILY_NAMES.has(last.folded) && (kind === 'unknown' || kind === 'name') && first.folded.length >= MIN_LOWER_CASE_NAME && !NAME_CUES.has(first.folded);
}

/** The family name of such a pair. */
function lowerCaseFamilyName(finder: NameFinder, index: number): boolean {
	return lowerCaseFullName(finder, index - 1);
}

/** "Kuv tus ntxhais npe hu ua maiv nkauj": after "hu ua" the next word is a name, whatever its case. */
function hmongNamed(finder: NameFinder, index: number): boolean {
	const token = finder.at(index);
	return !!token && finder.at(index - 2)?.folded === HMONG_NAMED[0] && finder.at(index - 1)?.folded === HMONG_NAMED[1] && !finder.protectedAt[index] && !finder.taken(token);
}

const RULES = [wordName, appositive, unknownSubject, unknownSpeaker, lowerCaseName, lowerCaseFullName, lowerCaseFamilyName, hmongNamed, objectOfPersonVerb, tagalogListed, pronounsAfter];

export function seedCuedPeople(finder: NameFinder): number[] {
	return finder.tokens.flatMap((_, index) => (RULES.some((rule) => rule(finder, index)) ? [index] : []));
}
