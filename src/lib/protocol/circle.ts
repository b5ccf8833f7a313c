// A circle as a value: create it, apply an event to get the next one or a typed refusal, find its next deadline.
// This is the API the host uses; it wraps the machine with XState's pure `transition`, so nothing here runs on its own.
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { explainRejection } from './authorization';
import type { CircleContext, CircleInput } from './circle-context';
import type { CircleEvent } from './commands';
import type { ProtocolError } from './errors';
import { circleMachine } from './machine';
import { pendingDeadlines } from './phases';

export type CircleSnapshot = SnapshotFrom<typeof circleMachine>;

export interface Circle {
	/** Counts accepted events; every view carries it so clients drop stale messages. */
	seq: number;
	snapshot: CircleSnapshot;
}

export type Lifecycle = 'scheduled' | 'lobby' | 'live' | 'closed';

export type ApplyResult = { ok: true; circle: Circle } | { ok: false; error: ProtocolError };

export function createCircle(input: CircleInput): Circle {
	const [snapshot] = initialTransition(circleMachine, input);
	return { seq: 0, snapshot };
}

export function isClosed(circle: Circle): boolean {
	return circle.snapshot.status !== 'active';
}

/** Applies one event. A refused event returns why and leaves the circle exactly as it was. */
export function applyEvent(circle: Circle, event: CircleEvent): ApplyResult {
	const { snapshot } = circle;
	if (isClosed(circle) || !snapshot.can(event)) {
		return { ok: false, error: explainRejection(snapshot.context, event, isClosed(circle)) };
	}
	const [next] = transition(circleMachine, snapshot, event);
	return { ok: true, circle: { seq: circle.seq + 1, snapshot: next } };
}

/** True when `event` would be accepted now (for `allowed` lists). */
export function accepts(circle: Circle, event: CircleEvent): boolean {
	return !isClosed(circle) && circle.snapshot.can(event);
}

export function lifecycle(circle: Circle): Lifecycle {
	if (isClosed(circle)) return 'closed';
	const value = circle.snapshot.value;
	return (typeof value === 'string' ? value : Object.keys(value)[0]) as Lifecycle;
}

export function isPaused(circle: Circle): boolean {
	return circle.snapshot.hasTag('paused');
}

/** The earliest moment the host must send TIMER_EXPIRED, or null when nothing is timed. */
export function nextDeadline(circle: Circle): number | null {
	if (lifecycle(circle) !== 'live') return null;
	const due = pendingDeadlines(circle.snapshot.context);
	return due.length === 0 ? null : Math.min(...due);
}

export function contextOf(circle: Circle): CircleContext {
	return circle.snapshot.context;
}
