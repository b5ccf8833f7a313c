// What a reader sees of a consent or safety message: their language once a person has reviewed it there;
// until then the English, with the draft in their language beside it (labelled by the page), never the draft alone.
import type { LocalizedText } from '$lib/protocol/languages';
import { catalogOf, currentLocale, reviewsOf } from './locale.svelte';
import { SAFETY_KEYS, type SafetyKey } from './safety-keys';

export function safetyText(key: SafetyKey, inputs: Record<string, unknown> = {}): LocalizedText {
	const tag = currentLocale();
	const english = catalogOf('en')?.[key];
	const text = english ? english(inputs) : '';
	if (tag === 'en') return { text, lang: 'en' };
	const own = catalogOf(tag)?.[key];
	// Paraglide re-exports the English function for a key a language lacks: that is no translation.
	if (!own || own === english) return { text, lang: 'en' };
	if (reviewsOf(tag)?.messages[key]?.status === 'reviewed') return { text: own(inputs), lang: tag };
	return { text, lang: 'en', draft: { text: own(inputs), lang: tag } };
}

/** A person has reviewed every consent and safety message in the page's language. */
export function safetyReviewed(): boolean {
	const tag = currentLocale();
	if (tag === 'en') return true;
	const reviews = reviewsOf(tag)?.messages ?? {};
	return SAFETY_KEYS.every((key) => reviews[key]?.status === 'reviewed');
}
