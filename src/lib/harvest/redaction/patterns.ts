// The pattern layers of redaction: links, emails, social handles, identifiers, phone numbers, street addresses and
// identifying roles, found by shape.
// They run before the name layers so that "mai.vang@gmail.com" goes whole as an email instead of losing only "mai".
import type { PiiKind } from '../redaction';
import { acceptCaseNumber, CASE_NUMBER_PATTERNS, DATE_OF_BIRTH, IDENTIFIER_PATTERNS } from './identifiers';
import { ROLE_PHRASE, acceptRole } from './roles';
import { GROUP_WORDS, PLACE_WORDS, PROTECTED_WORDS } from './protected-words';
import { fold, wordClass } from './words';

export interface PiiSpan {
	readonly start: number;
	readonly end: number;
	readonly kind: PiiKind;
}

/** Every protected name, multi-word ones too ("Rancho Cordova"), folded as the layers compare words. */
const PROTECTED_NAMES: ReadonlySet<string> = new Set(PROTECTED_WORDS.map(fold));

/** A role's "workplace" made only of protected words is a town or a community, not a post (see roles.ts). */
function isProtectedPlace(words: readonly string[]): boolean {
	return PROTECTED_NAMES.has(fold(words.join(' '))) || words.every((word) => GROUP_WORDS.has(fold(word)) || PLACE_WORDS.has(fold(word)));
}

/** A pattern layer: one kind, the regular expressions that find it, and an optional check on each match. */
interface PatternLayer {
	readonly kind: PiiKind;
	readonly patterns: readonly RegExp[];
	/** Narrows or rejects a match: returns the span to replace, or null to keep the text. */
	readonly accept?: (match: RegExpExecArray) => { start: number; end: number; kind?: PiiKind } | null;
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** "rosalba . mendez @ gmail . com": spaces around "@" and dots, typed to dodge scrapers or by a phone's keyboard. */
const SPACED_EMAIL =
	/(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:(?:\.|\s+\.\s+)[\p{L}\p{N}_%+-]+)*\s*@\s*[\p{L}\p{N}-]+(?:\s*\.\s*[\p{L}\p{N}-]+)*\s*\.\s*\p{L}{2,}(?![\p{L}\p{N}])/gu;
/** "mai.vang at gmail dot com": only with a spelled-out "dot" before a common ending, so "meet at church" is safe. */
const SPELLED_EMAIL =
	/(?<![\p{L}\p{N}])[\p{L}\p{N}._+-]+\s*(?:\[at\]|\(at\)|\s+at\s+|\s+arroba\s+)\s*[\p{L}\p{N}-]+(?:\s*(?:\[dot\]|\(dot\)|\s+dot\s+|\s+punto\s+|\.)\s*[\p{L}\p{N}-]+)*?\s*(?:\[dot\]|\(dot\)|\s+dot\s+|\s+punto\s+)\s*(?:com|org|net|edu|gov|us|io|me|mx|ph|in|vn)(?![\p{L}\p{N}])/giu;

/** Endings common in links people paste, including shorteners (bit.ly, youtu.be, goo.gl). */
const TOP_LEVEL_DOMAINS = 'com|org|net|edu|gov|io|us|co|me|ly|be|gl|app|info|biz|tv|gg|am|link|page|site|it|de|uk|ca|mx|ph|in|vn|ir|ru|ua|cn|tw|fm|to|ws|ai|xyz|online|store|shop|news|club|live|church|so|gd|cc';
const URL = new RegExp(
	`(?<![\\p{L}\\p{N}@.\\-])(?:https?://[^\\s<>"]+|www\\.[^\\s<>"]+|(?:[a-z0-9-]+\\.)+(?:${TOP_LEVEL_DOMAINS})(?:/[^\\s<>"]*)?)(?![\\p{L}\\p{N}\\-])`,
	'giu'
);
/** Any "host.ending/path" is a link, whatever the ending: "forms.gle/abc", "linktr.ee/name". */
const PATH_URL = /(?<![\p{L}\p{N}@.-])(?:[a-z0-9-]+\.)+[a-z]{2,6}\/[^\s<>"]+/giu;
/** Hosts whose links point at a person's profile, so they count (and read) as a handle rather than a link. */
const SOCIAL_HOST = /^(?:https?:\/\/)?(?:www\.|m\.)?(?:twitter\.com|x\.com|instagram\.com|instagr\.am|tiktok\.com|facebook\.com|fb\.com|snapchat\.com|linkedin\.com|threads\.net|youtube\.com\/@|venmo\.com|cash\.app|t\.me|wa\.me)/iu;
/** "instagram/mai.vang99" written without the ".com". */
const SOCIAL_PATH = /(?<![\p{L}\p{N}])(?:instagram|insta|ig|twitter|tiktok|snapchat|snap|facebook|fb)\/@?[\p{L}\p{N}_.]+[\p{L}\p{N}_]/giu;
/** Punctuation that ends a sentence after a link rather than belonging to it. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]'"’”]+$/u;

/**
 * Venmo names carry hyphens ("@Minh-Tran-12"); a trailing dot or hyphen ends the sentence, not the handle. Not after
 * "]" either, so that "N@0" is read the same before and after "N" becomes a placeholder.
 */
const AT_HANDLE = /(?<![\p{L}\p{N}_.@\]])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?/gu;
/** Cash App "$cashtag": a dollar sign then a letter, which an amount never has. */
/** Discord-style names with a four-digit discriminator ("txawj_v#4821"). */
const DISCRIMINATOR_HANDLE = /(?<![\p{L}\p{N}_.#@])[\p{L}\p{N}_.]{2,32}#\d{4}(?!\d)/gu;
const CASHTAG = /(?<![\p{L}\p{N}])\$[A-Za-z][A-Za-z0-9_-]{1,19}(?![\p{L}\p{N}])/gu;
/**
 * "my IG is mai.vang99", "snap: txawjv": the handle is the last group, after a platform word and "is/as/at/:".
 * "Threads" and "Signal" are left out: notes use them as plain words ("Threads: housing, youth").
 */
const PLATFORM_HANDLE =
	/(?<![\p{L}\p{N}])(?:instagram|insta|ig|twitter|tiktok|snapchat|snap|facebook|fb|discord|venmo|cash\s?app|telegram|whatsapp|wechat)(?:\s+(?:handle|account|name|username|user|id|page))?(\s+is|\s+as|\s+at|\s*:|\s+-)\s*@?([\p{L}\p{N}_.]{1,30}[\p{L}\p{N}_])/giu;

/** Phones: US forms with an optional +1, a bare ten-digit run, a local seven-digit "555-0123", and "+country ..." forms. */
const INTERNATIONAL_PHONE = /(?<![\p{Script=Latin}\p{N}+])\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?!\d)/gu;
/**
 * Numbers as dialled inside the Philippines, Mexico, India, Iran or Vietnam: a trunk "0" and 10 or 11 digits in
 * groups ("0912 555 7788", "090 555 1234"), or Mexico's ten digits as "33 1555 2468".
 */
const NATIONAL_PHONE = /(?<![\p{Script=Latin}\p{N}+.,$-])(?:0\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}|0\d{9,10}|\d{2}[\s.-]\d{4}[\s.-]\d{4})(?![\p{N}-])/gu;
/** Digits spelled out, seven or more in a row ("nine one six, five five five, zero one four two"), English or Spanish. */
const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)';
const SPELLED_PHONE = new RegExp(`(?<![\\p{L}])${DIGIT_WORD}(?:[\\s,.-]+${DIGIT_WORD}){6,}(?![\\p{L}])`, 'giu');
const US_PHONE = /(?<![\p{Script=Latin}\p{N}+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)/gu;
/** "(916)5550124": the area code in brackets, the rest run together. */
const BRACKETED_PHONE = /(?<![\p{Script=Latin}\p{N}])\(\d{3}\)\s?\d{7}(?!\d)/gu;
const US_PHONE_DIGITS = /(?<![\p{Script=Latin}\p{N}+])(?:\+?1)?\d{10}(?!\d)/gu;
const LOCAL_PHONE = /(?<![\p{N}+.,$-])\d{3}-\d{4}(?![\d-])/gu;
/** ITU E.164 allows at most 15 digits; fewer than 8 is not a dialable international number. */
const INTERNATIONAL_DIGITS = { min: 8, max: 15 } as const;

const STREET_TYPES = ['St', 'Street', 'Ave', 'Av', 'Avenue', 'Blvd', 'Boulevard', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Way', 'Ct', 'Court', 'Pl', 'Place', 'Cir', 'Circle', 'Ter', 'Terrace', 'Pkwy', 'Parkway', 'Hwy', 'Highway', 'Loop', 'Trl', 'Trail', 'Sq', 'Square', 'Plaza', 'Alley', 'Row', 'Walk', 'Path'];
/** Abbreviated types only: "1234 oak st" typed in lower case, without letting "a 3 day drive" read as an address. */
const STREET_ABBREVIATIONS = ['st', 'ave', 'blvd', 'rd', 'dr', 'ln', 'ct', 'pl', 'cir', 'pkwy', 'hwy'];
const HOUSE_NUMBER = String.raw`(?<![\p{L}\p{N}$#.,])\d{1,6}[A-Za-z]?(?:-\d{1,4})?\s+(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+|(?:North|South|East|West)\s+)?`;
const UNIT = String.raw`(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|Space|Spc|Lot|Room|Rm|#)\.?\s*#?\s*[A-Za-z0-9-]{1,6}(?![\p{L}\p{N}]))`;
/** ", Sacramento, CA 95820-3341" after a street: the rest of a mailing address. */
const CITY_STATE_ZIP = String.raw`(?:,?\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*,?\s+(?:CA|Calif\.?|California)\.?(?:\s+\d{5}(?:-\d{4})?)?|,?\s+\d{5}(?:-\d{4})?)`;
/** A street whose name has no type ("3701 Broadway Suite 4") is still an address when a unit follows the number. */
const STREET_WITH_UNIT = new RegExp(
	`${HOUSE_NUMBER}(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}\\p{M}'’.-]*${UNIT}`,
	'gu'
);
const STREET_ADDRESS = new RegExp(
	`${HOUSE_NUMBER}(?:(?:(?:\\d{1,3}(?:st|nd|rd|th)|\\p{Lu}[\\p{L}\\p{M}'’.-]*)\\s+){1,4}(?:${STREET_TYPES.flatMap((type) => [type, type.toLowerCase()]).join('|')})|(?:\\p{Ll}[\\p{L}\\p{M}'’-]*\\s+){1,2}(?:${STREET_ABBREVIATIONS.join('|')}))(?![\\p{L}\\p{N}])${UNIT}?${CITY_STATE_ZIP}?`,
	'gu'
);
/** "Calle Pino 2231, depto. 4", "Av. Juárez 145, int. 3": the street first, then the number, then the flat. */
const SPANISH_ADDRESS =
	/(?<![\p{L}\p{N}])(?:Calle|C\/|Avenida|Av\.|Avda\.|Calzada|Privada|Callejón|Camino|Carretera|Boulevard|Blvd\.)\s+(?:[\p{L}\p{M}][\p{L}\p{M}.'’-]*\s+){1,4}?(?:#\s*|No\.?\s*|núm\.?\s*)?\d{1,5}[A-Za-z]?(?:\s*,?\s*(?:depto|dpto|apto|apt|int|interior|departamento|casa|piso)\.?\s*#?\s*\d{1,4}[A-Za-z]?)?(?![\p{L}\p{N}])/gu;
/** ZIP+4 anywhere: it narrows to a block or a building. A plain five-digit ZIP stays. */
const ZIP_PLUS_FOUR = /(?<![\p{L}\p{N}-])\d{5}-\d{4}(?![\p{N}-])/gu;
/** A unit on its own ("Apt 214", "Unit 8", "depto. 4"): with a digit, so "Suite B" and "room" talk stay. */
const LONE_UNIT = /(?<![\p{L}\p{N}])(?:Apt|Apartment|Unit|Suite|Ste|Space|Spc|Lot|depto|dpto|apto|departamento)\.?\s*#?\s*\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])/giu;
const PO_BOX = /(?<![\p{L}\p{N}])(?:P\.?\s?O\.?|Post\s+Office)\s*Box\s+#?\d{1,6}(?!\d)/giu;

function trimTrailingPunctuation(match: RegExpExecArray): { start: number; end: number } {
	const trimmed = match[0].replace(TRAILING_PUNCTUATION, '');
	return { start: match.index, end: match.index + trimmed.length };
}

/** A handle after a platform must look like one, not a word: "Instagram is where the youth organize", "IG: later". */
function looksLikeHandle(handle: string): boolean {
	if (/[\p{N}_.]/u.test(handle)) return true;
	const kind = wordClass(fold(handle));
	return kind === 'unknown' || kind === 'name';
}

/** Layers in the order they claim text: earlier layers win where matches overlap. */
export const PATTERN_LAYERS: readonly PatternLayer[] = [
	{ kind: 'email', patterns: [EMAIL, SPACED_EMAIL, SPELLED_EMAIL] },
	{
		kind: 'url',
		patterns: [URL, PATH_URL],
		accept: (match) => ({ ...trimTrailingPunctuation(match), kind: SOCIAL_HOST.test(match[0]) ? 'handle' : 'url' })
	},
	{ kind: 'handle', patterns: [DISCRIMINATOR_HANDLE, SOCIAL_PATH, AT_HANDLE, CASHTAG] },
	{
		kind: 'handle',
		patterns: [PLATFORM_HANDLE],
		accept: (match) => {
			const [whole, , handle = ''] = match;
			if (!looksLikeHandle(handle)) return null;
			return { start: match.index + whole.length - handle.length, end: match.index + whole.length };
		}
	},
	{ kind: 'date-of-birth', patterns: [DATE_OF_BIRTH] },
	{ kind: 'identifier', patterns: IDENTIFIER_PATTERNS },
	{
		kind: 'phone',
		patterns: [INTERNATIONAL_PHONE, US_PHONE, BRACKETED_PHONE, US_PHONE_DIGITS, NATIONAL_PHONE, SPELLED_PHONE, LOCAL_PHONE],
		accept: (match) => {
			const digits = match[0].replace(/\D/gu, '').length;
			if (match[0].startsWith('+') && (digits < INTERNATIONAL_DIGITS.min || digits > INTERNATIONAL_DIGITS.max)) return null;
			return { start: match.index, end: match.index + match[0].length };
		}
	},
	{ kind: 'address', patterns: [STREET_ADDRESS, STREET_WITH_UNIT, SPANISH_ADDRESS, PO_BOX, ZIP_PLUS_FOUR, LONE_UNIT] },
	{ kind: 'identifier', patterns: CASE_NUMBER_PATTERNS, accept: acceptCaseNumber },
	{ kind: 'role', patterns: [ROLE_PHRASE], accept: (match) => acceptRole(match, isProtectedPlace) }
];

/** Every match of one layer, before overlaps with earlier layers are settled. */
export function findPatternSpans(text: string, layer: PatternLayer): PiiSpan[] {
	const spans: PiiSpan[] = [];
	for (const pattern of layer.patterns) {
		for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
			const execMatch = match as RegExpExecArray;
			const accepted = layer.accept ? layer.accept(execMatch) : { start: match.index, end: match.index + match[0].length };
			if (accepted && accepted.end > accepted.start) spans.push({ start: accepted.start, end: accepted.end, kind: accepted.kind ?? layer.kind });
		}
	}
	return spans;
}
