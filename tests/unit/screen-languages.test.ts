// The screen's second language is suggested from the languages the phones chose.
import { describe, expect, it } from 'vitest';
import { suggestedSecondLanguage } from '$lib/i18n/screen-languages';

describe('suggestedSecondLanguage', () => {
	it.each([
		['no phones yet', [], null],
		['every phone in English', ['en', 'en'], null],
		['the language most phones chose', ['vi', 'es', 'vi', 'en'], 'vi'],
		['on a tie, the one earlier in the city list', ['fa', 'zh-Hant'], 'zh-Hant'],
		['English phones do not outvote the others', ['en', 'en', 'en', 'hmn'], 'hmn']
	] as const)('suggests for %s', (_case, phones, expected) => {
		expect(suggestedSecondLanguage(phones)).toBe(expected);
	});
});
