// The room screen's second language, suggested from the phones: the language most participants in the lobby
// (and waiting room) chose, so a keeper sees it preselected instead of having to ask the room.
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageTag } from '$lib/protocol/languages';

/** The most chosen language other than English, ties broken by the city's list order; null when all chose English. */
export function suggestedSecondLanguage(phoneLanguages: readonly LanguageTag[]): LanguageTag | null {
	const counts = new Map<LanguageTag, number>();
	for (const tag of phoneLanguages) if (tag !== SOURCE_LANGUAGE) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	let best: LanguageTag | null = null;
	for (const { tag } of LANGUAGES) {
		const n = counts.get(tag) ?? 0;
		if (n > 0 && (best === null || n > counts.get(best)!)) best = tag;
	}
	return best;
}
