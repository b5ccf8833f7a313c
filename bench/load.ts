// Load test (issue #3 §8): N circles × (12 participants + keeper + screen) passing the piece every 2 s against a
// server in a child process; reports fan-out and ack latency, errors, server RSS per socket and CPU. See docs/benchmarks.md.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import type { Ack } from '../src/lib/wire/socket';
import { cpuSeconds, machineTicks, rssBytes } from './proc';
import { PARTICIPANTS, TARGET_NAMES, TARGETS, type CirclePlan, type Target, type TargetName } from './targets';

const SOCKETS_PER_CIRCLE = PARTICIPANTS + 2;
const HANDOFF_INTERVAL_MS = 2_000;
const WARMUP_MS = 5_000;
const ACK_TIMEOUT_MS = 5_000;
const FANOUT_TIMEOUT_MS = 5_000;
const CONNECT_TIMEOUT_MS = 20_000;
const SETUP_CONCURRENCY = 8;
const SERVER_START_TIMEOUT_MS = 30_000;
const SERVER_STOP_TIMEOUT_MS = 10_000;
/** Let the fresh server settle before its idle RSS is read. */
const SETTLE_MS = 2_000;
/** Beyond setup, warm-up, the window and the drain, a run is cut off after this much more time. */
const RUN_SLACK_MS = 180_000;
const DEFAULT_CIRCLES = 100;
const DEFAULT_SECONDS = 30;
const MAX_CIRCLES = 2_000;
const MAX_SECONDS = 600;
/** File descriptors the bench process needs besides its sockets. */
const FD_MARGIN = 256;
const LOOP_DELAY_RESOLUTION_MS = 10;
const NS_PER_MS = 1e6;
const US_PER_S = 1e6;
const MB = 1024 * 1024;
const KB = 1024;
/** Issue #3 §8 targets at 500 circles. */
const MAX_FANOUT_P99_RATIO = 3;
const MAX_RSS_RATIO = 1.5;

interface Options {
	circles: number;
	seconds: number;
	targets: TargetName[];
	profileDir: string | undefined;
}

interface Server {
	child: ChildProcess;
	pid: number;
	url: string;
	stop(): Promise<void>;
}

interface Bot {
	socket: Socket;
	lastSeq: number;
	circle: CircleRun;
}

interface Handoff {
	sentAt: number;
	/** Each socket's view version when the hand-off was sent: versions are per audience, not one global seq. */
	baseSeqs: Map<Bot, number>;
	waiting: number;
	measured: boolean;
	timer: ReturnType<typeof setTimeout>;
}

interface CircleRun {
	plan: CirclePlan;
	bots: Bot[];
	sent: number;
	handoff: Handoff | null;
}

interface Errors {
	failedAcks: number;
	ackTimeouts: number;
	fanoutTimeouts: number;
	disconnects: number;
}

interface RunResult {
	target: TargetName;
	circles: number;
	sockets: number;
	setupSeconds: number;
	handoffs: number;
	fanout: Percentiles;
	ack: Percentiles;
	errors: Errors;
	firstError: string | undefined;
	rssIdleMb: number;
	rssConnectedMb: number;
	rssEndMb: number;
	rssPerSocketKb: number;
	serverCpuPercent: number;
	serverCpuMsPerHandoff: number;
	/** Every process on the machine, in percent of one core (200 % is both cores busy). */
	machineBusyPercent: number;
	benchCpuPercent: number;
	benchLoopDelayP99Ms: number;
	viewBytes: { min: number; max: number };
}

interface Percentiles {
	p50: number;
	p95: number;
	p99: number;
	max: number;
}

function parseOptions(): Options {
	const { values } = parseArgs({
		options: {
			circles: { type: 'string', default: String(DEFAULT_CIRCLES) },
			seconds: { type: 'string', default: String(DEFAULT_SECONDS) },
			target: { type: 'string', default: 'circlekeeper' },
			profile: { type: 'string' }
		}
	});
	const circles = Number(values.circles);
	const seconds = Number(values.seconds);
	if (!Number.isInteger(circles) || circles < 1 || circles > MAX_CIRCLES) throw new Error(`--circles must be a whole number from 1 to ${MAX_CIRCLES}`);
	if (!Number.isFinite(seconds) || seconds < 1 || seconds > MAX_SECONDS) throw new Error(`--seconds must be from 1 to ${MAX_SECONDS}`);
	const targets = values.target === 'both' ? [...TARGET_NAMES] : [values.target as TargetName];
	if (!targets.every((t) => TARGET_NAMES.includes(t))) throw new Error(`--target must be ${TARGET_NAMES.join(', ')} or both`);
	return { circles, seconds, targets, profileDir: values.profile };
}

function checkFileLimit(sockets: number): void {
	const limit = Number(execFileSync('sh', ['-c', 'ulimit -n']).toString().trim());
	if (Number.isFinite(limit) && limit < sockets + FD_MARGIN) {
		throw new Error(`ulimit -n is ${limit}; ${sockets} sockets need at least ${sockets + FD_MARGIN}. Run \`ulimit -n ${sockets * 2 + FD_MARGIN}\` first.`);
	}
}

/** Starts the target's server in its own Node process (not through the tsx CLI, so the pid is the server's). */
/** The server of the run in progress, killed if the bench is cut off or interrupted. */
let running: ChildProcess | undefined;

function startServer(target: Target, dataDir: string, profileDir: string | undefined): Promise<Server> {
	const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
	const child = spawn(process.execPath, ['--import', 'tsx', ...profile, target.script], {
		env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	running = child;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		const killer = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_TIMEOUT_MS);
		await exited;
		clearTimeout(killer);
	};
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			void stop();
			reject(new Error(`${target.name} server did not start within ${SERVER_START_TIMEOUT_MS} ms`));
		}, SERVER_START_TIMEOUT_MS);
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`${target.name} server exited during start (code ${code})`));
		});
		child.once('message', (message) => {
			clearTimeout(timer);
			resolve({ child, pid: child.pid!, url: (message as { url: string }).url, stop });
		});
	});
}

async function inPool<T>(count: number, concurrency: number, work: (index: number) => Promise<T>): Promise<T[]> {
	const out: T[] = new Array<T>(count);
	let next = 0;
	const worker = async () => {
		while (next < count) {
			const index = next++;
			out[index] = await work(index);
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
	return out;
}

function percentiles(samples: number[]): Percentiles {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
	return { p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? Number.NaN };
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

async function run(target: Target, options: Options): Promise<RunResult> {
	const sockets = options.circles * SOCKETS_PER_CIRCLE;
	const dataDir = mkdtempSync(join(tmpdir(), `circlekeeper-bench-${target.name}-`));
	const server = await startServer(target, dataDir, options.profileDir);
	const errors: Errors = { failedAcks: 0, ackTimeouts: 0, fanoutTimeouts: 0, disconnects: 0 };
	let firstError: string | undefined;
	const fail = (kind: keyof Errors, detail: string) => {
		errors[kind] += 1;
		firstError ??= `${kind}: ${detail}`;
	};
	const fanouts: number[] = [];
	const acks: number[] = [];
	const viewBytes: number[] = [];
	const circles: CircleRun[] = [];
	const timers: ReturnType<typeof setTimeout>[] = [];
	let measuring = false;
	let closing = false;
	let handoffsSent = 0;

	const connect = (circle: CircleRun, spec: CirclePlan['sockets'][number], sample: boolean) =>
		new Promise<Bot>((resolve, reject) => {
			const socket = io(server.url, {
				auth: spec.auth,
				extraHeaders: spec.headers,
				transports: ['websocket'],
				reconnection: false,
				forceNew: true,
				timeout: CONNECT_TIMEOUT_MS
			});
			const bot: Bot = { socket, lastSeq: -1, circle };
			socket.on('view', (message: unknown) => {
				if (sample && measuring) viewBytes.push(JSON.stringify(message).length);
				onView(bot, target.seqOf(message));
			});
			socket.once('connect', () => {
				socket.on('disconnect', (reason) => {
					if (!closing) fail('disconnects', reason);
				});
				resolve(bot);
			});
			socket.once('connect_error', (error) => reject(new Error(`connect failed: ${error.message}`)));
		});

	const onView = (bot: Bot, seq: number) => {
		const previous = bot.lastSeq;
		bot.lastSeq = Math.max(previous, seq);
		const handoff = bot.circle.handoff;
		const base = handoff?.baseSeqs.get(bot);
		if (!handoff || base === undefined || previous > base || seq <= base) return;
		handoff.waiting -= 1;
		if (handoff.waiting > 0) return;
		clearTimeout(handoff.timer);
		bot.circle.handoff = null;
		if (handoff.measured) fanouts.push(performance.now() - handoff.sentAt);
	};

	const send = (bot: Bot, commandId: string, command: unknown): Promise<{ ack?: Ack; ms: number }> => {
		const sentAt = performance.now();
		return new Promise((resolve) => {
			bot.socket.timeout(ACK_TIMEOUT_MS).emit('command', { commandId, command }, (error: Error | null, ack: Ack) => {
				resolve({ ack: error ? undefined : ack, ms: performance.now() - sentAt });
			});
		});
	};

	const tick = (circle: CircleRun) => {
		// One hand-off in flight per circle; a late one is counted when its own timeout fires.
		if (circle.handoff || closing) return;
		const commander = circle.bots[0]!;
		const n = circle.sent++;
		const measured = measuring;
		if (measured) handoffsSent += 1;
		circle.handoff = {
			sentAt: performance.now(),
			baseSeqs: new Map(circle.bots.map((b) => [b, b.lastSeq])),
			waiting: circle.bots.length,
			measured,
			timer: setTimeout(() => {
				circle.handoff = null;
				fail('fanoutTimeouts', `hand-off ${n} not seen by every socket within ${FANOUT_TIMEOUT_MS} ms`);
			}, FANOUT_TIMEOUT_MS)
		};
		void send(commander, `h${n}`, circle.plan.handoff(n)).then(({ ack, ms }) => {
			if (!ack) fail('ackTimeouts', `hand-off ${n} had no ack within ${ACK_TIMEOUT_MS} ms`);
			else if (!ack.ok) fail('failedAcks', `${ack.error.code}: ${ack.error.message}`);
			else if (measured) acks.push(ms);
		});
	};

	try {
		await sleep(SETTLE_MS);
		const rssIdle = rssBytes(server.pid);
		const setupStarted = performance.now();
		const setupCircle = await target.init(server.url);
		await inPool(options.circles, SETUP_CONCURRENCY, async (index) => {
			const plan = await setupCircle(index);
			const circle: CircleRun = { plan, bots: [], sent: 0, handoff: null };
			circle.bots = await Promise.all(plan.sockets.map((spec) => connect(circle, spec, index === 0)));
			for (const [i, command] of plan.before.entries()) {
				const { ack } = await send(circle.bots[0]!, `setup${i}`, command);
				if (!ack?.ok) throw new Error(`setup command ${JSON.stringify(command)} failed: ${JSON.stringify(ack)}`);
			}
			circles.push(circle);
		});
		const setupSeconds = (performance.now() - setupStarted) / 1000;
		const rssConnected = rssBytes(server.pid);
		console.error(`${target.name}: ${options.circles} circles, ${sockets} sockets connected in ${setupSeconds.toFixed(1)} s; warming up`);

		circles.forEach((circle, i) => {
			const offset = (i / circles.length) * HANDOFF_INTERVAL_MS;
			timers.push(
				setTimeout(() => {
					tick(circle);
					timers.push(setInterval(() => tick(circle), HANDOFF_INTERVAL_MS));
				}, offset)
			);
		});
		await sleep(WARMUP_MS);

		const loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
		loopDelay.enable();
		const cpuStart = cpuSeconds(server.pid);
		const benchCpuStart = process.cpuUsage();
		const machineStart = machineTicks();
		const windowStart = performance.now();
		measuring = true;
		await sleep(options.seconds * 1000);
		measuring = false;
		const windowSeconds = (performance.now() - windowStart) / 1000;
		const serverCpu = cpuSeconds(server.pid) - cpuStart;
		const benchCpu = process.cpuUsage(benchCpuStart);
		const machineEnd = machineTicks();
		const sentInWindow = handoffsSent;
		loopDelay.disable();
		const rssEnd = rssBytes(server.pid);

		// Stop sending, then let the hand-offs of the window finish (or time out).
		closing = true;
		timers.forEach((t) => clearTimeout(t));
		while (circles.some((c) => c.handoff !== null)) await sleep(LOOP_DELAY_RESOLUTION_MS);

		return {
			target: target.name,
			circles: options.circles,
			sockets,
			setupSeconds,
			handoffs: fanouts.length,
			fanout: percentiles(fanouts),
			ack: percentiles(acks),
			errors,
			firstError,
			rssIdleMb: rssIdle / MB,
			rssConnectedMb: rssConnected / MB,
			rssEndMb: rssEnd / MB,
			rssPerSocketKb: (rssEnd - rssIdle) / sockets / KB,
			serverCpuPercent: (serverCpu / windowSeconds) * 100,
			serverCpuMsPerHandoff: (serverCpu * 1000) / sentInWindow,
			machineBusyPercent: ((machineEnd.busy - machineStart.busy) / (machineEnd.total - machineStart.total)) * cpus().length * 100,
			benchCpuPercent: ((benchCpu.user + benchCpu.system) / US_PER_S / windowSeconds) * 100,
			benchLoopDelayP99Ms: loopDelay.percentile(99) / NS_PER_MS,
			viewBytes: { min: Math.min(...viewBytes), max: Math.max(...viewBytes) }
		};
	} finally {
		closing = true;
		timers.forEach((t) => clearTimeout(t));
		for (const circle of circles) if (circle.handoff) clearTimeout(circle.handoff.timer);
		await server.stop();
		for (const circle of circles) for (const bot of circle.bots) bot.socket.close();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

function report(r: RunResult): string {
	const totalErrors = Object.values(r.errors).reduce((a, b) => a + b, 0);
	const errorDetail = Object.entries(r.errors)
		.filter(([, n]) => n > 0)
		.map(([k, n]) => `${k} ${n}`)
		.join(', ');
	return [
		`### ${r.target}: ${r.circles} circles × ${SOCKETS_PER_CIRCLE} = ${r.sockets} sockets`,
		'',
		'| Measure | Value |',
		'|---|---|',
		`| Hand-offs measured | ${r.handoffs} |`,
		`| Fan-out p50 / p95 / p99 (max) | ${ms(r.fanout.p50)} / ${ms(r.fanout.p95)} / ${ms(r.fanout.p99)} (${ms(r.fanout.max)}) |`,
		`| Ack p50 / p95 / p99 (max) | ${ms(r.ack.p50)} / ${ms(r.ack.p95)} / ${ms(r.ack.p99)} (${ms(r.ack.max)}) |`,
		`| Errors | ${totalErrors}${errorDetail ? ` (${errorDetail}; first: ${r.firstError})` : ''} |`,
		`| Server RSS idle → connected → end | ${r.rssIdleMb.toFixed(0)} → ${r.rssConnectedMb.toFixed(0)} → ${r.rssEndMb.toFixed(0)} MB |`,
		`| Server RSS per socket | ${r.rssPerSocketKb.toFixed(1)} KB |`,
		`| Server CPU (of one core) / per hand-off | ${r.serverCpuPercent.toFixed(0)} % / ${r.serverCpuMsPerHandoff.toFixed(2)} ms |`,
		`| Bench CPU / event-loop delay p99 | ${r.benchCpuPercent.toFixed(0)} % / ${ms(r.benchLoopDelayP99Ms)} |`,
		`| Whole machine busy (${cpus().length * 100} % = all cores) | ${r.machineBusyPercent.toFixed(0)} % |`,
		`| View message size (circle 0) | ${r.viewBytes.min}–${r.viewBytes.max} B |`,
		`| Setup | ${r.setupSeconds.toFixed(1)} s |`
	].join('\n');
}

function comparison(bare: RunResult, ck: RunResult): string {
	const fanoutRatio = ck.fanout.p99 / bare.fanout.p99;
	const rssRatio = ck.rssPerSocketKb / bare.rssPerSocketKb;
	const ckErrors = Object.values(ck.errors).reduce((a, b) => a + b, 0);
	const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
	return [
		`### circlekeeper / bare at ${ck.circles} circles`,
		'',
		'| Target | Value | |',
		'|---|---|---|',
		`| 0 errors | ${ckErrors} | ${verdict(ckErrors === 0)} |`,
		`| p99 fan-out ≤ ${MAX_FANOUT_P99_RATIO}× bare | ${fanoutRatio.toFixed(2)}× (${ms(ck.fanout.p99)} / ${ms(bare.fanout.p99)}) | ${verdict(fanoutRatio <= MAX_FANOUT_P99_RATIO)} |`,
		`| RSS/socket ≤ ${MAX_RSS_RATIO}× bare | ${rssRatio.toFixed(2)}× (${ck.rssPerSocketKb.toFixed(1)} / ${bare.rssPerSocketKb.toFixed(1)} KB) | ${verdict(rssRatio <= MAX_RSS_RATIO)} |`
	].join('\n');
}

async function main(): Promise<void> {
	const options = parseOptions();
	checkFileLimit(options.circles * SOCKETS_PER_CIRCLE);
	const budgetMs = options.targets.length * (WARMUP_MS + options.seconds * 1000 + RUN_SLACK_MS);
	const abort = (why: string) => {
		console.error(`bench: ${why}`);
		running?.kill('SIGKILL');
		process.exit(1);
	};
	const deadline = setTimeout(() => abort(`gave up after ${budgetMs} ms`), budgetMs);
	process.once('SIGINT', () => abort('interrupted'));
	const results = new Map<TargetName, RunResult>();
	for (const name of options.targets) {
		const result = await run(TARGETS[name], options);
		results.set(name, result);
		console.log(`${report(result)}\n`);
	}
	const bare = results.get('bare');
	const ck = results.get('circlekeeper');
	if (bare && ck) console.log(`${comparison(bare, ck)}\n`);
	clearTimeout(deadline);
}

main().catch((error: unknown) => {
	console.error(error);
	running?.kill('SIGKILL');
	process.exit(1);
});
