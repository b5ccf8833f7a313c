// The language this page speaks: a Paraglide custom strategy ("custom-circle") backed by a Svelte rune, so every
// message in a template re-renders when it changes, and `<html lang dir>` follows it. A participant's choice is
// remembered on the device; the room screen sets its languages from its URL without remembering them.
// Each language's messages and review status are fetched on demand (one chunk per language), so a phone
// downloads English (the fallback, and the source beside every draft safety text) plus its own language only.
import { defineCustomClientStrategy, isLocale, setLocale, type Locale } from '$lib/paraglide/runtime';
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageTag } from '$lib/protocol/languages';
import type { StatusFile } from '$lib/protocol/templates/translation-review';

/** A language's compiled messages (Paraglide's messages/<locale>.js), by key. */
export type Catalog = Record<string, ((inputs?: Record<string, unknown>) => string) | undefined>;

const catalogModules = import.meta.glob<Catalog>(['../paraglide/messages/*.js', '!../paraglide/messages/_index.js']);
const statusModules = import.meta.glob<StatusFile>('../../../messages/status/*.json', { import: 'default' });
const NO_REVIEWS: StatusFile = { messages: {}, templates: {} };

let catalogs = $state.raw<Partial<Record<Locale, Catalog>>>({});
let reviews = $state.raw<Partial<Record<Locale, StatusFile>>>({});
/** Fetches under way or done, by language (not state: nothing renders from it). */
const loading: Partial<Record<Locale, Promise<void>>> = {};

/** Fetches a language's messages and review status once; later calls share the first fetch. */
export function loadLocale(tag: Locale): Promise<void> {
	let pending = loading[tag];
	if (!pending) {
		const catalog = catalogModules[`../paraglide/messages/${tag}.js`]!();
		const status = statusModules[`../../../messages/status/${tag}.json`]?.() ?? Promise.resolve(NO_REVIEWS);
		pending = Promise.all([catalog, status]).then(([c, s]) => {
			catalogs = { ...catalogs, [tag]: c };
			reviews = { ...reviews, [tag]: s };
		});
		// A failed fetch (a network blip) may be tried again by the next call.
		pending.catch(() => delete loading[tag]);
		loading[tag] = pending;
	}
	return pending;
}

/** The messages of a language, once fetched; reading it in a template re-runs it when they arrive. */
export function catalogOf(tag: Locale): Catalog | undefined {
	return catalogs[tag];
}

/** A language's review status, once fetched (English, the source, has none). */
export function reviewsOf(tag: Locale): StatusFile | undefined {
	return tag === SOURCE_LANGUAGE ? NO_REVIEWS : reviews[tag];
}

/** The page's language and English have arrived: render nothing before, so no key flashes untranslated. */
export function localeReady(): boolean {
	return catalogs[SOURCE_LANGUAGE] !== undefined && catalogs[current] !== undefined && reviewsOf(current) !== undefined;
}

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
void loadLocale(SOURCE_LANGUAGE);
void loadLocale(current);

/** The page's language now; reading it in a template or $derived re-runs them when it changes. */
export function currentLocale(): Locale {
	return current;
}

/**
 * Speaks `tag` from now on, without a reload: the page keeps its state (a circle stays connected) and
 * switches once the language's messages have arrived. `remember: false` (the room screen) leaves the device's
 * remembered choice alone, so a keeper's laptop showing the screen in Spanish keeps its console in English.
 */
export async function useLocale(tag: string, options: { remember?: boolean } = {}): Promise<void> {
	if (!isLocale(tag)) return;
	await loadLocale(tag);
	persist = options.remember ?? true;
	try {
		void setLocale(tag, { reload: false });
	} finally {
		persist = false;
	}
}
