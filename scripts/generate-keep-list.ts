// Writes src/lib/harvest/redaction/keep-list.data.ts, the words redaction must never remove: every country, region and
// language name CLDR knows (through ICU's Intl.DisplayNames, in English and each participant UI language) and the
// tables of scripts/keep-list-sources.ts. Run with `npx tsx scripts/generate-keep-list.ts` after changing either.
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { RACE_AND_ETHNICITY, RACE_AND_ETHNICITY_SOURCE, RELIGIONS, RELIGIONS_SOURCE, SACRAMENTO_PLACES, SACRAMENTO_SOURCE, SELF_NAMES, SELF_NAMES_SOURCE, SUBDIVISIONS, SUBDIVISIONS_SOURCE, ISO_639_3_LANGUAGES, ISO_639_3_SOURCE, US_CITIES, US_CITIES_SOURCE, ENDONYMS, ENDONYMS_SOURCE } from './keep-list-sources';

const OUTPUT = 'src/lib/harvest/redaction/keep-list.data.ts';
/** PRODUCT.md's participant languages, as CLDR locales (Tagalog is CLDR's Filipino; Hmong has no CLDR data). */
const UI_LOCALES = ['en', 'es', 'zh-Hans', 'zh-Hant', 'pa', 'ru', 'fil', 'vi', 'hi', 'fa'];
/** Region codes that are not places: ICU's pseudo-locales and "unknown region". */
const NOT_PLACES = new Set(['XA', 'XB', 'ZZ', 'EU', 'EZ', 'UN', 'QO']);
/**
 * Languages named in every UI language, not only in English: those of PRODUCT.md and of the region's immigrant
 * communities. Other language names are kept in English only, to keep the file small enough for the keeper's browser.
 */
const LOCAL_LANGUAGES = ['en', 'es', 'zh', 'yue', 'pa', 'hmn', 'ru', 'uk', 'fil', 'tl', 'vi', 'hi', 'ur', 'fa', 'ps', 'ar', 'lo', 'km', 'th', 'my', 'ne', 'am', 'ti', 'om', 'so', 'sw', 'mh', 'sm', 'to', 'fj', 'ch', 'ko', 'ja', 'hy', 'ro', 'ilo', 'ceb', 'bn', 'gu', 'ta', 'te', 'tr', 'ku', 'yo', 'ig'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function codes(length: 2 | 3): string[] {
	let out = [''];
	for (let index = 0; index < length; index += 1) out = out.flatMap((prefix) => [...LETTERS].map((letter) => prefix + letter));
	return out;
}

/** "Myanmar (Burma)" → "Myanmar" and "Burma": the words a note would use. */
function plain(name: string): string[] {
	const inside = [...name.matchAll(/[(（]([^)）]*)[)）]/gu)].map((match) => (match[1] ?? '').trim());
	return [name.replace(/\s*[(（][^)）]*[)）]/gu, '').trim(), ...inside.filter((part) => /^\p{Lu}/u.test(part) || !/\p{Script=Latin}/u.test(part))];
}

function displayNames(locale: string, type: 'region' | 'language', all: readonly string[]): string[] {
	const names: string[] = [];
	for (const style of ['long', 'short'] as const) {
		const display = new Intl.DisplayNames([locale], { type, style, fallback: 'none' });
		for (const code of all) {
			const name = display.of(code);
			if (name && name !== code) names.push(...plain(name));
		}
	}
	return names;
}

const regionCodes = [...codes(2).map((code) => code.toUpperCase()), ...Array.from({ length: 999 }, (_, index) => String(index + 1).padStart(3, '0'))].filter((code) => !NOT_PLACES.has(code));
const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const languageCodes = [...codes(2), ...codes(3)].filter((code) => english.of(code) !== undefined);

/** A language or city name compromise knows as a person's name ("Kara", "Sydney") would shield that person; leave it out. */
const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const isPersonName = (name: string) => [lexicon[name.toLowerCase()] ?? []].flat().some((tag) => PERSON_TAGS.has(tag));

function unique(names: readonly string[]): string[] {
	const seen = new Map<string, string>();
	for (const name of names) {
		const key = name.normalize('NFC').toLowerCase();
		if (name.length > 1 && !seen.has(key)) seen.set(key, name.normalize('NFC'));
	}
	return [...seen.values()].sort((a, b) => a.localeCompare(b, 'en'));
}

const regions = unique(UI_LOCALES.flatMap((locale) => displayNames(locale, 'region', regionCodes)));
const languages = unique([
	...displayNames('en', 'language', languageCodes).filter((name) => !isPersonName(name)),
	...UI_LOCALES.flatMap((locale) => displayNames(locale, 'language', LOCAL_LANGUAGES))
]);

/** The cities IANA's time-zone database names its zones for ("Asia/Ho_Chi_Minh" → "Ho Chi Minh"): the world's large cities. */
const zoneCities = unique(Intl.supportedValuesOf('timeZone').map((zone) => (zone.split('/').at(-1) ?? '').replace(/_/gu, ' ')).filter((city) => !/^(?:UTC|GMT|[A-Z]{2,4}\d*)$/u.test(city) && !isPersonName(city)));

/** Weekday and month names in every UI language, as CLDR formats them ("Chủ Nhật", "Linggo", "Sabado"). */
const CALENDAR_DAYS = Array.from({ length: 7 }, (_, day) => new Date(Date.UTC(2024, 0, 7 + day)));
const CALENDAR_MONTHS = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2024, month, 15)));
const calendarNames = unique(
	UI_LOCALES.flatMap((locale) => [
		...CALENDAR_DAYS.map((date) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date)),
		...CALENDAR_MONTHS.map((date) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date))
	])
);

const tables = [
	['REGION_NAMES', `CLDR ${process.versions.cldr} region names (ICU ${process.versions.icu}, Intl.DisplayNames) in ${UI_LOCALES.join(', ')}`, regions],
	['LANGUAGE_NAMES', `CLDR ${process.versions.cldr} language names: all in English, local ones in ${UI_LOCALES.join(', ')}`, languages],
	['MORE_LANGUAGES', ISO_639_3_SOURCE, unique(ISO_639_3_LANGUAGES)],
	['RACE_AND_ETHNICITY', RACE_AND_ETHNICITY_SOURCE, unique(RACE_AND_ETHNICITY)],
	['SELF_NAMES', SELF_NAMES_SOURCE, unique(SELF_NAMES)],
	['RELIGIONS', RELIGIONS_SOURCE, unique(RELIGIONS)],
	['CALENDAR', `CLDR ${process.versions.cldr} weekday and month names in ${UI_LOCALES.join(', ')}`, calendarNames],
	['CITIES', `IANA time zone database ${process.versions.tz} zone cities, via Intl.supportedValuesOf`, zoneCities],
	['SUBDIVISIONS', SUBDIVISIONS_SOURCE, unique(SUBDIVISIONS)],
	['US_CITIES', US_CITIES_SOURCE, unique(US_CITIES.filter((name) => !isPersonName(name)))],
	['ENDONYMS', ENDONYMS_SOURCE, unique(ENDONYMS)],
	['SACRAMENTO_PLACES', SACRAMENTO_SOURCE, unique(SACRAMENTO_PLACES)]
] as const;

const body = tables.map(([name, source, words]) => `/** ${words.length} entries. Source: ${source}. */\nexport const ${name} = ${JSON.stringify(words.join('|'))};\n`).join('\n');
writeFileSync(
	OUTPUT,
	`// Generated by scripts/generate-keep-list.ts from CLDR (via ICU) and scripts/keep-list-sources.ts; do not edit by hand.\n// Each table is one "|"-separated string: compact in the keeper's browser, split once when redaction loads.\n\n${body}`
);
console.log(tables.map(([name, , words]) => `${name}: ${words.length}`).join(', '));
