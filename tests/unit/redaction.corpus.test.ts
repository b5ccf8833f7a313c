// Redaction recall on the labelled corpus, per split (issue 8): each split reports how many PII items were fully
// removed and how many protected words were lost, and fails below the floor or on any protected word lost. Only the
// tune split lists its misses; the held-out split prints totals, so that no rule is ever fitted to it.
import { describe, expect, it } from 'vitest';
import { PII_KINDS, redact } from '$lib/harvest/redaction';
import { AUDIT, HELD_OUT, TUNE } from '../fixtures/redaction/corpus';
import { ANGLO_ORIGINS, type CorpusSentence, type PiiLabel } from '../fixtures/redaction/corpus-types';

/** Issue 8 acceptance: at least 95 % of labelled PII items fully removed on both splits. */
const RECALL_FLOOR = 0.95;
/** Each split redacts hundreds of sentences through compromise twice; on a loaded machine that takes tens of seconds. */
const CORPUS_TIMEOUT_MS = 180_000;
const CORPUS_SIZE_FLOOR = 600;
const HELD_OUT_SIZE_FLOOR = 200;
const NON_ANGLO_SHARE_FLOOR = 0.4;
const NOT_ENGLISH_FLOOR = 100;
const REQUIRED_LANGUAGES = ['en', 'es', 'vi', 'tl', 'ru', 'pa', 'hi', 'fa', 'zh', 'hmn'] as const;

/**
 * Parts of a PII item that do not identify anyone, so they may survive next to a placeholder: street types, mail
 * hosts, link schemes. Every other word or digit group of an item must be gone for the item to count as removed.
 */
const GENERIC_PARTS = new Set([
	'st', 'street', 'ave', 'avenue', 'blvd', 'boulevard', 'rd', 'dr', 'apt', 'unit', 'suite', 'po', 'box', 'jr', 'com',
	'org', 'net', 'me', 'be', 'ly', 'www', 'http', 'https', 'gmail', 'yahoo', 'outlook', 'icloud', 'proton', 'at', 'dot',
	'twitter', 'instagram', 'tiktok', 'facebook', 'mr', 'mrs', 'ms', 'arroba', 'punto', 'ca', 'sacramento'
]);

/** Scripts written without spaces between words: a name is found inside a longer run of letters, not as a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;

function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whole-word occurrences, so "Lan" is not found in "Land" nor "12" in "120"; substrings in unspaced scripts. */
function occurrences(text: string, word: string, caseSensitive = false): number {
	const haystack = caseSensitive ? text : fold(text);
	const needle = caseSensitive ? word : fold(word);
	if (UNSPACED.test(needle)) return haystack.split(needle).length - 1;
	const escaped = needle.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
	return [...haystack.matchAll(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'gu'))].length;
}

function identifyingParts(label: PiiLabel): string[] {
	const parts = fold(label.text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
	return parts.filter((part) => (UNSPACED.test(part) || part.length > 1) && !GENERIC_PARTS.has(part));
}

/** The sentence with its labelled PII cut out: what may legitimately remain ("Brown" in "Keisha Brown ... Brown youth"). */
function outsidePii(sentence: CorpusSentence): string {
	return sentence.pii.reduce((text, label) => text.split(label.text).join(' '), sentence.text);
}

/** Removed when no identifying part is left in the output beyond what the sentence holds outside its labelled PII. */
function fullyRemoved(sentence: CorpusSentence, label: PiiLabel, output: string): boolean {
	return identifyingParts(label).every((part) => occurrences(output, part) <= occurrences(outsidePii(sentence), part));
}

interface SplitScore {
	readonly items: number;
	readonly removed: number;
	readonly protectedWords: number;
	readonly lost: number;
	readonly misses: readonly string[];
}

const outputs = new Map<readonly CorpusSentence[], string[]>();

/** Each split is redacted once, however many tests read it. */
function redacted(split: readonly CorpusSentence[]): string[] {
	let texts = outputs.get(split);
	if (!texts) {
		texts = split.map((sentence) => redact(sentence.text, { roster: sentence.roster }).text);
		outputs.set(split, texts);
	}
	return texts;
}

function score(split: readonly CorpusSentence[]): SplitScore {
	let [items, removed, protectedWords, lost] = [0, 0, 0, 0];
	const misses: string[] = [];
	const texts = redacted(split);
	for (const [index, sentence] of split.entries()) {
		const output = texts[index] as string;
		for (const label of sentence.pii) {
			items += 1;
			if (fullyRemoved(sentence, label, output)) removed += 1;
			else misses.push(`${label.kind} "${label.text}" in "${output}"`);
		}
		for (const word of sentence.protected) {
			protectedWords += 1;
			if (occurrences(output, word, true) < occurrences(outsidePii(sentence), word, true)) {
				lost += 1;
				misses.push(`protected "${word}" lost from "${output}"`);
			}
		}
	}
	return { items, removed, protectedWords, lost, misses };
}

const report = (name: string, result: SplitScore) =>
	`redaction ${name}: ${(result.removed / result.items).toFixed(3)} of ${result.items} PII items fully removed, ${result.lost} of ${result.protectedWords} protected words lost`;

const hasNonAngloName = (sentence: CorpusSentence) =>
	sentence.pii.some((label) => label.origin !== undefined && !ANGLO_ORIGINS.has(label.origin));

describe('the labelled corpus', () => {
	const all = [...TUNE, ...HELD_OUT];

	it(`has ${CORPUS_SIZE_FLOOR}+ sentences, ${NON_ANGLO_SHARE_FLOOR * 100} % with non-Anglo names, ${NOT_ENGLISH_FLOOR}+ not in English, in two splits`, () => {
		expect(all.length).toBeGreaterThanOrEqual(CORPUS_SIZE_FLOOR);
		expect(HELD_OUT.length).toBeGreaterThanOrEqual(HELD_OUT_SIZE_FLOOR);
		expect(all.filter(hasNonAngloName).length / all.length).toBeGreaterThanOrEqual(NON_ANGLO_SHARE_FLOOR);
		expect(all.filter((sentence) => sentence.language !== 'en').length).toBeGreaterThanOrEqual(NOT_ENGLISH_FLOOR);
		const texts = new Set(TUNE.map((sentence) => sentence.text));
		expect(HELD_OUT.filter((sentence) => texts.has(sentence.text))).toEqual([]);
	});

	it.each([
		['tune', TUNE],
		['held-out', HELD_OUT]
	])('covers every language and every PII kind in the %s split', (_name, split) => {
		expect(new Set(split.map((sentence) => sentence.language))).toEqual(new Set(REQUIRED_LANGUAGES));
		expect(new Set(split.flatMap((sentence) => sentence.pii.map((label) => label.kind)))).toEqual(new Set(PII_KINDS));
	});

	it('labels only text that is in its sentence', () => {
		const mislabelled = all.flatMap((sentence) =>
			[...sentence.pii.map((label) => label.text), ...sentence.protected].filter((text) => !sentence.text.includes(text)).map((text) => `${text} ∉ ${sentence.text}`)
		);
		expect(mislabelled).toEqual([]);
	});
});

describe('recall per split', () => {
	it(`tune: fully removes ${RECALL_FLOOR * 100} % of PII items and loses no protected word (misses listed)`, () => {
		const result = score(TUNE);
		console.log(report('tune', result) + (result.misses.length ? `\n  ${result.misses.join('\n  ')}` : ''));
		expect(result.removed / result.items).toBeGreaterThanOrEqual(RECALL_FLOOR);
		expect(result.lost).toBe(0);
	}, CORPUS_TIMEOUT_MS);

	it(`held-out: fully removes ${RECALL_FLOOR * 100} % of PII items and loses no protected word (totals only)`, () => {
		const result = score(HELD_OUT);
		console.log(report('held-out', result));
		expect({ recall: result.removed / result.items >= RECALL_FLOOR, lost: result.lost }).toEqual({ recall: true, lost: 0 });
	}, CORPUS_TIMEOUT_MS);

	it(`audit: fully removes ${RECALL_FLOOR * 100} % of PII items and loses no protected word (totals only)`, () => {
		const result = score(AUDIT);
		console.log(report('audit', result));
		expect({ recall: result.removed / result.items >= RECALL_FLOOR, lost: result.lost }).toEqual({ recall: true, lost: 0 });
	}, CORPUS_TIMEOUT_MS);

	it('tune: leaves every sentence without PII exactly as written, and a redacted sentence redacted again unchanged', () => {
		const pairs = TUNE.map((sentence, index) => ({ sentence, output: redacted(TUNE)[index] as string }));
		expect(pairs.filter(({ sentence, output }) => sentence.pii.length === 0 && output !== sentence.text).map(({ output }) => output)).toEqual([]);
		expect(pairs.filter(({ sentence, output }) => redact(output, { roster: sentence.roster }).text !== output).map(({ output }) => output)).toEqual([]);
	}, CORPUS_TIMEOUT_MS);
});
