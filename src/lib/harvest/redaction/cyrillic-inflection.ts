// Russian and Ukrainian inflect place and group names ("из Украины", "в Молдове"), so the keep list's nominative
// forms are matched by stem too.
import { PROTECTED_WORDS } from './protected-words';
import { foldedWords } from './words';

/**
 * Russian inflects place names ("из Украины", "из Молдовы"): a Cyrillic word is protected when it is a protected word
 * with its ending changed, that is the word less its last vowel or soft sign, plus at most two letters.
 */
const CYRILLIC = /^\p{Script=Cyrillic}+$/u;
const CYRILLIC_ENDING = /[аеёиоуыэюяйь]$/u;
const MIN_CYRILLIC_STEM = 4;
const MAX_CYRILLIC_SUFFIX = 2;
const CYRILLIC_STEMS = new Set(
	PROTECTED_WORDS.map(foldedWords).filter((words) => words.length === 1 && CYRILLIC.test(words[0] as string)).map((words) => (words[0] as string).replace(CYRILLIC_ENDING, '')).filter((stem) => stem.length >= MIN_CYRILLIC_STEM)
);

export function inflectedProtected(folded: string): boolean {
	if (!CYRILLIC.test(folded)) return false;
	for (let cut = 0; cut <= MAX_CYRILLIC_SUFFIX + 1; cut += 1) if (cut < folded.length && CYRILLIC_STEMS.has(folded.slice(0, folded.length - cut))) return true;
	return false;
}
