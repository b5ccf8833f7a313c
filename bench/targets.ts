// The two servers bench/load.ts can drive: Circlekeeper (set up over its HTTP API) and the bare baseline.
// Each says how to start it, how to set up one circle's sockets and commands, and where a view's seq is.
import { fileURLToPath } from 'node:url';
import type { Command } from '../src/lib/protocol';
import type { CreatedCircle, JoinedCircle } from '../src/lib/wire/http';
import type { ViewMessage } from '../src/lib/wire/socket';
import type { BareAuth, BareView } from './bare-wire';

export const PARTICIPANTS = 12;

export interface SocketSpec {
	auth: Record<string, unknown>;
	headers?: Record<string, string>;
}

export interface CirclePlan {
	/** Every socket of the circle; the first one sends the commands. */
	sockets: SocketSpec[];
	/** Sent once, in order, after every socket is connected. */
	before: unknown[];
	/** The command for the nth hand-off (n from 0). */
	handoff(n: number): unknown;
}

export interface Target {
	name: TargetName;
	/** The server's entry file, run in a child process. */
	script: string;
	/** Runs once against a fresh server; returns how to set up circle number `index`. */
	init(url: string): Promise<(index: number) => Promise<CirclePlan>>;
	seqOf(message: unknown): number;
}

export const TARGET_NAMES = ['bare', 'circlekeeper'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

const KEEPER_EMAIL = 'bench-keeper@example.org';
const KEEPER_PASSWORD = 'a long enough benchmark password';

/** One untimed sequential round that never ends by itself: the keeper hands the piece around with GIVE_PIECE. */
const BENCH_PLAN = {
	version: 1,
	title: { en: 'Benchmark circle' },
	phases: [
		{
			kind: 'round',
			id: 'pass',
			title: { en: 'Passing the piece' },
			prompt: { en: 'What are you bringing into the room today?' },
			mode: 'sequential',
			returnToPassers: false
		}
	]
};

const bare: Target = {
	name: 'bare',
	script: fileURLToPath(new URL('./serve-bare.ts', import.meta.url)),
	async init() {
		return async (index) => {
			const auth: BareAuth = { circle: `c${index}` };
			return {
				sockets: Array.from({ length: PARTICIPANTS + 2 }, () => ({ auth: { ...auth } })),
				before: [],
				handoff: () => ({ type: 'PASS' })
			};
		};
	},
	seqOf: (message) => (message as BareView).seq
};

const circlekeeper: Target = {
	name: 'circlekeeper',
	script: fileURLToPath(new URL('./serve-circlekeeper.ts', import.meta.url)),
	async init(url) {
		const setup = await post(url, '/api/setup', { email: KEEPER_EMAIL, password: KEEPER_PASSWORD });
		const cookie = setup.headers.get('set-cookie')?.split(';')[0];
		if (!cookie) throw new Error(`first-account setup gave no session cookie (status ${setup.status})`);
		return async (index) => {
			const created = await expectJson<CreatedCircle>(await post(url, '/api/circles', { plan: BENCH_PLAN }, cookie), 201);
			const joined = await Promise.all(
				Array.from({ length: PARTICIPANTS }, async (_, seat) =>
					expectJson<JoinedCircle>(
						await post(url, '/api/join', { code: created.joinCode, profile: { name: `Bot ${index}-${seat}` }, acceptedAgreements: true }),
						201
					)
				)
			);
			const screenToken = created.screenPath.split('#t=')[1];
			return {
				sockets: [
					{ auth: { kind: 'keeper', circleId: created.id }, headers: { cookie } },
					{ auth: { kind: 'screen', token: screenToken, languages: ['en'] } },
					...joined.map((j) => ({ auth: { kind: 'participant', token: j.token } }))
				],
				before: [{ type: 'OPEN' }, { type: 'START' }] satisfies Command[],
				handoff: (n) => ({ type: 'GIVE_PIECE', seatId: joined[n % joined.length]!.seatId }) satisfies Command
			};
		};
	},
	seqOf: (message) => (message as ViewMessage).version
};

export const TARGETS: Record<TargetName, Target> = { bare, circlekeeper };

function post(url: string, path: string, body: unknown, cookie?: string): Promise<Response> {
	return fetch(url + path, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
		body: JSON.stringify(body)
	});
}

async function expectJson<T>(response: Response, status: number): Promise<T> {
	const text = await response.text();
	if (response.status !== status) throw new Error(`${response.url}: ${response.status} ${text.slice(0, 300)}`);
	return JSON.parse(text) as T;
}
