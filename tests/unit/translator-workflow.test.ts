// The translator's round trip: export a language as XLIFF 2.0, edit it as a translation tool would, import it
// back. Runs the real scripts as processes on a copy of the translation files, never on the repository's own.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceHash } from '$lib/protocol/templates/translation-review';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const COPIED = ['project.inlang', 'messages', 'src/lib/protocol/templates/texts'];

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'ck-i18n-'));
	for (const path of COPIED) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
	// The export names where each message is shown: give it the pages to read.
	cpSync(join(ROOT, 'src/routes'), join(dir, 'src/routes'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function script(name: string, ...args: string[]): Promise<{ code: number; out: string }> {
	try {
		const { stdout, stderr } = await run(TSX, [join(ROOT, 'scripts', name), ...args], { cwd: dir });
		return { code: 0, out: stdout + stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, out: e.stdout + e.stderr };
	}
}
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
/** Takes a message out of the copy's language file, so the test starts from a text nobody has translated yet. */
function untranslated(lang: string, key: string): void {
	const file = join(dir, `messages/${lang}.json`);
	const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	delete messages[key];
	writeFileSync(file, JSON.stringify(messages, null, '\t') + '\n');
}
const files = (lang: string) => [`messages/${lang}.json`, `messages/status/${lang}.json`, `src/lib/protocol/templates/texts/${lang}.json`];
const snapshot = (lang: string) => Object.fromEntries(files(lang).map((f) => [f, read(f)]));

/** The <segment> of a unit, for editing the exported file as a translator's tool would. */
function editUnit(xliff: string, id: string, edit: (unit: string) => string): string {
	const start = xliff.indexOf(`<unit id="${id}">`);
	const end = xliff.indexOf('</unit>', start);
	expect(start, `unit ${id}`).toBeGreaterThan(-1);
	return xliff.slice(0, start) + edit(xliff.slice(start, end)) + xliff.slice(end);
}

describe('i18n:export and i18n:import', () => {
	it('exports every UI message and template text with its source, draft, context, safety note and state', async () => {
		expect((await script('i18n-export.ts', '--lang', 'vi', '--out', 'vi.xlf')).code).toBe(0);
		const xliff = read('vi.xlf');
		expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="vi">');
		const english = Object.keys(JSON.parse(read('messages/en.json')) as object).filter((k) => k !== '$schema');
		for (const key of english) expect(xliff).toContain(`<unit id="${key}">`);
		const joinKept = xliff.slice(xliff.indexOf('<unit id="join_kept">'), xliff.indexOf('</unit>', xliff.indexOf('<unit id="join_kept">')));
		expect(joinKept).toContain('<note category="safety">');
		expect(joinKept).toContain('<note category="location">Shown in: join page</note>');
		expect(xliff).toContain('<unit id="check-in-check-out.agreements.guidelines.2">');
		expect(xliff).toContain('<source>What is shared here stays here.</source>');
	});

	it('imports an untouched export without changing a byte', async () => {
		const before = snapshot('vi');
		await script('i18n-export.ts', '--lang', 'vi', '--out', 'vi.xlf');
		expect((await script('i18n-import.ts', 'vi.xlf')).code).toBe(0);
		expect(snapshot('vi')).toEqual(before);
	});

	it('writes a translation and records who reviewed it, when, and against which English', async () => {
		untranslated('vi', 'join_kept_names');
		await script('i18n-export.ts', '--lang', 'vi', '--out', 'vi.xlf');
		const edited = editUnit(read('vi.xlf'), 'join_kept_names', (unit) =>
			unit
				.replace('state="initial"', 'state="reviewed"')
				.replace('</source>', '</source>\n        <target>Tên của quý vị sẽ được xóa khỏi ứng dụng khi vòng tròn kết thúc.</target>')
		);
		writeFileSync(join(dir, 'vi.xlf'), edited);
		const result = await script('i18n-import.ts', 'vi.xlf', '--reviewer', 'Lan Nguyen', '--date', '2026-12-01');
		expect(result.out).toContain('1 reviewed');
		expect(JSON.parse(read('messages/vi.json')).join_kept_names).toBe('Tên của quý vị sẽ được xóa khỏi ứng dụng khi vòng tròn kết thúc.');
		const english = JSON.parse(read('messages/en.json')).join_kept_names as string;
		expect(JSON.parse(read('messages/status/vi.json')).messages.join_kept_names).toEqual({ status: 'reviewed', reviewer: 'Lan Nguyen', date: '2026-12-01', source: sourceHash(english) });
	});

	it('refuses a reviewed text without a reviewer, and writes nothing', async () => {
		await script('i18n-export.ts', '--lang', 'vi', '--out', 'vi.xlf');
		writeFileSync(join(dir, 'vi.xlf'), editUnit(read('vi.xlf'), 'language_label', (unit) => unit.replace('state="translated"', 'state="final"')));
		const before = snapshot('vi');
		const result = await script('i18n-import.ts', 'vi.xlf');
		expect(result.code).toBe(1);
		expect(result.out).toContain('"language_label" is marked reviewed: say who reviewed it with --reviewer "Name"');
		expect(snapshot('vi')).toEqual(before);
	});

	it.each([
		['a lost placeholder', 'piece_holds', 'Đang giữ vật truyền lời', 'lost {name}'],
		['an invented placeholder', 'piece_holds', '{ten} đang giữ vật truyền lời', 'uses {ten}, which English does not give'],
		['an unclosed brace', 'piece_holds', '{name đang giữ vật truyền lời', 'a "{" that is never closed'],
		['ICU syntax', 'piece_holds', '{name, select, other {x}} đang giữ', 'ICU MessageFormat']
	])('refuses %s, naming the text, and writes nothing', async (_case, id, target, problem) => {
		await script('i18n-export.ts', '--lang', 'vi', '--out', 'vi.xlf');
		writeFileSync(join(dir, 'vi.xlf'), editUnit(read('vi.xlf'), id, (unit) => unit.replace('</source>', `</source>\n        <target>${target}</target>`)));
		const before = snapshot('vi');
		const result = await script('i18n-import.ts', 'vi.xlf');
		expect(result.code).toBe(1);
		expect(result.out).toContain(`messages "${id}"`);
		expect(result.out).toContain(problem);
		expect(snapshot('vi')).toEqual(before);
	});

	it("exports Russian's four plural forms and refuses an import that leaves one out", async () => {
		untranslated('ru', 'plans_phase_count');
		await script('i18n-export.ts', '--lang', 'ru', '--out', 'ru.xlf');
		const xliff = read('ru.xlf');
		const unit = xliff.slice(xliff.indexOf('<unit id="plans_phase_count">'), xliff.indexOf('</unit>', xliff.indexOf('<unit id="plans_phase_count">')));
		// The order is ICU's (it differs between Node versions); the forms are what matter.
		expect([...unit.matchAll(/<segment id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(['countPlural=few', 'countPlural=many', 'countPlural=one', 'countPlural=other']);
		const forms: Record<string, string> = { one: '{count} часть', few: '{count} части', other: '{count} части' };
		const edited = editUnit(xliff, 'plans_phase_count', (u) =>
			u.replace(/(<segment id="countPlural=(\w+)" state="initial">\s*<source>[^<]*<\/source>)/g, (all, head: string, form: string) => (forms[form] ? `${head}\n        <target>${forms[form]}</target>` : all))
		);
		writeFileSync(join(dir, 'ru.xlf'), edited);
		const result = await script('i18n-import.ts', 'ru.xlf');
		expect(result.code).toBe(1);
		expect(result.out).toContain('messages "plans_phase_count": needs the plural forms "many" for ru');
	});

	it('reads back the plural forms of a complete Russian text as variants', async () => {
		untranslated('ru', 'plans_phase_count');
		await script('i18n-export.ts', '--lang', 'ru', '--out', 'ru.xlf');
		const forms: Record<string, string> = { one: '{count} часть', few: '{count} части', many: '{count} частей', other: '{count} части' };
		const edited = editUnit(read('ru.xlf'), 'plans_phase_count', (u) =>
			u.replace(/(<segment id="countPlural=(\w+)" state="initial">\s*<source>[^<]*<\/source>)/g, (_all, head: string, form: string) => `${head}\n        <target>${forms[form]}</target>`)
		);
		writeFileSync(join(dir, 'ru.xlf'), edited);
		expect((await script('i18n-import.ts', 'ru.xlf')).code).toBe(0);
		expect(JSON.parse(read('messages/ru.json')).plans_phase_count[0].match).toEqual({
			'countPlural=few': '{count} части',
			'countPlural=many': '{count} частей',
			'countPlural=one': '{count} часть',
			'countPlural=other': '{count} части'
		});
	});
});
