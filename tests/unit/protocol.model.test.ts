// Model-based tests with xstate/graph: from a four-seat ring, every reachable state of the machine and every
// transition it defines is visited with concrete events, and every shortest path replays through the circle API.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmptyActor, transition, type AnyActorScope, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import { createTestModel, getStateNodes, type TestPath } from 'xstate/graph';
import { applyEvent, nextDeadline, type Circle } from '$lib/protocol/circle';
import type { CircleEvent } from '$lib/protocol/commands';
import { COMMAND_TYPES } from '$lib/protocol/commands';
import { circleMachine } from '$lib/protocol/machine';
import { viewFor } from '$lib/protocol/views';
import { modelEvents, modelStart, sameEventIn, serializeModelState, type ModelSnapshot } from '../support/model-circles';

const SYSTEM_TYPES = ['JOIN', 'SEAT_DROPPED', 'SEAT_RECONNECTED', 'SEAT_RELEASED', 'TIMER_EXPIRED', 'IDLE_CLOSE'] as const;
/** Exploring takes a few seconds; more on a busy machine. */
const SLOW = 120_000;

/** The leaf a snapshot is in, as a dotted path: `live.running.piece.holding`. */
function leafOf(snapshot: ModelSnapshot): string {
	const parts: string[] = [];
	let value: unknown = snapshot.value;
	while (typeof value === 'object' && value !== null) {
		const [key, inner] = Object.entries(value)[0]!;
		parts.push(key);
		value = inner;
	}
	return [...parts, String(value)].join('.');
}

const nodePath = (node: AnyStateNode) => node.path.join('.');

/** Leaves a circle can rest in: atomic and final states, less the transient ones (an unguarded `always` leaves at once). */
function restingLeaves(): string[] {
	return getStateNodes(circleMachine.root)
		.filter((n) => (n.type === 'atomic' || n.type === 'final') && !n.always?.some((t) => t.guard === undefined))
		.map(nodePath);
}

/** Every transition the machine defines, on events and eventless. */
function allTransitions(): AnyTransitionDefinition[] {
	return [circleMachine.root, ...getStateNodes(circleMachine.root)].flatMap((n) => [...[...n.transitions.values()].flat(), ...(n.always ?? [])]);
}

function label(t: AnyTransitionDefinition): string {
	const guard = typeof t.guard === 'string' ? ` [${t.guard}]` : '';
	const target = t.target?.map(nodePath).join(',') ?? '(stays)';
	return `${nodePath(t.source) || 'circle'} ${t.eventType || 'always'}${guard} → ${target}`;
}

/**
 * The machine as xstate/graph sees it, except that every transition XState takes while exploring is recorded,
 * through the inspection events of an actor scope of our own (the graph's own scope discards them).
 */
function recordingMachine(taken: Set<AnyTransitionDefinition>): typeof circleMachine {
	const self = createEmptyActor();
	self.system.inspect((e) => {
		if (e.type === '@xstate.microstep') for (const t of e._transitions) taken.add(t);
	});
	const scope: AnyActorScope = {
		self,
		id: 'model',
		sessionId: 'model',
		logger: () => {},
		defer: () => {},
		emit: () => {},
		system: self.system,
		stopChild: () => {},
		actionExecutor: () => {}
	};
	return Object.create(circleMachine, {
		transition: { value: (snapshot: ModelSnapshot, event: CircleEvent) => circleMachine.transition(snapshot, event, scope) }
	}) as typeof circleMachine;
}

/** What must hold in any state a path reaches: one holder in the ring, views that agree with the circle. */
function checkViews(circle: Circle) {
	const ctx = circle.snapshot.context;
	const holder = ctx.phase?.piece?.turn?.seatId ?? null;
	// The one holder not in the ring: a return-pass holder who left, whose unnamed turn waits for a keeper.
	if (holder !== null && !(ctx.phase?.piece?.stage === 'return' && ctx.seats[holder] === undefined)) expect(ctx.ring).toContain(holder);
	if (circle.snapshot.matches({ live: { running: { piece: 'holding' } } })) expect(holder).not.toBeNull();
	const screen = viewFor(circle, { kind: 'screen', languages: ['en'] });
	const live = circle.snapshot.status === 'active' && circle.snapshot.matches('live');
	const named = live && !ctx.shutter && ctx.phase?.piece?.stage !== 'return' ? holder : null;
	expect(screen.piece?.holderSeatId ?? null).toBe(named);
	if (circle.snapshot.hasTag('paused')) expect(nextDeadline(circle)).toBeNull();
}

describe('the circle machine, explored with xstate/graph', () => {
	const fromState = modelStart();
	const taken = new Set<AnyTransitionDefinition>();
	const model = createTestModel(recordingMachine(taken), {
		fromState,
		events: modelEvents,
		serializeState: serializeModelState,
		// A closed circle takes no more events (the host refuses them before the machine sees them).
		stopWhen: (snapshot) => snapshot.status !== 'active'
	});
	let paths: TestPath<ModelSnapshot, CircleEvent>[] = [];
	let states: ModelSnapshot[] = [];

	beforeAll(() => {
		paths = model.getShortestPaths() as TestPath<ModelSnapshot, CircleEvent>[];
		const bySerial = new Map<string, ModelSnapshot>([[serializeModelState(fromState), fromState]]);
		for (const path of paths) for (const step of path.steps) bySerial.set(serializeModelState(step.state), step.state);
		states = [...bySerial.values()];
	}, SLOW);

	it('has an event for every command and server event', () => {
		const types = new Set(modelEvents(fromState).map((e) => e.type));
		expect([...COMMAND_TYPES, ...SYSTEM_TYPES].filter((t) => !types.has(t))).toEqual([]);
	});

	it('visits every state a circle can rest in', () => {
		const visited = new Set(states.map(leafOf));
		expect([...visited].sort()).toEqual(restingLeaves().sort());
		for (const leaf of [
			'scheduled', 'lobby', 'closed', 'live.paused',
			'live.running.ceremony', 'live.running.silence', 'live.running.open', 'live.running.complete',
			'live.running.piece.centre', 'live.running.piece.holding', 'live.running.piece.away',
			'live.running.piece.awaitingKeeper', 'live.running.piece.reflect'
		]) {
			expect(visited).toContain(leaf);
		}
	});

	it('takes every transition the machine defines, on events and eventless', () => {
		const missing = allTransitions().filter((t) => !taken.has(t)).map(label);
		expect(missing).toEqual([]);
	});

	it('resumes into every kind of state it was paused in', () => {
		const resumedTo = new Set<string>();
		for (const state of states.filter((s) => leafOf(s) === 'live.paused')) {
			const resume = modelEvents(state).find((e) => e.type === 'RESUME')!;
			resumedTo.add(leafOf(transition(circleMachine, state, resume)[0]));
		}
		expect([...resumedTo].sort()).toEqual(
			expect.arrayContaining(['live.running.ceremony', 'live.running.silence', 'live.running.open', 'live.running.complete', 'live.running.piece.centre', 'live.running.piece.holding', 'live.running.piece.away', 'live.running.piece.awaitingKeeper', 'live.running.piece.reflect'])
		);
	});

	it('replays every shortest path through the circle API: each step accepted, reaching the same model state, views holding', async () => {
		const checked = new Set<string>();
		for (const path of paths) {
			let circle: Circle = { seq: 0, snapshot: fromState };
			// The path's events were made for the model's representative states; the same kind of event is made for ours.
			const exec = ({ event, state }: { event: CircleEvent; state: ModelSnapshot }) => {
				const result = applyEvent(circle, sameEventIn(circle.snapshot, event));
				if (!result.ok) throw new Error(`${event.type} refused on the path: ${result.error.code}`);
				circle = result.circle;
				expect(serializeModelState(circle.snapshot)).toBe(serializeModelState(state));
			};
			await path.test({
				events: Object.fromEntries([...COMMAND_TYPES, ...SYSTEM_TYPES].map((type) => [type, exec])),
				states: {
					'*': () => {
						const serial = serializeModelState(circle.snapshot);
						if (!checked.has(serial)) checkViews(circle);
						checked.add(serial);
					}
				}
			});
		}
		expect(paths.length).toBeGreaterThan(100);
	}, SLOW);
});
