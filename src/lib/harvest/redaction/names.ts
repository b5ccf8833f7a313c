// The name layers of redaction: the circle's own roster first (roster-names.ts), then people found by compromise and by
// cues that compromise does not know ("my friend Txawj", "Ligaya said", an unknown capitalised word mid-sentence).
import nlp from 'compromise';
import { ADVERBS_BEFORE_VERB, WORD_NAMES } from './cues';
import { seedCuedPeople } from './name-cues';
import { findRosterNames } from './roster-names';
import { NAME_CUES, NAME_PARTICLES, NAME_PARTS_THAT_ARE_WORDS, PERSON_VERBS, PLACE_SUFFIXES, PLACE_WORDS, POST_NAME_CUES, PROTECTED_WORDS, SPEECH_VERBS } from './protected-words';
import { inflectedProtected } from './cyrillic-inflection';
import { foldedWords, inLexicon, joined, wordClass, type Token } from './words';

export interface NameSpan {
	readonly start: number;
	readonly end: number;
	readonly kind: 'roster-name' | 'person-name';
}

/** After "and", words that make the word before it a person: "Txawj and I", "Gurpreet and his cousin". */
const PRONOUNS_AFTER_AND = new Set(['i', 'me', 'his', 'her', 'their', 'my']);
const LIST_JOINERS = new Set(['and', 'y', 'or', 'e']);
const MIN_TOPIC_WORD = 4;
/** "SROs", "IDs": an acronym with a plural s, never a name. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
/** How many words "from Public Works" may take before the speech verb. */
const AFFILIATION_REACH = 7;
/** Words before "from" or "to" that make what follows a person: "heard from", "talked to", "a text from". */
const PEOPLE_BEFORE_PREPOSITION = new Set(['heard', 'hear', 'text', 'texts', 'call', 'calls', 'message', 'letter', 'note', 'email', 'talked', 'talk', 'spoke', 'speak', 'listened', 'listen', 'thanks', 'went', 'go', 'came', 'sent', 'wrote', 'said', 'told', 'next', 'close', 'married', 'belongs', 'up']);
const LOCATIVES = new Set(['from', 'in', 'at', 'to', 'near', 'of', 'around', 'de', 'en', 'desde']);
/** Prepositions after which a capitalised word is a place even alone: "in Bacolod", "near Florin". */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'around']);
/** How far back a list of places may reach to its preposition: "from Laos, Cambodia and Thailand". */
const LOCATIVE_REACH = 6;
/** Longest particle run inside a name: "de la" in "María José de la Cruz". */
const MAX_PARTICLES = 2;
/** Extension and propagation settle in a few rounds; this bounds the loop on odd input. */
const MAX_ROUNDS = 8;

const PROTECTED_PHRASES = groupPhrases(PROTECTED_WORDS.map(foldedWords).filter((words) => words.length > 0));

function groupPhrases(phrases: string[][]): Map<string, string[][]> {
	const byFirstWord = new Map<string, string[][]>();
	for (const words of phrases) {
		const first = words[0] as string;
		byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), words].sort((a, b) => b.length - a.length));
	}
	return byFirstWord;
}


export class NameFinder {
	readonly protectedAt: boolean[];
	/** Protected only as a one-word place name, which may also be a person's ("Jordan", "Guadalupe"): see PLACE_WORDS. */
	readonly weakAt: boolean[];
	readonly names = new Map<number, NameSpan['kind']>();

	constructor(
		readonly text: string,
		readonly tokens: readonly Token[],
		readonly taken: (token: Token) => boolean
	) {
		this.protectedAt = this.markProtected();
		this.weakAt = this.tokens.map((token, index) => this.protectedAt[index] === true && PLACE_WORDS.has(token.folded) && !this.inProtectedPhrase(index));
	}

	private inProtectedPhrase(index: number): boolean {
		return [index - 1, index + 1].some((other) => this.protectedAt[other] === true && this.at(other) !== undefined && joined(this.text, this.at(Math.min(index, other)) as Token, this.at(Math.max(index, other)) as Token));
	}

	private markProtected(): boolean[] {
		const marks = this.tokens.map(() => false);
		this.tokens.forEach((token, index) => {
			const phrase = PROTECTED_PHRASES.get(token.folded)?.find((words) => this.matchesAt(index, words));
			for (let offset = 0; phrase && offset < phrase.length; offset += 1) marks[index + offset] = true;
			// Plurals of single protected words: "Baptists", "Sikhs", "Tuesdays".
			if (!phrase && PROTECTED_PHRASES.get(token.folded.replace(/s$/u, ''))?.some((words) => words.length === 1)) marks[index] = true;
			if (!phrase && inflectedProtected(token.folded)) marks[index] = true;
		});
		return marks;
	}

	/** Whether `words` (folded) are written from token `index` on, joined as one name or phrase. */
	matchesAt(index: number, words: readonly string[]): boolean {
		return words.every((word, offset) => {
			const token = this.tokens[index + offset];
			const previous = this.tokens[index + offset - 1];
			return token?.folded === word && (offset === 0 || (previous !== undefined && joined(this.text, previous, token)));
		});
	}

	at(index: number): Token | undefined {
		return this.tokens[index];
	}

	precededByCue(index: number): boolean {
		const token = this.at(index);
		const previous = this.at(index - 1);
		if (!token || !previous || !/^\.?,?[ \t\u00a0]+$/u.test(this.text.slice(previous.end, token.start))) return false;
		const before = this.at(index - 2)?.folded;
		if (previous.possessive) return previous.folded === 'name';
		return (
			NAME_CUES.has(previous.folded) ||
			(previous.folded === 'la' && before === 'ten') ||
			(previous.folded === 'is' && before === 'name') ||
			(previous.folded === 'by' && before === 'goes') ||
			(previous.folded === 'you' && before === 'thank') ||
			(previous.folded === 'to' && before === 'thanks')
		);
	}

	followedByPersonVerb(index: number, verbs: ReadonlySet<string> = PERSON_VERBS): boolean {
		const token = this.at(index);
		const next = this.at(index + 1);
		if (!token || !next || next.capitalised) return false;
		const gap = this.text.slice(token.end, next.start);
		if (next.folded === 'who' || next.folded === 'whose') return /^,?\s+$/u.test(gap);
		if (!/^[ \t\u00a0]+$/u.test(gap)) return false;
		if (next.folded === 'and') return PRONOUNS_AFTER_AND.has(this.at(index + 2)?.folded ?? '');
		const verb = ADVERBS_BEFORE_VERB.has(next.folded) ? this.at(index + 2) : next;
		return !!verb && (verbs.has(verb.text.toLowerCase().replace('’', "'")) || verbs.has(verb.folded));
	}

	/** "Hope from Public Works said": a speaker introduced with where they come from. */
	speaksAfterAffiliation(index: number): boolean {
		if (this.at(index + 1)?.folded !== 'from') return false;
		for (let ahead = index + 2; ahead <= index + AFFILIATION_REACH; ahead += 1) {
			const token = this.at(ahead);
			if (!token) return false;
			if (SPEECH_VERBS.has(token.folded)) return true;
		}
		return false;
	}

	/** "Guadalupe, whose son ...": only people are followed by "who" or "whose". */
	followedByWho(index: number): boolean {
		const next = this.at(index + 1);
		return !!next && (next.folded === 'who' || next.folded === 'whose') && /^,?\s+$/u.test(this.text.slice((this.at(index) as Token).end, next.start));
	}

	/** Stricter than a person verb: "June said" is June, "June was hard" is the month. */
	followedBySpeech(index: number): boolean {
		return this.followedByPersonVerb(index, SPEECH_VERBS);
	}

	/** "Parvin Khanum", "Harpreet ji": an honorific after the name says the word before it is one. */
	followedByHonorific(index: number): boolean {
		const token = this.at(index);
		const next = this.at(index + 1);
		return !!token && !!next && POST_NAME_CUES.has(next.folded) && /^[ \t\u00a0]+$/u.test(this.text.slice(token.end, next.start));
	}

	/**
	 * A capitalised word that could be (part of) a name: not protected, not a cue such as "Auntie", not "The" or "When",
	 * and longer than one letter — a lone initial says little and is more often a grade, a letter street or a list item.
	 */
	candidate(index: number, strong = false): boolean {
		const token = this.at(index);
		if (!token || !token.capitalised || token.folded.length < 2 || this.taken(token) || this.afterOrdinal(token) || PLURAL_ACRONYM.test(token.text)) return false;
		if (this.protectedAt[index] && !(strong && this.weakAt[index])) return false;
		return !NAME_CUES.has(token.folded) && !POST_NAME_CUES.has(token.folded) && (wordClass(token.folded) !== 'function' || WORD_NAMES.has(token.folded));
	}

	/** "47th Avenue", "21st Street": the word after an ordinal number is a street, never a person. */
	private afterOrdinal(token: Token): boolean {
		return /\d(?:st|nd|rd|th)\s+$|\d$/u.test(this.text.slice(Math.max(0, token.start - 8), token.start));
	}

	/** A candidate English does not know as a word, or knows as a name: "Txawj", "Gurpreet", "Minh". */
	nameLike(index: number): boolean {
		const token = this.at(index);
		if (!token || token.allCaps || !this.candidate(index)) return false;
		const kind = wordClass(token.folded);
		return kind === 'unknown' || kind === 'name';
	}

	add(index: number, kind: NameSpan['kind']): boolean {
		if (this.names.has(index)) return false;
		this.names.set(index, kind);
		return true;
	}

	/** The words listed with token `index`: across ", " or "&" ("Minh, Lan"), or one "and"/"y"/"or" ("Lan and Minh"). */
	listNeighbours(index: number): number[] {
		const neighbours: number[] = [];
		for (const direction of [-1, 1]) {
			const near = this.at(index + direction);
			const [left, right] = direction < 0 ? [near, this.at(index)] : [this.at(index), near];
			if (!near || !left || !right) continue;
			if (!left.possessive && /^\s*[,&]\s*$/u.test(this.text.slice(left.end, right.start))) neighbours.push(index + direction);
			else if (LIST_JOINERS.has(near.text) && this.at(index + 2 * direction)) neighbours.push(index + 2 * direction);
		}
		return neighbours;
	}

	/** The capitalised words written together around `index`: "Black Student Union", "Pa Houa Xiong". */
	private capitalisedRun(index: number): number[] {
		let [start, end] = [index, index];
		while (this.at(start - 1)?.capitalised && joined(this.text, this.at(start - 1) as Token, this.at(start) as Token)) start -= 1;
		while (this.at(end + 1)?.capitalised && joined(this.text, this.at(end) as Token, this.at(end + 1) as Token)) end += 1;
		return Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
	}

	/** "Translation, Transportation, Childcare": listed with capitalised English words, a word is a topic, not a person. */
	listedWithWords(index: number): boolean {
		return this.listNeighbours(index).some((other) => {
			const token = this.at(other) as Token;
			// Short lexicon words ("Jun", "Ben") and kept words ("Mom") say nothing about their neighbours.
			return token.capitalised && token.folded.length >= MIN_TOPIC_WORD && !this.protectedAt[other] && !WORD_NAMES.has(token.folded) && wordClass(token.folded) === 'ordinary';
		});
	}

	/** No capitalised word is written next to this one: "call Jun in", not "call Legal Aid". */
	aloneInRun(index: number): boolean {
		return this.capitalisedRun(index).length === 1;
	}

	/**
	 * After "in", "from", "to", "of"… (across a list), a place word is that place: "moved from Georgia". Not after
	 * "heard from", "talked to", "a text from": those take people.
	 */
	placeOrFaithContext(index: number): boolean {
		const locative = this.locativeBefore(index);
		return locative !== null && !PEOPLE_BEFORE_PREPOSITION.has(this.at(locative - 1)?.folded ?? '');
	}

	/** "from Laos and Cambodia said": a place word after "from", "in", "at"... (across a list) is a place, not a speaker. */
	afterLocative(index: number): boolean {
		return this.locativeBefore(index) !== null;
	}

	/**
	 * An unknown word in a list of places or right after "in" ("from Burma, Ivory Coast", "my uncle in Bacolod") is a
	 * place too. "A text from Marisol" has no place before it, so "from" alone does not count.
	 */
	inPlaceList(index: number): boolean {
		const locative = this.locativeBefore(index);
		if (locative === null || (this.at(index) as Token).possessive) return false;
		if (PLACE_PREPOSITIONS.has((this.at(locative) as Token).folded) && locative === index - 1) return true;
		return Array.from({ length: index - locative - 1 }, (_, offset) => locative + 1 + offset).some((member) => this.protectedAt[member] === true);
	}

	private locativeBefore(index: number): number | null {
		for (let back = index - 1; back >= Math.max(0, index - LOCATIVE_REACH); back -= 1) {
			const token = this.at(back) as Token;
			if (LOCATIVES.has(token.folded)) return back;
			if (!LIST_JOINERS.has(token.folded) && !token.capitalised) return null;
		}
		return null;
	}

	/** The capitalised run around `index` ends in "Road", "High", "Park"...: a street or an institution, not a person. */
	namesAPlace(index: number): boolean {
		const run = this.capitalisedRun(index);
		return run.length > 1 && PLACE_SUFFIXES.has((this.at(run.at(-1) as number) as Token).folded);
	}

	/**
	 * The run around `index` also holds English or protected words written in title case ("Black Student Union"): the
	 * name of a group or a program, whose unknown words ("Union" is missing from compromise's lexicon) are not people.
	 */
	inTitleCasePhrase(index: number): boolean {
		return this.capitalisedRun(index).some((member) => {
			const token = this.at(member) as Token;
			if (token.sentenceInitial || NAME_CUES.has(token.folded) || NAME_PARTS_THAT_ARE_WORDS.has(token.folded)) return false;
			const kind = wordClass(token.folded);
			return this.protectedAt[member] === true || kind === 'ordinary' || kind === 'function';
		});
	}
}

/** compromise's people() as token indexes; its offsets are string indexes into the text it was given. */
function compromisePeople(finder: NameFinder): number[] {
	const byStart = new Map(finder.tokens.map((token, index) => [token.start, index]));
	const matches = nlp(finder.text).people().json({ offset: true }) as { terms?: { offset?: { start: number } }[] }[];
	return matches.flatMap((match) => (match.terms ?? []).map((term) => byStart.get(term.offset?.start ?? -1))).filter((index): index is number => index !== undefined);
}

function seedPeople(finder: NameFinder): void {
	// compromise reads a word-name opening a sentence as a person ("Grace and patience were ..."); name-cues.ts decides those.
	const wordNameOpening = (index: number) => WORD_NAMES.has(finder.tokens[index]?.folded ?? '') && finder.tokens[index]?.sentenceInitial === true;
	// compromise reads English: a sentence opening on a word followed by one English lacks ("Gia đình") is not English.
	const foreignOpening = (index: number) => finder.tokens[index]?.sentenceInitial === true && !finder.tokens[index + 1]?.capitalised && !inLexicon(finder.tokens[index + 1]?.folded ?? '');
	const seeds = new Set(compromisePeople(finder).filter((index) => finder.candidate(index) && !wordNameOpening(index) && !foreignOpening(index)));
	finder.tokens.forEach((token, index) => {
		const cued = (finder.precededByCue(index) || finder.followedByHonorific(index)) && finder.candidate(index, true);
		// A place-like word is a person only on the strongest cues: "Guadalupe said", "Guadalupe, whose son".
		const verbed = finder.nameLike(index)
			? finder.followedByPersonVerb(index)
			: finder.candidate(index, true) && (wordClass(token.folded) === 'place' || finder.weakAt[index] === true) && (finder.followedByWho(index) || (!finder.afterLocative(index) && finder.followedBySpeech(index)));
		const unknownMidSentence =
			(!token.sentenceInitial || token.possessive) && finder.nameLike(index) && (wordClass(token.folded) === 'name' || !finder.inTitleCasePhrase(index)) && !(finder.inPlaceList(index) && !finder.followedBySpeech(index)) && !finder.listedWithWords(index);
		if (cued || verbed || unknownMidSentence) seeds.add(index);
	});
	for (const index of seedCuedPeople(finder)) seeds.add(index);
	for (const index of seeds) if (!finder.namesAPlace(index)) finder.add(index, 'person-name');
}

/** May this neighbour of a name join it? "Pa" beside "Houa" may; "Road" after "Florin" may not. */
function extendable(finder: NameFinder, index: number): boolean {
	const token = finder.tokens[index];
	if (!token || !finder.candidate(index, true) || PLACE_SUFFIXES.has(token.folded)) return false;
	if (finder.nameLike(index) || NAME_PARTS_THAT_ARE_WORDS.has(token.folded)) return true;
	return !token.sentenceInitial;
}

/** Grow names over neighbours, particles and lists, then to every other capitalised use of a found name. */
function growPeople(finder: NameFinder): void {
	const { text, tokens } = finder;
	for (let round = 0, changed = true; changed && round < MAX_ROUNDS; round += 1) {
		changed = false;
		for (const index of [...finder.names.keys()]) {
			const token = tokens[index] as Token;
			const next = tokens[index + 1];
			const previous = tokens[index - 1];
			// A place word joins only a name that looks like one: "Jamal Washington", not "Sacramento Bee".
			const joinsPlace = finder.nameLike(index) || finder.names.get(index) === 'roster-name';
			const mayJoin = (other: number) => extendable(finder, other) && (!finder.weakAt[other] || joinsPlace);
			if (next && joined(text, token, next) && mayJoin(index + 1)) changed = finder.add(index + 1, 'person-name') || changed;
			if (previous && joined(text, previous, token) && mayJoin(index - 1)) changed = finder.add(index - 1, 'person-name') || changed;
			changed = addParticles(finder, index) || changed;
			changed = addListNeighbours(finder, index) || changed;
		}
		const found = new Set([...finder.names].filter(([, kind]) => kind === 'person-name').map(([index]) => tokens[index]?.folded));
		tokens.forEach((token, index) => {
			if (found.has(token.folded) && finder.candidate(index)) changed = finder.add(index, 'person-name') || changed;
		});
	}
}

/** "María José de la Cruz": lower-case particles count as name only with names on both sides. */
function addParticles(finder: NameFinder, index: number): boolean {
	const { tokens, text } = finder;
	let end = index + 1;
	while (end - index <= MAX_PARTICLES && tokens[end] && NAME_PARTICLES.has(tokens[end]?.text ?? '') && joined(text, tokens[end - 1] as Token, tokens[end] as Token)) end += 1;
	const after = tokens[end];
	if (end === index + 1 || !after || !joined(text, tokens[end - 1] as Token, after) || !finder.candidate(end)) return false;
	let changed = false;
	for (let particle = index + 1; particle <= end; particle += 1) changed = finder.add(particle, 'person-name') || changed;
	return changed;
}

/** "Gurpreet and Harpreet", "Minh, Lan": a name-like word listed beside a name is a name too, even opening a sentence. */
function addListNeighbours(finder: NameFinder, index: number): boolean {
	let changed = false;
	for (const other of finder.listNeighbours(index)) {
		// Mid-sentence, any capitalised word listed with a name is one ("Ligaya and Jun"); opening a sentence it must look like one.
		const token = finder.tokens[other];
		const listedMidSentence = !!token && !token.sentenceInitial && !token.allCaps && finder.candidate(other);
		const wordName = !!token && WORD_NAMES.has(token.folded) && finder.candidate(other);
		if (finder.nameLike(other) || listedMidSentence || wordName) changed = finder.add(other, 'person-name') || changed;
	}
	return changed;
}

/** The names in `text` as spans: a run of name words written together ("Nguyễn Thị Lan") is one span, one count. */
export function findNames(text: string, tokens: readonly Token[], taken: (token: Token) => boolean, roster: readonly string[]): NameSpan[] {
	const finder = new NameFinder(text, tokens, taken);
	findRosterNames(finder, roster);
	seedPeople(finder);
	growPeople(finder);
	const spans: NameSpan[] = [];
	const indexes = [...finder.names.keys()].sort((a, b) => a - b);
	for (const index of indexes) {
		const token = tokens[index] as Token;
		const kind = finder.names.get(index) as NameSpan['kind'];
		const last = spans.at(-1);
		const previous = tokens[index - 1];
		if (last && previous && finder.names.has(index - 1) && joined(text, previous, token)) {
			spans[spans.length - 1] = { start: last.start, end: token.baseEnd, kind: last.kind === 'roster-name' ? last.kind : kind };
		} else {
			spans.push({ start: token.start, end: token.baseEnd, kind });
		}
	}
	return spans;
}
