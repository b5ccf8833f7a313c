// Measures the gzipped JavaScript each page route loads and fails when a route is over its budget.
// Phones on slow networks join circles: participant routes get 75 KB, keeper and screen routes 150 KB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const OUTPUT = '.svelte-kit/output';
const KB = 1024;
export const PARTICIPANT_BUDGET = 75 * KB;
export const CONSOLE_BUDGET = 150 * KB;
/** Routes a keeper or the room's projector loads; everything else is opened on participants' phones. */
const CONSOLE_ROUTES = /^\/(keeper|screen|setup)(\/|$)/;

/** The parts of SvelteKit's generated server manifest read here (flat since SvelteKit 3). */
interface ServerManifest {
	client: { imports: string[] };
	nodes: (() => Promise<{ imports?: string[] }>)[];
	routes: { id: string; page: { layouts: (number | undefined)[]; leaf: number } | null }[];
}

const sizes = new Map<string, number>();
function gzSize(file: string): number {
	let size = sizes.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(join(OUTPUT, 'client', file)), { level: 9 }).length;
		sizes.set(file, size);
	}
	return size;
}

const { manifest } = (await import(pathToFileURL(join(process.cwd(), OUTPUT, 'server/manifest.js')).href)) as { manifest: ServerManifest };
let failed = false;
const rows: string[] = [];
for (const route of manifest.routes) {
	if (!route.page) continue;
	const files = new Set(manifest.client.imports);
	for (const index of [...route.page.layouts, route.page.leaf]) {
		if (index === undefined) continue;
		const node = await manifest.nodes[index]!();
		for (const file of node.imports ?? []) files.add(file);
	}
	const total = [...files].reduce((sum, f) => sum + gzSize(f), 0);
	const budget = CONSOLE_ROUTES.test(route.id) ? CONSOLE_BUDGET : PARTICIPANT_BUDGET;
	const over = total > budget;
	failed ||= over;
	rows.push(`${over ? 'OVER' : 'ok  '}  ${(total / KB).toFixed(1).padStart(6)} KB / ${budget / KB} KB  ${route.id}`);
}
console.log(`JavaScript per route (gzip):\n${rows.join('\n')}`);
if (failed) {
	console.error('A route is over its JavaScript budget: see docs/benchmarks.md for what to trim.');
	process.exit(1);
}
