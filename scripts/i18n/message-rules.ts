// What makes a translated message well-formed against its English: the same inputs, no broken braces, and for
// counted messages the plural forms the language needs (CLDR, via Intl.PluralRules). Shared by the check and import.

/** A message as the inlang message format stores it: plain text with {inputs}, or variants selected by plural. */
export type Message = string | Variant[];
export interface Variant {
	declarations: string[];
	selectors: string[];
	match: Record<string, string>;
}

/** The {names} a plain pattern uses, or why the pattern is broken (an unclosed brace, ICU syntax). */
export function placeholdersOf(pattern: string): { names: string[]; broken?: string } {
	const names: string[] = [];
	let i = 0;
	while (i < pattern.length) {
		const c = pattern[i]!;
		if (c === '\\') {
			i += 2;
			continue;
		}
		if (c === '}') return { names, broken: `a "}" with no "{" before it` };
		if (c === '{') {
			const end = pattern.indexOf('}', i);
			const inner = end < 0 ? null : pattern.slice(i + 1, end);
			if (inner === null) return { names, broken: `a "{" that is never closed` };
			if (/,\s*(plural|select|selectordinal)\b/.test(inner) || inner.includes('{'))
				return { names, broken: `ICU MessageFormat ("{${inner.split(',')[0]}, plural, …}") is not this format: use variants (see docs/translating.md)` };
			if (!/^[A-Za-z_]\w*$/.test(inner)) return { names, broken: `"{${inner}}" is not a placeholder name` };
			names.push(inner);
			i = end + 1;
			continue;
		}
		i++;
	}
	return { names: [...new Set(names)].sort() };
}

/** The inputs a message takes: its placeholders, or a variant message's `input` declarations. */
export function inputsOf(message: Message): string[] {
	if (typeof message === 'string') return placeholdersOf(message).names;
	const inputs = message.flatMap((v) => v.declarations.filter((d) => d.startsWith('input ')).map((d) => d.slice(6).trim()));
	return [...new Set(inputs)].sort();
}

function isVariants(value: unknown): value is Variant[] {
	return (
		Array.isArray(value) &&
		value.length > 0 &&
		value.every((v) => v && typeof v === 'object' && Array.isArray(v.declarations) && Array.isArray(v.selectors) && v.match && typeof v.match === 'object')
	);
}

/** Whether a stored value is a message at all. */
export function asMessage(value: unknown): Message | null {
	if (typeof value === 'string') return value;
	return isVariants(value) ? value : null;
}

/** CLDR has no rules for Hmong, and Intl then answers with the default locale's; Hmong nouns do not inflect for number. */
const PLURAL_OVERRIDES: Record<string, string[]> = { hmn: ['other'] };

/** Plural categories a language's numbers fall into (Russian: one, few, many, other; Chinese: other only). */
export function pluralCategories(locale: string): string[] {
	return PLURAL_OVERRIDES[locale] ?? (new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[]);
}

/** The problems of a translation (empty when it is well-formed); `english` is the source message. */
export function messageProblems(locale: string, english: Message, translated: Message): string[] {
	const problems: string[] = [];
	const expected = inputsOf(english);
	const patterns = typeof translated === 'string' ? [translated] : translated.flatMap((v) => Object.values(v.match));
	const declared = new Set(expected);
	if (typeof translated !== 'string') {
		for (const variant of translated) {
			for (const d of variant.declarations) {
				const local = /^local\s+(\w+)\s*=\s*(\w+)\s*:\s*(\w+)/.exec(d);
				if (local) declared.add(local[1]!);
				else if (!/^input\s+\w+$/.test(d)) problems.push(`declaration "${d}" is neither "input x" nor "local xPlural = x: plural"`);
			}
			problems.push(...pluralProblems(locale, variant));
		}
		const got = inputsOf(translated);
		if (got.join(',') !== expected.join(','))
			problems.push(`declares inputs {${got.join(', ')}}, English has {${expected.join(', ')}}`);
	}
	for (const pattern of patterns) {
		const { names, broken } = placeholdersOf(pattern);
		if (broken) problems.push(`"${pattern}": ${broken}`);
		const unknown = names.filter((n) => !declared.has(n));
		if (unknown.length) problems.push(`uses {${unknown.join(', ')}}, which English does not give (English has {${expected.join(', ')}})`);
		if (typeof translated === 'string' && typeof english === 'string') {
			const lost = expected.filter((n) => !names.includes(n));
			if (lost.length) problems.push(`lost {${lost.join(', ')}}`);
		}
	}
	return problems;
}

/** Every plural selector must offer each category of the language, or a catch-all "*". */
function pluralProblems(locale: string, variant: Variant): string[] {
	const problems: string[] = [];
	const plurals = variant.declarations
		.map((d) => /^local\s+(\w+)\s*=\s*\w+\s*:\s*plural/.exec(d)?.[1])
		.filter((s): s is string => s !== undefined);
	const categories = pluralCategories(locale);
	for (const selector of variant.selectors) {
		if (!plurals.includes(selector)) continue;
		const keys = Object.keys(variant.match).map((k) => Object.fromEntries(k.split(',').map((p) => p.trim().split('=') as [string, string]))[selector]);
		if (keys.includes('*')) continue;
		if (PLURAL_OVERRIDES[locale]) {
			// Intl still picks "one" for 1 in a language CLDR does not know: only a catch-all is safe.
			problems.push(`${locale} has no plural forms: write plain text, or one variant "${selector}=*"`);
			continue;
		}
		const unknown = keys.filter((k) => k !== undefined && !categories.includes(k));
		const missing = categories.filter((c) => !keys.includes(c));
		if (unknown.length) problems.push(`plural forms ${unknown.map((k) => `"${k}"`).join(', ')} do not exist in ${locale} (it has ${categories.join(', ')})`);
		if (missing.length) problems.push(`needs the plural forms ${missing.map((k) => `"${k}"`).join(', ')} for ${locale} (or a "*" catch-all)`);
	}
	return problems;
}

/** The source text a review is made against: the English message as stored. */
export function sourceOf(message: Message): string {
	return typeof message === 'string' ? message : JSON.stringify(message);
}

/** The one plural selector of a variant message and its input, or null (plain text, or variants of another kind). */
export function pluralSelector(message: Message): { selector: string; input: string } | null {
	if (typeof message === 'string' || message.length !== 1 || message[0]!.selectors.length !== 1) return null;
	const selector = message[0]!.selectors[0]!;
	for (const d of message[0]!.declarations) {
		const local = /^local\s+(\w+)\s*=\s*(\w+)\s*:\s*plural/.exec(d);
		if (local && local[1] === selector) return { selector, input: local[2]! };
	}
	return null;
}
