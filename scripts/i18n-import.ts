// `npm run i18n:import -- file.xlf [--reviewer "Name"] [--date 2026-12-01]`: reads a translator's XLIFF 2.0 back
// into messages/<lang>.json, the template texts and messages/status/<lang>.json. Every text is checked first
// (placeholders, braces, plural forms); if any is wrong nothing is written. Segments marked "reviewed" or
// "final" are recorded as reviewed by --reviewer on --date (today when not given), against today's English.
import { readFileSync } from 'node:fs';
import { SAFETY_KEYS } from '../src/lib/i18n/safety-keys';
import { CONFIDENTIAL_TEXTS } from '../src/lib/protocol/templates/confidential';
import { isReviewed, sourceHash, type Review, type StatusFile } from '../src/lib/protocol/templates/translation-review';
import { messageProblems, pluralSelector, sourceOf, type Message } from './i18n/message-rules';
import { englishTemplateTexts, messagesFile, readMessages, readStatus, readTemplateTexts, settings, templatesFile, writeJson, writeStatus } from './i18n/translation-files';
import { readXliff, type Unit } from './i18n/xliff';

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i < 0 ? undefined : process.argv[i + 1];
}
function fail(lines: string[]): never {
	console.error(`${lines.length} problem(s); nothing was written:\n- ${lines.join('\n- ')}`);
	process.exit(1);
}

const file = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (!file) fail(['say which file to import: npm run i18n:import -- circlekeeper-vi.xlf']);
const parsed = readXliff(readFileSync(file, 'utf8'));
if (!parsed.ok) fail([`${file}: ${parsed.error}`]);
const { doc } = parsed;
const lang = doc.trgLang;
if (lang === settings.baseLocale || !settings.locales.includes(lang)) fail([`${file}: trgLang "${lang}" is not one of ${settings.locales.filter((l) => l !== settings.baseLocale).join(', ')}`]);
const reviewer = arg('reviewer')?.trim();
const date = arg('date') ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail([`--date "${date}" must look like 2026-12-01`]);

const problems: string[] = [];
const english = readMessages(settings.baseLocale, problems);
const messages = readMessages(lang, problems);
const texts = readTemplateTexts(lang);
const status: StatusFile = readStatus(lang, problems);
const englishTexts = englishTemplateTexts();
if (problems.length) fail(problems);

const reviewedState = (unit: Unit) => unit.segments.length > 0 && unit.segments.every((s) => s.state === 'reviewed' || s.state === 'final');

/** The message a unit's targets make, shaped like its English (variants keep English's declarations). */
function messageOf(unit: Unit, source: Message, current: Message | undefined): Message | null {
	const targets = unit.segments.filter((s) => s.target !== null && s.target.trim() !== '');
	if (targets.length === 0) return null;
	const plural = pluralSelector(source);
	if (!plural || typeof source === 'string') return targets[0]!.target!;
	// A plain text that serves every form (e.g. "Частей: {count}") comes back as it went out: a round trip changes nothing.
	if (typeof current === 'string' && targets.every((s) => s.target === current)) return current;
	const match = Object.fromEntries(targets.map((s) => [s.id ?? `${plural.selector}=*`, s.target!]));
	return [{ declarations: source[0]!.declarations, selectors: source[0]!.selectors, match }];
}

/** The new review record of a text, or undefined when it is a draft that needs no record. */
function reviewOf(key: string, unit: Unit, sourceText: string, changed: boolean, old: Review | undefined, required: boolean): Review | undefined {
	if (reviewedState(unit)) {
		if (!changed && isReviewed(old, sourceText)) return old;
		if (!reviewer) problems.push(`"${key}" is marked reviewed: say who reviewed it with --reviewer "Name"`);
		return { status: 'reviewed', reviewer: reviewer ?? '', date, source: sourceHash(sourceText) };
	}
	return required || old ? { status: 'draft' } : undefined;
}

const safety = new Set<string>(SAFETY_KEYS);
const confidential = new Set(CONFIDENTIAL_TEXTS);
let updated = 0;
let reviewedCount = 0;
for (const part of doc.files) {
	const isMessages = part.id === 'messages';
	if (!isMessages && part.id !== 'templates') {
		problems.push(`<file id="${part.id}"> is neither "messages" nor "templates"`);
		continue;
	}
	for (const unit of part.units) {
		const source: Message | undefined = isMessages ? english[unit.id] : englishTexts[unit.id];
		if (source === undefined) {
			problems.push(`${part.id} "${unit.id}" is not an English ${isMessages ? 'message' : 'template text'} (renamed or removed since the export?)`);
			continue;
		}
		const message = messageOf(unit, source, isMessages ? messages[unit.id] : texts[unit.id]);
		if (message === null) continue;
		const issues = messageProblems(lang, source, message);
		if (!isMessages && typeof message !== 'string') issues.push('template texts are plain text');
		problems.push(...issues.map((p) => `${part.id} "${unit.id}": ${p}`));
		const before = isMessages ? messages[unit.id] : texts[unit.id];
		const changed = JSON.stringify(before) !== JSON.stringify(message);
		const records = isMessages ? status.messages : status.templates;
		const review = reviewOf(unit.id, unit, isMessages ? sourceOf(source) : (source as string), changed, records[unit.id], isMessages ? safety.has(unit.id) : confidential.has(unit.id));
		if (review) records[unit.id] = review;
		else delete records[unit.id];
		if (review?.status === 'reviewed') reviewedCount++;
		if (changed) updated++;
		if (isMessages) messages[unit.id] = message;
		else texts[unit.id] = message as string;
	}
}
if (problems.length) fail(problems);

// Keys keep their place in the file (small diffs for reviewers); new ones follow in English's order.
const raw = JSON.parse(readFileSync(messagesFile(lang), 'utf8')) as Record<string, unknown>;
const ordered = (existing: string[], keys: string[], values: Record<string, unknown>) =>
	Object.fromEntries([...new Set([...existing, ...keys])].filter((k) => k in values).map((k) => [k, values[k]]));
writeJson(messagesFile(lang), { ...('$schema' in raw ? { $schema: raw.$schema } : {}), ...ordered(Object.keys(raw).filter((k) => k !== '$schema'), Object.keys(english), messages) });
writeJson(templatesFile(lang), ordered(Object.keys(readTemplateTexts(lang)), Object.keys(englishTexts), texts));
writeStatus(lang, status);
console.log(`Imported ${file} into ${lang}: ${updated} text(s) changed, ${reviewedCount} reviewed.`);
