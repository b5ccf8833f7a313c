// The language this page speaks, as a Svelte rune, so every message in a template re-renders when it changes,
// and `<html lang dir>` follows it. A participant's choice is remembered on the device; the room screen sets its
// languages from its URL without remembering them. Each language's messages and review status are fetched on
// demand (one chunk per language): a phone downloads English (the fallback, and the source beside every draft
// safety text) and its own language only. Paraglide's runtime is not used: it would pick the language itself.
import { LANGUAGE_TAGS, LANGUAGES, SOURCE_LANGUAGE, type LanguageTag } from '$lib/protocol/languages';
import type { StatusFile } from '$lib/protocol/templates/translation-review';

export type Locale = LanguageTag;

/** A language's compiled messages (Paraglide's messages/<locale>.js), by key. */
export type Catalog = Record<string, ((inputs?: Record<string, unknown>) => string) | undefined>;

/** Where this device remembers the language a person chose. */
export const LOCALE_STORAGE_KEY = 'circlekeeper:language';

const catalogModules = import.meta.glob<Catalog>(['../paraglide/messages/*.js', '!../paraglide/messages/_index.js']);
const statusModules = import.meta.glob<StatusFile>('../../../messages/status/*.json', { import: 'default' });
const NO_REVIEWS: StatusFile = { messages: {}, templates: {} };

export function isLocale(tag: unknown): tag is Locale {
	return typeof tag === 'string' && (LANGUAGE_TAGS as string[]).includes(tag);
}

let current = $state<Locale>(initialLocale());
let catalogs = $state.raw<Partial<Record<Locale, Catalog>>>({});
let reviews = $state.raw<Partial<Record<Locale, StatusFile>>>({});
/** The language asked for last, so a slow fetch of an earlier choice does not override it. */
let wanted: Locale | null = null;
/** Fetches under way or done, by language (not state: nothing renders from it). */
const loading: Partial<Record<Locale, Promise<void>>> = {};

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
	wanted = tag;
	await loadLocale(tag);
	// A later choice made while this one was loading wins.
	if (wanted !== tag) return;
	if (options.remember ?? true) {
		try {
			localStorage.setItem(LOCALE_STORAGE_KEY, tag);
		} catch {
			// Not remembered; this page still speaks it.
		}
	}
	current = tag;
	applyToDocument(tag);
}
