// Fails `npm test` when the translations drift: a UI message or template text missing in any of the eleven
// languages, a key English does not have, a placeholder lost or invented, a broken brace or plural form, a
// consent or safety text (or a template's promise of confidentiality) with no review status, a review made
// against English that has changed since, or a message no page uses. Prints draft and reviewed counts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAFETY_KEYS } from '../src/lib/i18n/safety-keys';
import { LANGUAGE_TAGS } from '../src/lib/protocol/languages';
import { CONFIDENTIAL_TEXTS } from '../src/lib/protocol/templates/confidential';
import { isReviewed, sourceHash, type StatusFile } from '../src/lib/protocol/templates/translation-review';
import { messageProblems, sourceOf } from './i18n/message-rules';
import { englishTemplateTexts, readMessages, readStatus, readTemplateTexts, settings, SETTINGS, statusFile } from './i18n/translation-files';

const SOURCES = 'src';
const problems: string[] = [];

if ([...settings.locales].sort().join() !== [...LANGUAGE_TAGS].sort().join())
	problems.push(`${SETTINGS} locales (${settings.locales.join(', ')}) differ from src/lib/protocol/languages.ts (${LANGUAGE_TAGS.join(', ')})`);
for (const file of readdirSync('messages')) {
	if (file.endsWith('.json') && !settings.locales.includes(file.replace(/\.json$/, ''))) problems.push(`messages/${file} is not a locale of ${SETTINGS}`);
}

const english = readMessages(settings.baseLocale, problems);
const englishKeys = Object.keys(english);
const templates = englishTemplateTexts();
const templateKeys = Object.keys(templates);
for (const key of SAFETY_KEYS) if (!(key in english)) problems.push(`safety key "${key}" (src/lib/i18n/safety-keys.ts) is not an English message`);

function checkStatus(lang: string, section: keyof StatusFile, records: StatusFile[keyof StatusFile], sources: Record<string, string>, present: Set<string>, required: readonly string[]) {
	const where = `${statusFile(lang)} ${section}`;
	for (const key of required) if (present.has(key) && !records[key]) problems.push(`${where}: "${key}" is shown in ${lang} with no review status: add {"status":"draft"} or a review`);
	for (const [key, record] of Object.entries(records)) {
		if (!(key in sources)) problems.push(`${where}: "${key}" is not an English ${section === 'messages' ? 'message' : 'template text'}`);
		else if (record.status === 'reviewed' && !present.has(key)) problems.push(`${where}: "${key}" is marked reviewed but ${lang} has no translation of it`);
		else if (record.status === 'reviewed' && !isReviewed(record, sources[key]!))
			problems.push(`${where}: "${key}" was reviewed against English that has changed since (${record.source}, now ${sourceHash(sources[key]!)}): review it again`);
	}
}

const rows: string[] = [];
for (const lang of settings.locales) {
	if (lang === settings.baseLocale) continue;
	const messages = readMessages(lang, problems);
	const texts = readTemplateTexts(lang);
	const status = readStatus(lang, problems);
	for (const key of englishKeys) if (!(key in messages)) problems.push(`messages/${lang}.json is missing "${key}" (English: ${JSON.stringify(english[key])})`);
	for (const [key, message] of Object.entries(messages)) {
		const source = english[key];
		if (source === undefined) problems.push(`messages/${lang}.json has "${key}", which English does not have`);
		else for (const p of messageProblems(lang, source, message)) problems.push(`messages/${lang}.json "${key}": ${p}`);
	}
	for (const key of templateKeys) if (!texts[key]?.trim()) problems.push(`templates/texts/${lang}.json is missing "${key}" (English: ${JSON.stringify(templates[key])})`);
	for (const [key, text] of Object.entries(texts)) {
		const source = templates[key];
		if (source === undefined) problems.push(`templates/texts/${lang}.json has "${key}", which no template has`);
		else for (const p of messageProblems(lang, source, text)) problems.push(`templates/texts/${lang}.json "${key}": ${p}`);
	}
	const messageSources = Object.fromEntries(Object.entries(english).map(([k, m]) => [k, sourceOf(m)]));
	checkStatus(lang, 'messages', status.messages, messageSources, new Set(Object.keys(messages)), SAFETY_KEYS);
	checkStatus(lang, 'templates', status.templates, templates, new Set(Object.keys(texts)), CONFIDENTIAL_TEXTS);

	const count = (records: StatusFile['messages'], sources: Record<string, string>, present: string[]) => {
		const reviewed = present.filter((k) => sources[k] !== undefined && isReviewed(records[k], sources[k]!)).length;
		return `${String(present.length - reviewed).padStart(4)} draft ${String(reviewed).padStart(4)} reviewed`;
	};
	const presentMessages = Object.keys(messages).filter((k) => k in english);
	const presentTexts = Object.keys(texts).filter((k) => k in templates);
	rows.push(
		`${lang.padEnd(8)} UI ${String(presentMessages.length).padStart(4)}/${englishKeys.length} (${count(status.messages, messageSources, presentMessages)})` +
			`   templates ${String(presentTexts.length).padStart(4)}/${templateKeys.length} (${count(status.templates, templates, presentTexts)})`
	);
}

// Every message must still be used by a page: `m.key` (called or passed along), or a safety key named for SafeText.
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
const safety = new Set<string>(SAFETY_KEYS);
for (const key of englishKeys) {
	const used = new RegExp(`\\bm\\.${key}\\b`).test(code) || (safety.has(key) && new RegExp(`['"]${key}['"]`).test(code.replace(/SAFETY_KEYS = \[[^\]]*\]/, '')));
	if (!used) problems.push(`"${key}" is not used by any page: remove it from every messages/*.json`);
}

console.log(`Translations per language (English is the source: ${englishKeys.length} UI messages, ${templateKeys.length} template texts):\n${rows.join('\n')}`);
if (problems.length) {
	console.error(`\n${problems.length} translation problem(s):\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log('Translations are complete and consistent.');
