// The role layer of redaction: "the only Hmong firefighter at Station 5" names one person without a name. The rule:
// after "the only / the one / the first" (or Spanish "el único / la única / la primera"), a job word followed by a
// named or numbered workplace ("at Station 5", "at Kennedy High", "at the Elk Grove substation", "en la ruta 51") is
// replaced by "[role]". The group words before the job stay ("the only Hmong [role]"): a group is what equity notes
// are about, and without the job and the place it points at no one. Uniqueness without a workplace ("the only Black
// tenant in his building") is kept: it is the experience the circle is about, and a keeper reviews every harvest.

/** Workplace nouns written after or before a place's name ("the Elk Grove substation", "la escuela Ethel Baker"). */
const WORKPLACE_NOUNS = ['station', 'substation', 'precinct', 'firehouse', 'clinic', 'hospital', 'school', 'campus', 'office', 'branch', 'library', 'store', 'warehouse', 'plant', 'depot', 'center', 'centre', 'shelter', 'route', 'line', 'escuela', 'clínica', 'clinica', 'estación', 'estacion', 'oficina', 'tienda', 'ruta', 'línea', 'linea'];
/** Case-sensitive on purpose (\p{Lu} must mean a capital), so each noun is listed as written and capitalised. */
const WORKPLACE = WORKPLACE_NOUNS.flatMap((noun) => [noun, noun.charAt(0).toUpperCase() + noun.slice(1)]).join('|');
const UNIQUE = String.raw`(?<![\p{L}])(?:[Tt]he|[Ee]l|[Ll]a)\s+(?:only|one|first|sole|lone|única|unica|único|unico|primera|primer)\s+`;
/** Up to three words between "the only" and the job: group words and adjectives ("Hmong", "woman", "Black female"). */
const DESCRIPTORS = String.raw`(?:[\p{L}\p{M}'’-]+\s+){0,3}?`;
const JOB = String.raw`\p{Ll}[\p{L}\p{M}-]+`;
const NAMED = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;
/** Numbered first ("Station 12"), then a workplace noun and a name ("la escuela Ethel Baker"), then a name. */
const PLACE = String.raw`(?:(?:the|la|el)\s+)?(?:\p{Lu}\p{L}+\s+\d{1,4}|(?:${WORKPLACE})\s+(?:\d{1,4}|${NAMED})|${NAMED}(?:\s+(?:${WORKPLACE}))?)`;

export const ROLE_PHRASE = new RegExp(`${UNIQUE}(${DESCRIPTORS})(${JOB}\\s+(?:at|in|on|for|from|en|de|del)\\s+(${PLACE}))(?![\\p{L}\\p{N}])`, 'gu');

/** Words in the job's place that are not jobs: "the only one at the center", "the first time in Oakland". */
const NOT_JOBS = new Set(['one', 'ones', 'person', 'people', 'time', 'times', 'thing', 'place', 'day', 'way', 'week', 'year', 'family', 'families', 'house', 'home', 'vez', 'persona', 'uno', 'una']);

/** "the one who feeds everyone at ...": a relative clause describes what someone does, not a unique post. */
const RELATIVE = /(?:^|\s)(?:who|that|which|whose|que|quien)\s/iu;

/**
 * The span is the job and the workplace only: "the only" and the group words before the job stay. A "workplace" named
 * only by protected words, group or place ("at the Guatemalan church", "in Rancho Cordova"), is a
 * community or a town, not a post, and is left alone (protected words are never lost); so is "the only one".
 * `isProtected` says whether the place's capitalised words are all group or place words, or together one protected name.
 */
export function acceptRole(match: RegExpExecArray, isProtected: (words: readonly string[]) => boolean): { start: number; end: number } | null {
	const [whole, descriptors = '', role = '', place = ''] = match;
	if (RELATIVE.test(` ${descriptors}`) || NOT_JOBS.has(role.split(/\s/u)[0]?.toLowerCase() ?? '')) return null;
	const words = place.replace(/[.,;:]+$/u, '').split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word));
	if (!/\d/u.test(place) && !WORKPLACE_NOUNS.some((noun) => place.toLowerCase().includes(noun)) && isProtected(words)) return null;
	const trailing = /[.,;:]+$/u.exec(role)?.[0].length ?? 0;
	return { start: match.index + whole.length - role.length, end: match.index + whole.length - trailing };
}
