// The language this page speaks: a Paraglide custom strategy ("custom-circle") backed by a Svelte rune, so every
// message in a template re-renders when it changes, and `<html lang dir>` follows it. A participant's choice is
// remembered on the device; the room screen sets its languages from its URL without remembering them.
import { defineCustomClientStrategy, isLocale, setLocale, type Locale } from '$lib/paraglide/runtime';
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageTag } from '$lib/protocol/languages';

/** Where this device remembers the language a person chose. */
export const LOCALE_STORAGE_KEY = 'circlekeeper:language';

// The protocol's language list and the Paraglide project's locales must be the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameLanguages: Same<Locale, LanguageTag> = true;
void sameLanguages;

let current = $state<Locale>(initialLocale());
/** Set only while `useLocale` runs: Paraglide also calls setLocale once on its first read, which must not remember anything. */
let persist = false;

function initialLocale(): Locale {
	if (typeof window === 'undefined') return SOURCE_LANGUAGE;
	try {
		const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
		if (stored && isLocale(stored)) return stored;
	} catch {
		// Storage can be off (private mode); the browser's languages still help.
	}
	for (const tag of navigator.languages ?? []) {
		const match = matchLanguage(tag);
		if (match) return match;
	}
	return SOURCE_LANGUAGE;
}

/** The supported language closest to a browser tag: exact, then script (zh-TW → zh-Hant), then the base language. */
export function matchLanguage(tag: string): Locale | null {
	const lower = tag.toLowerCase();
	const exact = LANGUAGES.find((l) => l.tag.toLowerCase() === lower);
	if (exact) return exact.tag;
	if (lower.startsWith('zh')) return /hant|tw|hk|mo/.test(lower) ? 'zh-Hant' : 'zh-Hans';
	const base = lower.split('-')[0];
	return LANGUAGES.find((l) => l.tag === base)?.tag ?? null;
}

export function directionOf(tag: string): 'ltr' | 'rtl' {
	return LANGUAGES.find((l) => l.tag === tag)?.dir ?? 'ltr';
}

function applyToDocument(tag: Locale): void {
	if (typeof document === 'undefined') return;
	document.documentElement.lang = tag;
	document.documentElement.dir = directionOf(tag);
}

defineCustomClientStrategy('custom-circle', {
	getLocale: () => current,
	setLocale: (tag) => {
		if (!isLocale(tag)) return;
		if (persist) {
			try {
				localStorage.setItem(LOCALE_STORAGE_KEY, tag);
			} catch {
				// Not remembered; this page still speaks it.
			}
		}
		if (tag !== current) current = tag;
		applyToDocument(tag);
	}
});

applyToDocument(current);

/** The page's language now; reading it in a template or $derived re-runs them when it changes. */
export function currentLocale(): Locale {
	return current;
}

/**
 * Speaks `tag` from now on, without a reload. `remember: false` (the room screen) leaves the device's
 * remembered choice alone, so a keeper's laptop showing the screen in Spanish keeps its console in English.
 */
export function useLocale(tag: string, options: { remember?: boolean } = {}): void {
	if (!isLocale(tag)) return;
	persist = options.remember ?? true;
	try {
		void setLocale(tag, { reload: false });
	} finally {
		persist = false;
	}
}
