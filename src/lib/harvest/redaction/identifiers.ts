// Identifier layers of redaction: government and benefit numbers (SSN, A-number, Medi-Cal, EBT, driver's licence,
// licence plates, case/report/incident numbers) and dates of birth, found by shape and by the words that announce them.

/** Social Security numbers written with hyphens; with spaces only after a word that names one ("social 604 22 1987"). */
const SSN = /(?<![\p{L}\p{N}-])\d{3}-\d{2}-\d{4}(?![\p{N}-])/gu;
const SPACED_SSN = /(?<=(?<![\p{L}])(?:ssn|social|security|seguro social)(?![\p{L}])[^\p{N}]{0,24})\d{3}\s\d{2}\s\d{4}(?!\d)/giu;
/** Immigration A-numbers: "A" then 8 or 9 digits, grouped or not ("A-212-448-913", "A#204-113-887", "A 098 765 432"). */
const A_NUMBER = /(?<![\p{L}\p{N}])A\s?[-#]?\s?\d{2,3}[-\s]?\d{3}[-\s]?\d{3}(?![\p{N}-])/gu;
/** Card numbers (EBT, debit): 16 to 19 digits in groups of four. */
const CARD_NUMBER = /(?<![\p{N}-])\d{4}(?:[\s-]?\d{4}){3}(?:[\s-]?\d{1,3})?(?![\p{N}-])/gu;
/** Medi-Cal client index numbers: eight digits then a check letter ("90834472A"). */
const MEDI_CAL_CIN = /(?<![\p{L}\p{N}])\d{8}[A-Z](?![\p{L}\p{N}])/gu;
/** California driver's licences: one letter and seven digits ("D4821937"). */
const DRIVERS_LICENCE = /(?<![\p{L}\p{N}])[A-Z]\d{7}(?![\p{L}\p{N}])/gu;
/** California plates: digit, three letters, three digits ("8KJD294", "6TRW 518"). */
const PLATE = /(?<![\p{L}\p{N}])\d[A-Z]{3}\s?\d{3}(?![\p{L}\p{N}])/gu;
/**
 * Case, report, incident, citation and claim numbers: a run with five or more digits that also holds a letter, a
 * hyphen or a leading "#" ("SAC-2023-004417", "24-061738", "#2023-118876", "TR5510237"). Phones are claimed before
 * this layer runs; year ranges and ISO dates are rejected in `acceptIdentifier`.
 */
const CASE_NUMBER = /(?<![\p{L}\p{N}_.@/-])#?[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\p{L}\p{N}_/]|-\p{N})/gu;
/** A plain run of six or more digits right after a word that names an identifier ("report number 24061738"). */
const ID_CUE = String.raw`(?<![\p{L}])(?:case|report|incident|citation|ticket|claim|docket|file|permit|license|licence|id|caso|expediente|folio|number|no|cdcr|inmate|booking|receipt|parole|probation|alien|uscis|itin|account|member|policy|#)(?![\p{L}])[\s.:#-]{0,4}(?:(?:number|no|is|was|es|era|número|#)[\s.:#-]{1,3}){0,2}`;
const CUED_DIGITS = new RegExp(`(?<=${ID_CUE})\\d{6,12}(?!\\d)`, 'giu');
/** Letters then digits after such a word: prison and booking numbers ("CDCR number AK4521"), receipt numbers. */
const CUED_CODE = new RegExp(`(?<=${ID_CUE})[A-Z]{1,3}\\d{4,12}[A-Z]?(?![\\p{L}\\p{N}])`, 'gu');

const MIN_CASE_DIGITS = 5;
const YEAR_RANGE_OR_DATE = /^(?:19|20)\d\d(?:-(?:19|20)?\d\d(?:-\d\d)?)?$/u;

export const IDENTIFIER_PATTERNS: readonly RegExp[] = [SSN, SPACED_SSN, A_NUMBER, CARD_NUMBER, MEDI_CAL_CIN, DRIVERS_LICENCE, PLATE, CUED_DIGITS, CUED_CODE];
export const CASE_NUMBER_PATTERNS: readonly RegExp[] = [CASE_NUMBER];

/** A case-number-shaped run is one only with enough digits and a letter, hyphen or "#" that a plain count lacks. */
export function acceptCaseNumber(match: RegExpExecArray): { start: number; end: number } | null {
	const run = match[0];
	const digits = run.replace(/\D/gu, '').length;
	if (digits < MIN_CASE_DIGITS || !/[A-Za-z#-]/u.test(run) || YEAR_RANGE_OR_DATE.test(run)) return null;
	const start = match.index + (run.startsWith('#') ? 1 : 0);
	return { start, end: match.index + run.length };
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?:${MONTHS})\.?,?\s+(?:de\s+|del\s+)?(?:19|20)\d{2})`;
/** Words after which a date is someone's birth date: English, Spanish, and the form labels. */
const BIRTH_CUE = String.raw`(?<![\p{L}])(?:born|birth|birthday|dob|d\.o\.b\.?|nació|nacio|nacimiento|cumpleaños|date of birth|fecha de nacimiento)(?![\p{L}])[^.!?\n\p{N}]{0,20}`;
export const DATE_OF_BIRTH = new RegExp(`(?<=${BIRTH_CUE})${DATE}(?![\\p{L}\\p{N}])`, 'giu');
