// The model for xstate/graph: a four-seat ring, a plan with every kind of phase, concrete events for every
// state (with actor and time), and a coarse serialization so the graph of reachable states stays finite.
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { nextDeadline } from '../../src/lib/protocol/circle';
import { parseCommand, type Actor, type CircleEvent, type Command, type SystemEvent } from '../../src/lib/protocol/commands';
import { circleMachine } from '../../src/lib/protocol/machine';
import { ceremony, plan, popcornRound, sequentialRound, silenceRound, T0 } from './circles';

export type ModelSnapshot = SnapshotFrom<typeof circleMachine>;

const TURN_MS = 30_000;

/** One sequential, one popcorn and one silence round, plus a ceremony and an open round so every phase state is reachable. */
export const modelPlan = plan(
	[
		ceremony({ timerMs: 20_000 }),
		sequentialRound({ timing: { turnMs: TURN_MS, limit: 'hard' } }),
		popcornRound({ timing: { turnMs: TURN_MS, budgetMs: 120_000 } }),
		silenceRound(),
		sequentialRound({ id: 'talk', mode: 'open', timing: { budgetMs: 60_000 } })
	],
	{ graceMs: 20_000 }
);

export const modelInput = { plan: modelPlan, createdAt: T0, admitAll: false };

const keeper: Actor = { role: 'keeper', seatId: 'k' };
const system: Actor = { role: 'system' };
const participant = (seatId: string): Actor => ({ role: 'participant', seatId });
const profile = { name: 'Someone', pronouns: '', language: 'en' as const, access: { largeText: false, screenReader: false, extraTime: false, prefersToType: false } };

/** The ring the model starts from: keeper k and participants a, b, c, seated in a scheduled circle, c asking for a pause,
 * an agreement and a note recorded; e joined but never connected. */
export function modelStart(): ModelSnapshot {
	let [snapshot] = initialTransition(circleMachine, modelInput);
	for (const [seatId, role] of [['k', 'keeper'], ['a', 'participant'], ['b', 'participant'], ['c', 'participant']] as const) {
		[snapshot] = transition(circleMachine, snapshot, { type: 'JOIN', seatId, role, profile, actor: system, at: T0 });
		[snapshot] = transition(circleMachine, snapshot, { type: 'ADMIT', seatId, actor: keeper, at: T0 });
	}
	// A phone that took seat e over HTTP and never connected, waiting to be admitted or released.
	[snapshot] = transition(circleMachine, snapshot, { type: 'JOIN', seatId: 'e', role: 'participant', profile, presence: 'joining', actor: system, at: T0 });
	// A care signal and an agreement to act on: the coarse model does not tell states apart by them.
	[snapshot] = transition(circleMachine, snapshot, { type: 'CARE_SIGNAL', actor: participant('c'), at: T0 });
	[snapshot] = transition(circleMachine, snapshot, { type: 'RECORD_AGREEMENT', text: 'We speak from the heart.', actor: keeper, at: T0 });
	for (const note of wire(keeper, { type: 'ADD_NOTE', kind: 'agreement', text: 'We listen.' })) [snapshot] = transition(circleMachine, snapshot, note);
	return snapshot;
}

/** Which entry of `modelEvents` an event object came from, so a path can be replayed from another concrete state. */
const EVENT_INDEX = new WeakMap<object, number>();

/**
 * Concrete events worth trying in `snapshot`, always the same list in the same order: each command from the sender
 * that may send it (and a few that may not), aimed at the seats that matter now (the holder, the next in line, the
 * first waiting). Time is T0, except the host's TIMER_EXPIRED, which comes at the next deadline, or late, at the last.
 */
export function modelEvents(snapshot: ModelSnapshot): CircleEvent[] {
	const ctx = snapshot.context;
	const piece = ctx.phase?.piece ?? null;
	const holder = piece?.turn?.seatId ?? null;
	const holderIsParticipant = holder !== null && ctx.seats[holder]?.role === 'participant';
	const holderActor: Actor = holder === null ? participant('a') : holderIsParticipant ? participant(holder) : keeper;
	const inLine = piece?.pending[0] ?? piece?.passed[0] ?? piece?.queue[0] ?? 'a';
	const other = ctx.ring.find((id) => id !== holder) ?? 'a';
	const asker = ctx.ring.find((id) => id !== holder && !piece?.queue.includes(id)) ?? 'a';
	const dropped = Object.values(ctx.seats).find((s) => s.presence === 'dropped')?.id ?? 'a';
	const due = nextDeadline({ seq: 0, snapshot });
	const last = run(ctx) ?? due;
	const by = (actor: Actor, command: Command | SystemEvent, at = T0) => ({ ...command, actor, at }) as CircleEvent;
	const events = [
		by(system, { type: 'JOIN', seatId: 'd', role: 'participant', profile }),
		by(system, { type: 'SEAT_DROPPED', seatId: holder ?? 'a' }),
		by(system, { type: 'SEAT_RECONNECTED', seatId: dropped }),
		by(system, { type: 'SEAT_RELEASED', seatId: 'e' }),
		by(system, { type: 'TIMER_EXPIRED' }, due ?? T0),
		by(system, { type: 'TIMER_EXPIRED' }, last ?? T0),
		by(system, { type: 'IDLE_CLOSE' }),
		by(keeper, { type: 'OPEN' }),
		by(keeper, { type: 'START' }),
		by(keeper, { type: 'ADVANCE' }),
		by(keeper, { type: 'CLOSE' }),
		by(keeper, { type: 'PAUSE' }),
		by(keeper, { type: 'RESUME' }),
		by(keeper, { type: 'DONE' }),
		by(keeper, { type: 'PASS' }),
		by(holderActor, { type: 'DONE' }),
		by(holderActor, { type: 'PASS' }),
		by(holderActor, { type: 'SHARE_TEXT', text: 'In writing.' }),
		by(keeper, { type: 'GIVE_PIECE', seatId: other }),
		by(keeper, { type: 'SKIP', seatId: holder ?? inLine }),
		by(keeper, { type: 'SKIP', seatId: inLine }),
		by(keeper, { type: 'WAIT' }),
		by(keeper, { type: 'REORDER', order: [...ctx.ring].reverse() }),
		by(keeper, { type: 'EXTEND', target: 'turn', ms: 60_000 }),
		by(keeper, { type: 'EXTEND', target: 'phase', ms: 60_000 }),
		by(keeper, { type: 'SET_TIMERS', on: !ctx.timersOn }),
		by(keeper, { type: 'END_ROUND' }),
		by(keeper, { type: 'ADMIT', seatId: ctx.waiting[0] ?? 'd' }),
		by(keeper, { type: 'SET_ADMIT_ALL', on: !ctx.admitAll }),
		by(keeper, { type: 'SET_LOCKED', locked: !ctx.locked }),
		by(keeper, { type: 'SET_SHUTTER', closed: !ctx.shutter }),
		by(keeper, { type: 'REMOVE_SEAT', seatId: holderIsParticipant ? holder : 'c' }),
		by(keeper, { type: 'REMOVE_SEATS', seatIds: ['c', 'd'].filter((id) => ctx.seats[id] !== undefined) }),
		by(keeper, { type: 'ACK_CARE', signalId: ctx.care[0]?.id ?? 1 }),
		by(keeper, { type: 'RECORD_AGREEMENT', text: 'We listen.' }),
		by(keeper, { type: 'REMOVE_AGREEMENT', index: 0 }),
		by(participant(asker), { type: 'REQUEST_PIECE' }),
		by(participant(piece?.queue[0] ?? 'a'), { type: 'WITHDRAW_REQUEST' }),
		by(participant('a'), { type: 'CARE_SIGNAL' }),
		by(participant('a'), { type: 'SET_LANGUAGE', language: 'es' }),
		by(participant('b'), { type: 'LEAVE' }),
		// Harvest inputs, as they come over the wire (a command this version does not know is left out).
		...wire(keeper, { type: 'ADD_NOTE', kind: 'theme', text: 'Trust grows slowly.' }),
		...wire(keeper, { type: 'ADD_NAME_TO_REDACT', name: 'Hope Tuiasosopo' }),
		...wire(keeper, { type: 'REMOVE_NOTE', id: (ctx as { harvest?: { notes: { id: number }[] } }).harvest?.notes[0]?.id ?? 1 }),
		...wire(participant('a'), { type: 'REFLECT', scope: 'circle', text: 'I felt heard.' }),
		...wire(participant('a'), { type: 'TRUST_BEFORE', trust: [3, 4, null] }),
		...wire(participant('a'), { type: 'FEEDBACK', heard: 4, safe: 5, trust: [4, 4, 4] })
	];
	events.forEach((event, index) => EVENT_INDEX.set(event, index));
	return events;
}

const WIRE_CACHE = new Map<string, Command | null>();

/** A command checked by the wire schema, as the host would receive it; none when this version has no such command. */
function wire(actor: Actor, input: Record<string, unknown>, at = T0): CircleEvent[] {
	const key = JSON.stringify(input);
	if (!WIRE_CACHE.has(key)) {
		const parsed = parseCommand(input);
		WIRE_CACHE.set(key, parsed.ok ? parsed.command : null);
	}
	const command = WIRE_CACHE.get(key);
	return command ? [{ ...command, actor, at } as CircleEvent] : [];
}

/** The latest running deadline: a host that woke up late finds them all due at once. */
function run(ctx: ModelSnapshot['context']): number | null {
	const timers = [ctx.phase?.timer, ctx.phase?.piece?.turn?.timer, ctx.phase?.piece?.grace];
	const deadlines = timers.flatMap((t) => (t?.deadlineAt == null ? [] : [t.deadlineAt]));
	return deadlines.length === 0 ? null : Math.max(...deadlines);
}

/** The same kind of event as `event` (same entry of the list), made for `snapshot`. */
export function sameEventIn(snapshot: ModelSnapshot, event: CircleEvent): CircleEvent {
	const index = EVENT_INDEX.get(event);
	if (index === undefined) throw new Error(`${event.type} did not come from modelEvents`);
	return modelEvents(snapshot)[index]!;
}

const some = (list: readonly string[]) => list.length > 0;

/**
 * What tells two states apart for the model: the state value and a coarse summary of the context that steers it
 * (counts rather than lists, the holder's role rather than their seat), so the graph stays small and finite.
 */
export function serializeModelState(snapshot: ModelSnapshot): string {
	const c = snapshot.context;
	const run = c.phase;
	const p = run?.piece ?? null;
	const holder = p?.turn ? c.seats[p.turn.seatId] : undefined;
	if (snapshot.status !== 'active') return JSON.stringify({ v: snapshot.value, status: snapshot.status });
	return JSON.stringify({
		v: snapshot.value,
		status: snapshot.status,
		waiting: c.waiting.length > 0,
		// Where RESUME returns to: paused states that would resume into different places are different states.
		resumesTo: snapshot.matches({ live: 'paused' }) ? Object.values(snapshot.historyValue).flat().map((node) => node.id) : null,
		phase: run && {
			index: run.index,
			timer: run.timer !== null,
			timerDone: run.timerDone,
			piece: p && {
				stage: p.stage,
				holder: holder && { role: holder.role, dropped: holder.presence === 'dropped' },
				turn: p.turn && { timed: p.turn.timer !== null, overtime: p.turn.overtime, mainPass: p.turn.mainPass },
				pending: some(p.pending),
				passed: some(p.passed),
				queue: some(p.queue),
				closing: p.closing,
				grace: p.grace !== null,
				awaitingKeeper: p.awaitingKeeper
			}
		}
	});
}
