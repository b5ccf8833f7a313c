// Consent and safety texts must be translated by people, not machines (PRODUCT.md, "Language access").
// These keys are shown in English with a visible "translation pending" note in any language not listed in
// HUMAN_TRANSLATED; scripts/check-translations.ts keeps the two lists and the message files consistent.
import type { LanguageTag } from '$lib/protocol/languages';

/** Message keys that are consent or safety text: the agreements, what is kept, care and pause, leaving. */
export const SAFETY_KEYS = [
	'join_agreements',
	'join_agreements_lead',
	'join_no_guidelines',
	'join_kept',
	'join_kept_recording',
	'join_kept_names',
	'join_kept_notes',
	'join_kept_pass',
	'join_kept_pause',
	'join_accept',
	'circle_ended_more',
	'care_button',
	'care_sent',
	'care_note',
	'leave_button',
	'leave_confirm',
	'leave_yes',
	'leave_no',
	'typed_hint',
	// what becomes of a reflection and of the anonymous questions
	'trust_before_lead',
	'feedback_lead',
	'reflect_scope_legend',
	'reflect_scope_circle',
	'reflect_scope_circle_more',
	'reflect_scope_theme',
	'reflect_scope_theme_more',
	'reflect_scope_quote',
	'reflect_scope_quote_more'
] as const;

/** Languages whose every safety text a person has translated and reviewed. */
export const HUMAN_TRANSLATED: readonly LanguageTag[] = ['en', 'es'];

export function safetyTranslated(tag: string): boolean {
	return (HUMAN_TRANSLATED as readonly string[]).includes(tag);
}
