// `npm run i18n:export -- --lang vi [--out file.xlf]`: writes every UI message and template text of one language
// as XLIFF 2.0 for a translator or community reviewer: the English source, the current draft, where it is shown,
// whether it is a consent or safety text, and its review status. Read back with `npm run i18n:import -- file`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAFETY_KEYS } from '../src/lib/i18n/safety-keys';
import { ENGLISH_TEMPLATES } from '../src/lib/protocol/templates';
import { CONFIDENTIAL_TEXTS } from '../src/lib/protocol/templates/confidential';
import { templateTexts } from '../src/lib/protocol/templates/translations';
import { isReviewed, type Review } from '../src/lib/protocol/templates/translation-review';
import { pluralCategories, pluralSelector, sourceOf, type Message } from './i18n/message-rules';
import { englishTemplateTexts, messagesFile, readMessages, readStatus, readTemplateTexts, settings, templatesFile } from './i18n/translation-files';
import { writeXliff, type Segment, type Unit } from './i18n/xliff';

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i < 0 ? undefined : process.argv[i + 1];
}

const lang = arg('lang');
if (!lang || lang === settings.baseLocale || !settings.locales.includes(lang)) {
	console.error(`Say which language to export: --lang ${settings.locales.filter((l) => l !== settings.baseLocale).join('|')}`);
	process.exit(1);
}
const out = arg('out') ?? `circlekeeper-${lang}.xlf`;

const problems: string[] = [];
const english = readMessages(settings.baseLocale, problems);
const messages = readMessages(lang, problems);
const texts = readTemplateTexts(lang);
const status = readStatus(lang, problems);
if (problems.length) {
	console.error(problems.join('\n'));
	process.exit(1);
}

// Where each message is shown, so the translator sees its context.
const usedIn = new Map<string, string[]>();
function collect(dir: string) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (!path.endsWith('paraglide')) collect(path);
		} else if (/\.(svelte|ts)$/.test(entry.name)) {
			const code = readFileSync(path, 'utf8');
			for (const match of code.matchAll(/\bm\.(\w+)\b|key="(\w+)"|'(\w+)'/g)) {
				const key = match[1] ?? match[2] ?? match[3]!;
				if (!(key in english)) continue;
				const where = path === 'src/routes/+page.svelte' ? 'home page' : path.replace(/^src\/(routes|lib)\//, '').replace(/\/\+page\.svelte$/, ' page');
				usedIn.set(key, [...new Set([...(usedIn.get(key) ?? []), where])]);
			}
		}
	}
}
collect('src');

function state(review: Review | undefined, source: string, translated: boolean): Segment['state'] {
	if (!translated) return 'initial';
	return isReviewed(review, source) ? 'reviewed' : 'translated';
}

function reviewNotes(review: Review | undefined, source: string): Unit['notes'] {
	if (review?.status !== 'reviewed') return [];
	return [{ category: 'review', text: isReviewed(review, source) ? `Reviewed by ${review.reviewer} on ${review.date}.` : `Reviewed by ${review.reviewer} on ${review.date}, but the English has changed since: review it again.` }];
}

const safety = new Set<string>(SAFETY_KEYS);
const SAFETY_NOTE = `Consent or safety text. Shown in this language only once a person has reviewed it; until then the phone shows the English with this draft beside it, labelled as a draft.`;
const PLACEHOLDER_NOTE = 'Keep each {placeholder} exactly as it is; move it where the sentence needs it.';

const messageUnits: Unit[] = Object.entries(english).map(([key, source]) => {
	const translated = messages[key];
	const review = status.messages[key];
	const notes: Unit['notes'] = [{ category: 'location', text: `Shown in: ${(usedIn.get(key) ?? ['(not found)']).join(', ')}` }];
	if (safety.has(key)) notes.push({ category: 'safety', text: SAFETY_NOTE });
	if (/\{\w+\}/.test(sourceOf(source))) notes.push({ category: 'placeholders', text: PLACEHOLDER_NOTE });
	notes.push(...reviewNotes(review, sourceOf(source)));
	const segState = state(review, sourceOf(source), translated !== undefined);
	const plural = pluralSelector(source);
	if (!plural) return { id: key, notes, segments: [{ state: segState, source: asText(source), target: translated === undefined ? null : asText(translated) }] };
	// One segment per plural form this language has, each with the English form nearest to it.
	notes.push({ category: 'plural', text: `One text per plural form of ${lang}: ${pluralCategories(lang).join(', ')}. {${plural.input}} is the number.` });
	const englishMatch = (source as Exclude<Message, string>)[0]!.match;
	const translatedMatch = translated === undefined ? null : typeof translated === 'string' ? null : translated[0]!.match;
	const segments: Segment[] = pluralCategories(lang).map((category) => {
		const id = `${plural.selector}=${category}`;
		const target = translated === undefined ? null : typeof translated === 'string' ? translated : (translatedMatch?.[id] ?? translatedMatch?.[`${plural.selector}=*`] ?? null);
		return { id, state: target === null ? 'initial' : segState, source: englishMatch[id] ?? englishMatch[`${plural.selector}=other`] ?? '', target };
	});
	return { id: key, notes, segments };
});

function asText(message: Message): string {
	return typeof message === 'string' ? message : JSON.stringify(message);
}

const englishTexts = englishTemplateTexts();
const describe = new Map<string, string>();
for (const t of ENGLISH_TEMPLATES) {
	for (const [key] of templateTexts(t.id, t.plan)) {
		const [, phaseId, field, n] = key.slice(t.id.length).split('.');
		const phase = t.plan.phases.find((p) => p.id === phaseId);
		const what = field === undefined ? phaseId : field === 'guidelines' ? `agreement ${Number(n) + 1}` : field === 'text' ? 'ceremony text, read aloud and shown' : field;
		describe.set(key, `Template "${t.plan.title.en}"${phase ? ` · part "${phase.title.en}"` : ''} · ${what}`);
	}
}
const confidential = new Set(CONFIDENTIAL_TEXTS);
const templateUnits: Unit[] = Object.entries(englishTexts).map(([key, source]) => {
	const review = status.templates[key];
	const notes: Unit['notes'] = [{ category: 'location', text: describe.get(key) ?? key }];
	if (confidential.has(key)) notes.push({ category: 'safety', text: `Sets expectations of confidentiality. ${SAFETY_NOTE}` });
	notes.push(...reviewNotes(review, source));
	return { id: key, notes, segments: [{ state: state(review, source, texts[key] !== undefined), source, target: texts[key] ?? null }] };
});

writeFileSync(
	out,
	writeXliff({
		srcLang: settings.baseLocale,
		trgLang: lang,
		files: [
			{ id: 'messages', original: messagesFile(lang), units: messageUnits },
			{ id: 'templates', original: templatesFile(lang), units: templateUnits }
		]
	})
);
const count = (units: Unit[], s: Segment['state']) => units.filter((u) => u.segments.every((seg) => seg.state === s)).length;
const all = [...messageUnits, ...templateUnits];
console.log(`Wrote ${out}: ${all.length} texts in ${lang}, ${count(all, 'initial')} untranslated, ${count(all, 'translated')} draft, ${count(all, 'reviewed')} reviewed.`);
