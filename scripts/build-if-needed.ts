// Builds the pages before `npm start` when there is no build yet or the sources changed since the last one.
// Keeps the README's first command a single line on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILT = 'build/handler.js';
const SOURCES = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
if (builtAt === 0 || SOURCES.some((s) => newest(s) > builtAt)) {
	console.log(builtAt === 0 ? 'Building the pages (first start)…' : 'Sources changed: rebuilding the pages…');
	execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
}
