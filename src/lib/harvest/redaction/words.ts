// What the redactor knows about one word: how to compare it (case and accents folded), where the words of a text are,
// whether a word starts a sentence, and what compromise's English lexicon says it is (ordinary, name, place or unknown).
import nlp from 'compromise';

export interface Token {
	/** The word as written, possessive included ("Mai's"). */
	readonly text: string;
	readonly start: number;
	readonly end: number;
	/** Where the word ends without a possessive "'s": what gets replaced, so "Mai's" becomes "[name]'s". */
	readonly baseEnd: number;
	/** Lower case, accents stripped, possessive dropped: "Nguyễn's" → "nguyen". */
	readonly folded: string;
	readonly possessive: boolean;
	readonly capitalised: boolean;
	readonly allCaps: boolean;
	readonly sentenceInitial: boolean;
}

/** Letters with their combining marks (text typed on some phones arrives decomposed), joined by inner apostrophes. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;
const POSSESSIVE = /['’]s$/iu;
/** Letters NFD does not split into base + mark, folded by hand so "Đặng" matches "Dang". */
const UNSPLIT_LETTERS: Readonly<Record<string, string>> = { đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

export function fold(word: string): string {
	return word
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[đłøßæœı]/gu, (letter) => UNSPLIT_LETTERS[letter] ?? letter)
		.replace(/’/gu, "'");
}

/** Split a name or phrase into folded words, the same way `tokenize` reads a text ("Mary-Jane O'Neil" → 3 words). */
export function foldedWords(phrase: string): string[] {
	return [...phrase.matchAll(WORD)].map((match) => fold(match[0]).replace(POSSESSIVE, ''));
}

/** Characters skipped when looking back for the end of the previous sentence: spaces, quotes, brackets, bullets. */
const OPENERS = /[\s"'“”‘’([{*•·\-–—]/u;
const SENTENCE_END = /[.!?:]/u;

function startsSentence(text: string, start: number): boolean {
	let at = start - 1;
	while (at >= 0 && OPENERS.test(text.charAt(at))) {
		if (text.charAt(at) === '\n') return true;
		// A hyphen glued to the previous word joins a compound ("Mai-Lee"), not a bullet.
		if (/[-–]/u.test(text.charAt(at)) && at === start - 1) return false;
		at -= 1;
	}
	return at < 0 || SENTENCE_END.test(text.charAt(at));
}

export function tokenize(text: string): Token[] {
	return [...text.matchAll(WORD)].map((match) => {
		const word = match[0];
		const start = match.index;
		const possessive = POSSESSIVE.test(word) && word.length > 2;
		const base = possessive ? word.slice(0, -2) : word;
		return {
			text: word,
			start,
			end: start + word.length,
			baseEnd: start + base.length,
			folded: fold(base),
			possessive,
			capitalised: /^\p{Lu}/u.test(base),
			allCaps: base.length > 1 && base === base.toUpperCase() && base !== base.toLowerCase(),
			sentenceInitial: startsSentence(text, start)
		};
	});
}

export type WordClass = 'name' | 'place' | 'function' | 'ordinary' | 'unknown';

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Demonym', 'Organization', 'SportsTeam']);
/** Grammar words: never a name on their own ("The", "When", "Her"). Dates and numbers are ordinary words instead. */
const FUNCTION_TAGS = new Set([
	'Pronoun', 'Possessive', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Modal', 'Copula', 'Negative',
	'Adverb', 'Expression', 'Reflexive', 'Honorific'
]);
/**
 * Endings of ordinary English nouns and adjectives. A word compromise does not know but that ends like this
 * ("Eviction", "Counselors", "Honestly") is taken as ordinary; names rarely end so. "-ing" and "-ly" need a long stem
 * because of "Ming" and "Emily".
 */
const ORDINARY_ENDINGS = /(?:tion|sion|ment|ness|ity|ism|ist|ance|ence|ship|hood|ful|less|ous|ive|able|ible|ers|ors|ies|\p{L}{4}ing|ings|\p{L}{4}ly)$/u;

type LexiconEntry = string | readonly string[];

/** compromise keeps its word list at world().model.one.lexicon (word → tag or tags); it is not in its typings. */
function readLexicon(): Readonly<Record<string, LexiconEntry | undefined>> {
	const world = nlp.world() as { model?: { one?: { lexicon?: Record<string, LexiconEntry | undefined> } } };
	const lexicon = world.model?.one?.lexicon;
	if (!lexicon) throw new Error('compromise no longer exposes world().model.one.lexicon; the name layer reads it to tell words from names');
	return lexicon;
}

const LEXICON = readLexicon();

/** Whether compromise's lexicon lists the word at all: "Tigist" is not, though its ending makes it look ordinary. */
export function inLexicon(folded: string): boolean {
	return Object.hasOwn(LEXICON, folded);
}

/** What kind of word this is in English, judged by compromise's lexicon and, for unknown words, by their ending. */
export function wordClass(folded: string): WordClass {
	// A plain object: "constructor" must not find Object.prototype's.
	const entry = Object.hasOwn(LEXICON, folded) ? LEXICON[folded] : undefined;
	if (entry === undefined) return ORDINARY_ENDINGS.test(folded) ? 'ordinary' : 'unknown';
	const tags = typeof entry === 'string' ? [entry] : entry;
	if (tags.some((tag) => NAME_TAGS.has(tag))) return 'name';
	if (tags.some((tag) => FUNCTION_TAGS.has(tag))) return 'function';
	if (tags.some((tag) => PLACE_TAGS.has(tag))) return 'place';
	return 'ordinary';
}

/** Two words form one name or phrase only when spaces or a hyphen separate them: "Pa Houa", "Mai-Lee", not "Pa. Houa". */
export function joined(text: string, left: Token, right: Token): boolean {
	return !left.possessive && /^[ \t\u00a0]*-?[ \t\u00a0]*$/u.test(text.slice(left.end, right.start)) && left.end < right.start;
}
