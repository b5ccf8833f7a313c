// Reads and writes the translation files: messages/<lang>.json (UI), src/lib/protocol/templates/texts/<lang>.json
// (templates) and messages/status/<lang>.json (review status), with English from messages/en.json and the templates.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as v from 'valibot';
import { ENGLISH_TEMPLATES } from '../../src/lib/protocol/templates';
import { templateTexts } from '../../src/lib/protocol/templates/translations';
import { StatusFileSchema, type StatusFile } from '../../src/lib/protocol/templates/translation-review';
import { asMessage, type Message } from './message-rules';

export const SETTINGS = 'project.inlang/settings.json';
export const messagesFile = (lang: string) => `messages/${lang}.json`;
export const templatesFile = (lang: string) => `src/lib/protocol/templates/texts/${lang}.json`;
export const statusFile = (lang: string) => `messages/status/${lang}.json`;

export const settings = JSON.parse(readFileSync(SETTINGS, 'utf8')) as { baseLocale: string; locales: string[] };

/** A language's UI messages by key; values that are not messages are reported, not returned. */
export function readMessages(lang: string, problems: string[]): Record<string, Message> {
	const raw = JSON.parse(readFileSync(messagesFile(lang), 'utf8')) as Record<string, unknown>;
	const out: Record<string, Message> = {};
	for (const [key, value] of Object.entries(raw)) {
		if (key === '$schema') continue;
		const message = asMessage(value);
		if (message === null) problems.push(`${messagesFile(lang)}: "${key}" is neither text nor a list of variants`);
		else out[key] = message;
	}
	return out;
}

/** The English text of every template text, by key. */
export function englishTemplateTexts(): Record<string, string> {
	return Object.fromEntries(ENGLISH_TEMPLATES.flatMap((t) => templateTexts(t.id, t.plan)).map(([key, text]) => [key, text.en]));
}

export function readTemplateTexts(lang: string): Record<string, string> {
	return existsSync(templatesFile(lang)) ? (JSON.parse(readFileSync(templatesFile(lang), 'utf8')) as Record<string, string>) : {};
}

/** A language's review status; a missing or malformed file is reported and read as empty. */
export function readStatus(lang: string, problems: string[]): StatusFile {
	if (!existsSync(statusFile(lang))) {
		problems.push(`${statusFile(lang)} is missing: every language but English needs one (see docs/translating.md)`);
		return { messages: {}, templates: {} };
	}
	const result = v.safeParse(StatusFileSchema, JSON.parse(readFileSync(statusFile(lang), 'utf8')));
	if (result.success) return result.output;
	problems.push(...result.issues.map((i) => `${statusFile(lang)}: ${v.getDotPath(i) ?? ''}: ${i.message}`));
	return { messages: {}, templates: {} };
}

/** JSON as the repository keeps it: tabs, one entry a line for status records, a final newline. */
export function writeJson(path: string, value: unknown): void {
	writeFileSync(path, `${JSON.stringify(value, null, '\t')}\n`);
}

export function writeStatus(lang: string, status: StatusFile): void {
	const section = (records: StatusFile['messages']) =>
		Object.entries(records)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, record]) => `\t\t${JSON.stringify(key)}: ${JSON.stringify(record)}`)
			.join(',\n');
	writeFileSync(statusFile(lang), `{\n\t"messages": {\n${section(status.messages)}\n\t},\n\t"templates": {\n${section(status.templates)}\n\t}\n}\n`);
}
