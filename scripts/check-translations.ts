// Fails the build when the message files drift: an English key missing in Spanish (English and Spanish ship
// complete), a key in any language that English does not have, a placeholder a translation lost or invented,
// consent and safety text in a language no person has reviewed, or a message no page uses any more.
// Other languages may be partial: they fall back to English key by key. Prints coverage for each language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HUMAN_TRANSLATED, SAFETY_KEYS } from '../src/lib/i18n/safety-keys';

const SETTINGS = 'project.inlang/settings.json';
const MESSAGES = 'messages';
const SOURCES = 'src';
/** Languages that must have every English key. */
const COMPLETE = ['en', 'es'];

type Messages = Record<string, string>;

const problems: string[] = [];
const settings = JSON.parse(readFileSync(SETTINGS, 'utf8')) as { baseLocale: string; locales: string[] };

function load(locale: string): Messages | null {
	try {
		const raw = JSON.parse(readFileSync(join(MESSAGES, `${locale}.json`), 'utf8')) as Record<string, unknown>;
		const out: Messages = {};
		for (const [key, value] of Object.entries(raw)) {
			if (key === '$schema') continue;
			if (typeof value !== 'string') problems.push(`${locale}.json: "${key}" must be a plain string`);
			else out[key] = value;
		}
		return out;
	} catch (error) {
		problems.push(`${MESSAGES}/${locale}.json cannot be read: ${(error as Error).message}`);
		return null;
	}
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort().join(',');

const english = load(settings.baseLocale) ?? {};
const englishKeys = Object.keys(english);

for (const file of readdirSync(MESSAGES)) {
	const locale = file.replace(/\.json$/, '');
	if (!settings.locales.includes(locale)) problems.push(`${MESSAGES}/${file} is not a locale of ${SETTINGS}`);
}
for (const key of SAFETY_KEYS) {
	if (!(key in english)) problems.push(`safety key "${key}" (src/lib/i18n/safety-keys.ts) is not an English message`);
}

const coverage: string[] = [];
for (const locale of settings.locales) {
	const messages = locale === settings.baseLocale ? english : load(locale);
	if (!messages) continue;
	for (const key of Object.keys(messages)) {
		if (!(key in english)) problems.push(`${locale}.json has "${key}", which English does not have`);
		else if (placeholders(messages[key]!) !== placeholders(english[key]!))
			problems.push(`${locale}.json "${key}" has placeholders {${placeholders(messages[key]!)}}, English has {${placeholders(english[key]!)}}`);
	}
	if (COMPLETE.includes(locale)) {
		for (const key of englishKeys) if (!(key in messages)) problems.push(`${locale}.json is missing "${key}" (English: "${english[key]}")`);
	}
	const reviewed = HUMAN_TRANSLATED.includes(locale as (typeof HUMAN_TRANSLATED)[number]);
	for (const key of SAFETY_KEYS) {
		if (reviewed && !(key in messages)) problems.push(`${locale}.json is missing safety text "${key}", and ${locale} is listed as human-translated`);
		if (!reviewed && key in messages)
			problems.push(`${locale}.json translates safety text "${key}", but ${locale} is not in HUMAN_TRANSLATED: have a person review every safety text, then list it`);
	}
	const done = englishKeys.filter((k) => k in messages).length;
	coverage.push(`${locale.padEnd(8)} ${String(done).padStart(4)} / ${englishKeys.length}${reviewed ? '  (safety texts reviewed)' : ''}`);
}

// Every message must still be used by a page: `m.key(` or `m.key` passed along.
const sources: string[] = [];
function collect(dir: string) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (path !== join(SOURCES, 'lib', 'paraglide')) collect(path);
		} else if (/\.(svelte|ts|js)$/.test(entry.name)) sources.push(readFileSync(path, 'utf8'));
	}
}
collect(SOURCES);
const code = sources.join('\n');
for (const key of englishKeys) {
	if (!new RegExp(`\\bm\\.${key}\\b`).test(code)) problems.push(`"${key}" is not used by any page: remove it from every messages/*.json`);
}

console.log(`Messages per language:\n${coverage.join('\n')}`);
if (problems.length) {
	console.error(`\n${problems.length} translation problem(s):\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log('Translations are consistent.');
