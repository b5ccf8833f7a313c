// Free text that others will see (names, shares, agreements, notes, reflections, plan texts) loses the
// invisible characters that could reorder or hide what it says, before any other rule looks at it.
import * as v from 'valibot';

/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the Arabic letter mark, and
 * zero-width characters that join nothing (zero-width space, word joiner, invisible operators, BOM).
 */
const HIDING = /[\u202A-\u202E\u2066-\u2069\u061C\u200B\u2060-\u2064\uFEFF]/gu;
/**
 * ZWNJ and ZWJ are kept where they shape writing (Persian, the Indic scripts, emoji sequences):
 * between two letters, marks or pictographs. Anywhere else they only hide.
 */
const STRAY_JOINER = /(?<![\p{L}\p{M}\p{Extended_Pictographic}\uFE0F])[\u200C\u200D]+|[\u200C\u200D]+(?![\p{L}\p{M}\p{Extended_Pictographic}])/gu;

/** `text` without characters that change how it displays while staying invisible. */
export function withoutHiddenControls(text: string): string {
	return text.replace(HIDING, '').replace(STRAY_JOINER, '');
}

/** The valibot step every free-text field starts with. */
export const visibleText = () => v.transform(withoutHiddenControls);
