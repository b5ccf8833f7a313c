// The city's language-access list and how localized texts are read.
// English is the source language: every text has it, and every lookup falls back to it.

export const LANGUAGES = [
	{ tag: 'en', name: 'English', dir: 'ltr' },
	{ tag: 'es', name: 'Español', dir: 'ltr' },
	{ tag: 'zh-Hant', name: '中文（繁體）', dir: 'ltr' },
	{ tag: 'zh-Hans', name: '中文（简体）', dir: 'ltr' },
	{ tag: 'pa', name: 'ਪੰਜਾਬੀ', dir: 'ltr' },
	{ tag: 'hmn', name: 'Hmoob', dir: 'ltr' },
	{ tag: 'ru', name: 'Русский', dir: 'ltr' },
	{ tag: 'tl', name: 'Tagalog', dir: 'ltr' },
	{ tag: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
	{ tag: 'hi', name: 'हिन्दी', dir: 'ltr' },
	{ tag: 'fa', name: 'فارسی', dir: 'rtl' }
] as const;

export type LanguageTag = (typeof LANGUAGES)[number]['tag'];

export const LANGUAGE_TAGS = LANGUAGES.map((l) => l.tag) as [LanguageTag, ...LanguageTag[]];

export const SOURCE_LANGUAGE = 'en' satisfies LanguageTag;

/**
 * A text in English plus any translations, keyed by language tag. `pending` lists the languages whose
 * translation is an unreviewed draft of a promise (what is kept, what stays in the circle): readers of those
 * languages are shown the English text, with the draft beside it labelled as a draft.
 */
export type Localized = { en: string } & Partial<Record<LanguageTag, string>> & { pending?: Exclude<LanguageTag, 'en'>[] };

/** What a reader of `lang` sees, and whether it is a fallback to English. */
export interface LocalizedText {
	text: string;
	lang: LanguageTag;
	/** The reader's language's draft of a pending text, shown beside the English `text` and labelled. */
	draft?: { text: string; lang: LanguageTag };
}

export function localize(text: Localized, lang: LanguageTag): LocalizedText {
	const translated = text[lang];
	if (translated === undefined) return { text: text.en, lang: SOURCE_LANGUAGE };
	if (lang !== SOURCE_LANGUAGE && text.pending?.includes(lang)) return { text: text.en, lang: SOURCE_LANGUAGE, draft: { text: translated, lang } };
	return { text: translated, lang };
}
