// Words the redactor must keep: race, ethnicity, origin, religion, language and place are what equity notes are about,
// plus the everyday capitalised words (days, "Mom", "City Council") that a name detector would otherwise take for names.

import { MORE_NAME_CUES, MORE_SPEECH_VERBS } from './cues';
import * as KEEP_LIST from './keep-list.data';

/**
 * The generated keep list (keep-list.data.ts, from CLDR, the IANA zone cities, OMB SPD 15 and the Census, world
 * religions and a Sacramento gazetteer; see scripts/generate-keep-list.ts for each source).
 */
const SOURCED: readonly string[] = Object.values(KEEP_LIST)
	.flatMap((table) => table.split('|'))
	// CLDR writes "Trinidad & Tobago"; people write "and".
	.flatMap((name) => (name.includes(' & ') ? [name, name.replace(' & ', ' and ')] : [name]));

/**
 * Words none of those sources spells this way, kept by hand: everyday names of languages and places, the region's
 * public institutions, benefit programs and platforms, days and months, family words and public roles.
 */
const LOCAL_WORDS: readonly string[] = [
	'Brown', 'Creole', 'American', 'Salvadorian', 'Juneteenth', 'Tagalog', 'Farsi', 'Mandarin', 'ASL', 'Korea', 'US',
	'USA', 'America', 'United States', 'South', 'Fresno', 'Oakland', 'San Francisco', 'Franklin', 'Norwood',
	'Kaiser', 'Sutter', 'Dignity Health', 'SMUD', 'SacRT', 'Regional Transit', 'Light Rail', 'DMV', 'DHA', 'SHRA', 'ICE',
	'CalFresh', 'Medi-Cal', 'Medicare', 'Medicaid', 'WIC', 'SNAP', 'EBT', 'CalWORKs', 'SSI', 'Section', 'Covid', 'COVID',
	'DACA', 'TPS', 'COFA', 'Compact of Free Association', 'Green Card', 'SIJS', 'U visa', 'T visa', 'Dreamer', 'Dreamers',
	'Zoom', 'Facebook', 'Instagram', 'WhatsApp', 'TikTok', 'WeChat', 'YouTube', 'Google', 'Uber', 'Lyft', 'DoorDash',
	'Walmart', 'Target', 'Safeway', 'Costco', 'Amazon', 'Wi-Fi', 'WiFi',
	'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
	'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
	'I', 'Mom', 'Mama', 'Dad', 'Papa', 'Grandma', 'Grandpa', 'City', 'Council', 'City Council', 'Councilmember', 'Mayor',
	'Police', 'Sheriff', 'Department', 'Police Department', 'County', 'State', 'Federal', 'Supervisor', 'Superintendent',
	'District', 'School Board', 'Board', 'Office', 'Equity', 'Office of Equity', 'Community', 'Neighborhood',
	'Association', 'Center', 'Program', 'Circle', 'Keeper', 'Participant', 'Elder', 'Elders', 'Youth', 'Chief', 'Judge',
	'Governor', 'President', 'Congress', 'Constitution', 'Civil Rights', 'Black Lives Matter', 'Pride',
	// The same public words in Spanish, Tagalog and Vietnamese, which people capitalise as institutions.
	'Policía', 'Migra', 'Consulado', 'Concejo', 'Concejo Municipal', 'Corte', 'Iglesia', 'Gobierno', 'Condado',
	'Ciudad', 'Escuela', 'Clínica', 'Seguro Social', 'Navidad', 'Semana Santa', 'Pascua', 'Día de Muertos',
	'Cuaresma', 'Simbahan', 'Pasko', 'Phật', 'Chúa', 'Sacramento Bee',
	// Holidays and greetings people write capitalised in notes.
	'Cinco de Mayo', 'Día de los Muertos', 'Lent', 'Hanukkah', 'Kwanzaa', 'Thanksgiving', 'Labor Day', 'Memorial Day',
	'Veterans Day', 'Independence Day', 'Noche Buena', 'Gracias', 'Salamat', 'Mahalo', 'Namaste', 'Inshallah',
	'Alhamdulillah', 'Sat Sri Akal', 'Ua tsaug', 'Cảm ơn', 'Merci', 'Shalom', 'Salaam', 'Amen', 'Aloha'
];

/**
 * Never redacted by the name layers, however capitalised and wherever they stand. Matched whole-word, ignoring case and
 * accents; a phrase matches across spaces or hyphens ("African-American"), a single word also in the plural ("Sikhs").
 * The one exception is the circle's own roster, in a name-like position: see `findRosterNames` in names.ts.
 */
export const PROTECTED_WORDS: readonly string[] = [...SOURCED, ...LOCAL_WORDS];

const foldWord = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const PLACE_TABLES = [KEEP_LIST.REGION_NAMES, KEEP_LIST.CITIES, KEEP_LIST.SUBDIVISIONS, KEEP_LIST.US_CITIES, KEEP_LIST.SACRAMENTO_PLACES, KEEP_LIST.CALENDAR];
/** Weekday and month names in the UI languages, folded: "In June" stays a month even for a participant named June. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([KEEP_LIST.CALENDAR, 'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'].flatMap((table) => table.split('|')).map((word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));

/** Group, language and faith words of the keep list, folded: what a community is called, never a person or a post. */
export const GROUP_WORDS: ReadonlySet<string> = new Set([KEEP_LIST.LANGUAGE_NAMES, KEEP_LIST.MORE_LANGUAGES, KEEP_LIST.RACE_AND_ETHNICITY, KEEP_LIST.SELF_NAMES, KEEP_LIST.RELIGIONS, KEEP_LIST.ENDONYMS].flatMap((table) => table.split('|')).map(foldWord));

/**
 * One-word place, day and month names that are not also group, language or faith words ("Jordan", "Guadalupe",
 * "Washington", "Julio", "Abril"). They are often people's names too, so they yield where a name clearly stands: next to
 * another name, after a cue, before a speech verb. Group words never yield: "Hmong said" is about the Hmong.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
	PLACE_TABLES.flatMap((table) => table.split('|')).filter((place) => !/[\s-]/u.test(place)).map(foldWord).filter((place) => !GROUP_WORDS.has(place))
);

/**
 * A capitalised word followed by one of these names an institution or a street ("Luther Burbank High", "Florin Road",
 * "Hiram Johnson High School"): public places, not people, so the non-roster name layers leave the run alone.
 */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
	'street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'way', 'drive', 'lane', 'park', 'school',
	'high', 'elementary', 'middle', 'academy', 'college', 'university', 'church', 'temple', 'mosque', 'gurdwara',
	'center', 'centre', 'clinic', 'hospital', 'library', 'market', 'mall', 'plaza', 'county', 'river', 'creek', 'lake',
	'station', 'heights', 'village', 'apartments', 'manor', 'terrace', 'foundation', 'institute', 'department',
	'program', 'association', 'alliance', 'coalition', 'collective', 'services', 'ministries', 'store', 'restaurant',
	'bakery', 'cafe', 'kitchen', 'pantry', 'community'
]);

/**
 * Words just before a name that say a person follows: honorifics, kin and relationship words (including Hmong,
 * Vietnamese, Punjabi, Spanish, Tagalog, Persian and Russian forms) and public titles ("Chief Hahn"), because
 * compromise misses many non-Anglo names.
 * "Sister" and "Father" are here for nuns and priests as much as for siblings.
 */
export const NAME_CUES: ReadonlySet<string> = new Set([
	'mr', 'ms', 'mrs', 'miss', 'mx', 'dr', 'sir', 'madam', 'dona', 'senor', 'senora', 'sr', 'sra', 'srta',
	'friend', 'neighbor', 'neighbour', 'roommate', 'coworker', 'classmate', 'boss', 'landlord', 'manager', 'caseworker',
	'counselor', 'teacher', 'coach', 'pastor', 'imam', 'father', 'officer', 'deputy', 'sergeant', 'detective', 'nurse',
	'auntie', 'aunty', 'aunt', 'uncle', 'cousin', 'brother', 'sister', 'son', 'daughter', 'nephew', 'niece', 'wife',
	'husband', 'partner', 'boyfriend', 'girlfriend', 'grandson', 'granddaughter', 'grandma', 'grandpa', 'grandmother',
	'grandfather', 'mom', 'dad', 'mother', 'tio', 'tia', 'abuela', 'abuelo', 'abuelita', 'abuelito', 'comadre',
	'compadre', 'prima', 'primo', 'tita', 'tito', 'lola', 'lolo', 'kuya', 'manong', 'manang', 'niam', 'txiv', 'tais',
	'yawm', 'chu', 'bac', 'ong', 'ba', 'bhaji', 'veerji', 'bibi', 'masi', 'massi', 'chacha', 'bhua',
	'agha', 'amu', 'khaleh', 'babushka', 'named', 'chief', 'judge', 'mayor', 'councilmember', 'supervisor',
	'principal', 'professor', 'captain', 'lieutenant', ...MORE_NAME_CUES
]);

/** Honorifics written after a name: Persian "khanum", "joon", "agha"; Punjabi and Hindi "ji", "sahib". (Not "jan": also a name.) */
export const POST_NAME_CUES: ReadonlySet<string> = new Set(['khanum', 'khanom', 'joon', 'ji', 'sahib', 'saab', 'agha']);

/** Verbs of speech: strong enough to make "June said" a person even though June is also a month. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
	'said', 'says', 'told', 'tells', 'asked', 'asks', 'shared', 'shares', 'mentioned', 'explained', 'added', 'replied',
	'answered', 'agreed', 'disagreed', 'suggested', 'spoke', 'speaks', 'talked', 'talks', 'texted', 'wrote', 'writes',
	'admitted', 'insisted', 'complained', 'described', 'whispered', 'shouted', 'prayed', 'sang', 'cried', 'laughed',
	...MORE_SPEECH_VERBS
]);

/**
 * Verbs after a capitalised word that say a person did something ("Txawj said", "Ligaya works nights"). Only words
 * that are not ordinary English are taken as names on this cue, so "Staff said" stays. Auxiliaries and verbs that
 * things do too ("is", "has", "runs", "went") are left out: "Transit is late" must not read as a person.
 */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
	...SPEECH_VERBS, 'called', 'smiled', 'remembered', 'remembers', 'felt', 'feels', 'thinks', 'thought', 'believes',
	'believed', 'wants', 'wanted', 'hopes', 'hoped', 'lives', 'lived', 'works', 'worked', 'drives', 'drove', 'cooks',
	'cooked', 'teaches', 'taught', 'volunteers', 'volunteered', 'organizes', 'organized', 'brought', 'brings', 'moved',
	'arrived', 'helped', 'helps', 'stayed', 'waited', 'walked', 'knows', 'knew', 'worried', 'raised', 'translated',
	'interpreted', 'invited', 'introduced', 'joined', 'sells', 'sold', 'fixed', 'fixes', 'cleans', 'studies', 'loves'
]);

/** Lower-case particles inside a name ("María José de la Cruz", "Ludwig van Beethoven"): kept only between names. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'van', 'von', 'der', 'bin', 'binti', 'al', 'el', 'y', 'e']);

/**
 * Short name parts that English also uses as words ("Pa", "Her", "Le", "Lo"). Alone they stay; next to a name they
 * join it, so "Pa Houa" and "Mai Her" go whole.
 */
export const NAME_PARTS_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['pa', 'her', 'le', 'lo', 'ly', 'may', 'mai', 'bao', 'see', 'van', 'do', 'ho', 'ha', 'long', 'young', 'king']);
