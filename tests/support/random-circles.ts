// Random circles for property tests: a plan with sequential, popcorn and silence rounds, and short random
// sequences of events from every kind of sender (allowed or not), with joins, drops, leaves and the clock.
import fc from 'fast-check';
import { applyEvent, createCircle, nextDeadline, type ApplyResult, type Circle } from '../../src/lib/protocol/circle';
import { parseCommand, type Actor, type CircleEvent, type Command, type SystemEvent } from '../../src/lib/protocol/commands';
import type { LanguageTag } from '../../src/lib/protocol/languages';
import type { Plan } from '../../src/lib/protocol/plan';
import type { SeatRole } from '../../src/lib/protocol/seats';
import { ceremony, plan, popcornRound, sequentialRound, silenceRound, T0 } from './circles';

/** Seated at the start: keeper, co-keeper and three participants. */
export const FIRST_SEATS = ['k', 'ck', 'a', 'b', 'c'] as const;
/** Late arrivals, and a seat id that never joins. */
const LATE_SEATS = ['d', 'e'] as const;
const SEAT_IDS = [...FIRST_SEATS, ...LATE_SEATS, 'zz'];
const LANGS: LanguageTag[] = ['en', 'es', 'vi'];
const TURN_MS = 30_000;

export interface Scenario {
	plan: Plan;
	/** Start in the lobby (not yet started) rather than live in the first phase. */
	inLobby: boolean;
	admitAll: boolean;
	steps: Step[];
}

export type Step =
	| { kind: 'command'; actor: Actor; command: Command }
	/** The holder ends their turn, from their own phone or by a keeper acting for them. */
	| { kind: 'holder'; how: 'DONE' | 'PASS'; byKeeper: boolean }
	| { kind: 'reorder'; keys: number[] }
	| { kind: 'join'; seatId: string; role: SeatRole; extraTime: boolean }
	| { kind: 'presence'; type: 'SEAT_DROPPED' | 'SEAT_RECONNECTED'; seatId: string }
	| { kind: 'tick'; ms: number }
	/** The host's timer: wait until the next deadline (if any) and send TIMER_EXPIRED. */
	| { kind: 'expire' };

const seatId = fc.constantFrom(...SEAT_IDS);
const participant = seatId.map((id): Actor => ({ role: 'participant', seatId: id }));
const actor: fc.Arbitrary<Actor> = fc.oneof(
	{ weight: 4, arbitrary: fc.constant<Actor>({ role: 'keeper', seatId: 'k' }) },
	{ weight: 2, arbitrary: fc.constant<Actor>({ role: 'co-keeper', seatId: 'ck' }) },
	{ weight: 4, arbitrary: participant },
	{ weight: 1, arbitrary: fc.constant<Actor>({ role: 'screen' }) },
	{ weight: 1, arbitrary: fc.constant<Actor>({ role: 'system' }) }
);

/** Harvest inputs, checked by the wire schema (a command this version does not have is left out). */
const HARVEST_COMMANDS: Command[] = [
	{ type: 'ADD_NOTE', kind: 'theme', text: 'Trust grows slowly.' },
	{ type: 'REMOVE_NOTE', id: 1 },
	{ type: 'REFLECT', scope: 'theme', text: 'I felt heard.' },
	{ type: 'TRUST_BEFORE', trust: [3, null, 4] },
	{ type: 'FEEDBACK', heard: 4, safe: null, trust: [4, 4, 5] }
].flatMap((input) => {
	const parsed = parseCommand(input);
	return parsed.ok ? [parsed.command] : [];
});

/** Commands that end a round or the circle: rare, so that most sequences see rounds through. */
const disruptive = fc.constantFrom<Command>({ type: 'ADVANCE' }, { type: 'ADVANCE' }, { type: 'END_ROUND' }, { type: 'CLOSE' }, { type: 'START' }, { type: 'OPEN' });

const command: fc.Arbitrary<Command> = fc.oneof(
	{ weight: 1, arbitrary: disruptive },
	fc.constantFrom<Command>(
		{ type: 'PAUSE' }, { type: 'RESUME' }, { type: 'PASS' }, { type: 'DONE' }, { type: 'DONE', response: 'affirm' },
		{ type: 'WAIT' }, { type: 'CARE_SIGNAL' }, { type: 'LEAVE' }, { type: 'SHARE_TEXT', text: 'typed words' },
		{ type: 'RECORD_AGREEMENT', text: 'We listen.' }
	),
	{ weight: 3, arbitrary: fc.constantFrom<Command>({ type: 'REQUEST_PIECE' }, { type: 'REQUEST_PIECE' }, { type: 'WITHDRAW_REQUEST' }) },
	seatId.map((id): Command => ({ type: 'GIVE_PIECE', seatId: id })),
	seatId.map((id): Command => ({ type: 'SKIP', seatId: id })),
	seatId.map((id): Command => ({ type: 'ADMIT', seatId: id })),
	seatId.map((id): Command => ({ type: 'REMOVE_SEAT', seatId: id })),
	fc.array(seatId, { maxLength: 6 }).map((order): Command => ({ type: 'REORDER', order })),
	fc.record({ target: fc.constantFrom('turn' as const, 'phase' as const), ms: fc.constantFrom(5_000, 60_000) }).map((e): Command => ({ type: 'EXTEND', ...e })),
	fc.boolean().map((on): Command => ({ type: 'SET_TIMERS', on })),
	fc.boolean().map((on): Command => ({ type: 'SET_ADMIT_ALL', on })),
	fc.boolean().map((locked): Command => ({ type: 'SET_LOCKED', locked })),
	fc.boolean().map((closed): Command => ({ type: 'SET_SHUTTER', closed })),
	fc.integer({ min: 1, max: 3 }).map((signalId): Command => ({ type: 'ACK_CARE', signalId })),
	fc.integer({ min: 0, max: 2 }).map((index): Command => ({ type: 'REMOVE_AGREEMENT', index })),
	fc.constantFrom(...LANGS).map((language): Command => ({ type: 'SET_LANGUAGE', language })),
	...(HARVEST_COMMANDS.length > 0 ? [fc.constantFrom(...HARVEST_COMMANDS)] : [])
);

const step: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 8, arbitrary: fc.record({ kind: fc.constant('command' as const), actor, command }) },
	{ weight: 10, arbitrary: fc.record({ kind: fc.constant('holder' as const), how: fc.constantFrom('DONE' as const, 'PASS' as const), byKeeper: fc.boolean() }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('reorder' as const), keys: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('join' as const), seatId: fc.constantFrom(...LATE_SEATS, 'a'), role: fc.constantFrom<SeatRole>('participant', 'participant', 'co-keeper'), extraTime: fc.boolean() }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('presence' as const), type: fc.constantFrom('SEAT_DROPPED' as const, 'SEAT_RECONNECTED' as const), seatId }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.constantFrom(1_000, 10_000, 30_000) }) },
	{ weight: 3, arbitrary: fc.constant({ kind: 'expire' as const }) }
);

const sequentialOptions = fc.record({
	start: fc.constantFrom('keeper-first' as const, 'keeper-last' as const),
	returnToPassers: fc.boolean(),
	timing: fc.constantFrom({}, { turnMs: TURN_MS }, { turnMs: TURN_MS, limit: 'hard' as const })
});

const scenarioPlan = fc
	.record({ first: sequentialOptions, last: sequentialOptions, popcornLimit: fc.constantFrom('soft' as const, 'hard' as const), ceremonyFirst: fc.boolean() })
	.map(({ first, last, popcornLimit, ceremonyFirst }) =>
		plan(
			[
				...(ceremonyFirst ? [ceremony({ timerMs: 20_000 })] : []),
				sequentialRound(first),
				popcornRound({ timing: { turnMs: TURN_MS, limit: popcornLimit, budgetMs: 120_000 } }),
				silenceRound(),
				sequentialRound({ id: 'closing-round', ...last })
			],
			{ graceMs: 20_000 }
		)
	);

export const scenario = (maxSteps = 40): fc.Arbitrary<Scenario> =>
	fc.record({
		plan: scenarioPlan,
		inLobby: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
		admitAll: fc.boolean(),
		steps: fc.array(step, { minLength: 1, maxLength: maxSteps, size: 'max' })
	});

const profile = (id: string, extraTime = false) => ({
	name: `Name ${id}`,
	pronouns: '',
	language: (id === 'b' ? 'es' : 'en') as LanguageTag,
	access: { largeText: false, screenReader: false, extraTime, prefersToType: false }
});

/** A circle driven by a scenario, with its own clock. */
export class RandomCircle {
	circle: Circle;
	now = T0;

	constructor(s: Scenario) {
		this.circle = createCircle({ plan: s.plan, createdAt: T0, admitAll: true });
		const keeper: Actor = { role: 'keeper', seatId: 'k' };
		for (const id of FIRST_SEATS) this.must({ type: 'JOIN', seatId: id, role: id === 'k' ? 'keeper' : id === 'ck' ? 'co-keeper' : 'participant', profile: profile(id) }, { role: 'system' });
		this.must({ type: 'OPEN' }, keeper);
		if (!s.admitAll) this.must({ type: 'SET_ADMIT_ALL', on: false }, keeper);
		if (!s.inLobby) this.must({ type: 'START' }, keeper);
	}

	private must(command: Command | SystemEvent, actor: Actor) {
		const result = this.apply(command, actor);
		if (!result.ok) throw new Error(`setup ${command.type} refused: ${result.error.code}`);
	}

	get ctx() {
		return this.circle.snapshot.context;
	}

	get holder(): string | null {
		return this.ctx.phase?.piece?.turn?.seatId ?? null;
	}

	/** The event a step stands for, in the current state; null when the step needs something that is not there. */
	eventFor(step: Step): { command: Command | SystemEvent; actor: Actor } | null {
		switch (step.kind) {
			case 'command':
				return { command: step.command, actor: step.actor };
			case 'holder': {
				const holder = this.holder;
				if (holder === null) return null;
				const role = this.ctx.seats[holder]?.role ?? 'participant';
				const own: Actor = { role, seatId: holder };
				return { command: { type: step.how }, actor: step.byKeeper ? { role: 'keeper', seatId: 'k' } : own };
			}
			case 'reorder': {
				const order = this.ctx.ring.map((id, i) => ({ id, key: step.keys[i % step.keys.length]! })).sort((x, y) => x.key - y.key);
				return { command: { type: 'REORDER', order: order.map((o) => o.id) }, actor: { role: 'co-keeper', seatId: 'ck' } };
			}
			case 'join':
				return { command: { type: 'JOIN', seatId: step.seatId, role: step.role, profile: profile(step.seatId, step.extraTime) }, actor: { role: 'system' } };
			case 'presence':
				return { command: { type: step.type, seatId: step.seatId }, actor: { role: 'system' } };
			case 'tick':
				this.now += step.ms;
				return null;
			case 'expire': {
				const due = nextDeadline(this.circle);
				if (due !== null && due > this.now) this.now = due;
				return { command: { type: 'TIMER_EXPIRED' }, actor: { role: 'system' } };
			}
		}
	}

	apply(command: Command | SystemEvent, actor: Actor): ApplyResult {
		const result = applyEvent(this.circle, { ...command, actor, at: this.now } as CircleEvent);
		if (result.ok) this.circle = result.circle;
		return result;
	}
}
