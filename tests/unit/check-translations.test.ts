// `npm run i18n:check` as a process on a copy of the translation files, each case breaking one rule: a safety
// text shown without review status, a review of English that has changed, a broken placeholder, a missing key.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'ck-check-'));
	for (const path of ['project.inlang', 'messages', 'src']) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function check(): Promise<{ code: number; out: string }> {
	try {
		const { stdout, stderr } = await run(TSX, [join(ROOT, 'scripts/check-translations.ts')], { cwd: dir });
		return { code: 0, out: stdout + stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, out: e.stdout + e.stderr };
	}
}
const readJson = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown>;
const writeJson = (path: string, value: unknown) => writeFileSync(join(dir, path), JSON.stringify(value, null, '\t'));

describe('npm run i18n:check', () => {
	it('prints draft and reviewed counts for every language', async () => {
		const { out } = await check();
		for (const lang of ['es', 'zh-Hant', 'zh-Hans', 'pa', 'hmn', 'ru', 'tl', 'vi', 'hi', 'fa']) expect(out).toMatch(new RegExp(`^${lang} +UI +\\d+/\\d+ \\( *\\d+ draft +\\d+ reviewed\\)`, 'm'));
	});

	it('fails on a safety text shown in a language with no review status', async () => {
		const status = readJson('messages/status/es.json') as { messages: Record<string, unknown> };
		delete status.messages.join_kept;
		writeJson('messages/status/es.json', status);
		const { code, out } = await check();
		expect(code).toBe(1);
		expect(out).toContain('messages/status/es.json messages: "join_kept" is shown in es with no review status');
	});

	it('fails on a review made against English that has changed since', async () => {
		const status = readJson('messages/status/es.json') as { messages: Record<string, unknown> };
		status.messages.join_kept = { status: 'reviewed', reviewer: 'A reviewer', date: '2026-12-01', source: '00000000' };
		writeJson('messages/status/es.json', status);
		const { code, out } = await check();
		expect(code).toBe(1);
		expect(out).toContain('"join_kept" was reviewed against English that has changed since');
	});

	it('fails on a lost placeholder, naming the language and key', async () => {
		const es = readJson('messages/es.json');
		es.piece_holds = 'Tiene la pieza';
		writeJson('messages/es.json', es);
		const { code, out } = await check();
		expect(code).toBe(1);
		expect(out).toContain('messages/es.json "piece_holds": lost {name}');
	});

	it('fails on a key missing in a language, quoting the English', async () => {
		const es = readJson('messages/es.json');
		delete es.language_label;
		writeJson('messages/es.json', es);
		const { code, out } = await check();
		expect(code).toBe(1);
		expect(out).toContain('messages/es.json is missing "language_label" (English: "Language")');
	});
});
