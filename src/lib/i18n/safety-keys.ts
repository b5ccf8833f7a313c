// Consent and safety texts must be translated by people, not machines (PRODUCT.md, "Language access").
// In a language where a person has not reviewed one (messages/status/<lang>.json), it is shown in English with
// the draft beside it, labelled (src/lib/i18n/safety.ts); scripts/check-translations.ts keeps every one's status.

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

export type SafetyKey = (typeof SAFETY_KEYS)[number];
