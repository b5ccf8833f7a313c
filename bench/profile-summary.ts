// Summarizes a V8 .cpuprofile (from `bench/load.ts --profile DIR`): self time by package or source folder
// and the hottest functions, over the last N seconds only, so set-up and warm-up can be left out.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
	endTime: number;
}

const US_PER_MS = 1_000;
const US_PER_S = 1_000_000;
const TOP_FUNCTIONS = 25;

const ROOT = `file://${process.cwd()}/`;

/** A source file relative to the repository (or to its package in node_modules). */
function fileOf(url: string): string {
	return url.startsWith(ROOT) ? url.slice(ROOT.length) : url;
}

/** node_modules/<package> (or @scope/package), our folder (src/lib/protocol, server/socket), or V8's own (gc), (idle), ... */
function bucketOf(url: string, functionName: string): string {
	if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (pkg) return pkg[1]!;
	if (url.startsWith('node:')) return 'node:internals';
	const file = fileOf(url);
	return file.split('/').slice(0, file.startsWith('src/') ? 3 : 2).join('/');
}

function summarize(profile: CpuProfile, lastSeconds: number): string {
	const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
	const from = profile.endTime - lastSeconds * US_PER_S;
	const self = new Map<number, number>();
	let time = profile.endTime - profile.timeDeltas.reduce((a, b) => a + b, 0);
	let total = 0;
	profile.samples.forEach((id, i) => {
		const delta = profile.timeDeltas[i] ?? 0;
		time += delta;
		if (time < from) return;
		self.set(id, (self.get(id) ?? 0) + delta);
		total += delta;
	});
	const byBucket = new Map<string, number>();
	const byFunction = new Map<string, number>();
	for (const [id, us] of self) {
		const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
		const bucket = bucketOf(url, functionName);
		byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + us);
		const where = url.includes('node_modules') || url === '' ? bucket : fileOf(url);
		const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
		byFunction.set(key, (byFunction.get(key) ?? 0) + us);
	}
	const rows = (map: Map<string, number>, limit: number) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, limit)
			.map(([name, us]) => `| ${name} | ${(us / US_PER_MS).toFixed(0)} ms | ${((us / total) * 100).toFixed(1)} % |`);
	return [
		`Sampled ${(total / US_PER_MS).toFixed(0)} ms over the last ${lastSeconds} s.`,
		'',
		'| Where (self time) | Time | Share |',
		'|---|---|---|',
		...rows(byBucket, Number.POSITIVE_INFINITY),
		'',
		'| Function | Time | Share |',
		'|---|---|---|',
		...rows(byFunction, TOP_FUNCTIONS)
	].join('\n');
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'last-seconds': { type: 'string', default: '20' } } });
const file = positionals[0];
if (!file) {
	console.error('usage: npx tsx bench/profile-summary.ts FILE.cpuprofile [--last-seconds 20]');
	process.exit(2);
}
console.log(summarize(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(values['last-seconds'])));
