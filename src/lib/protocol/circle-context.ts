// The data a circle carries through its life: plan, seats and ring, the running phase, care signals.
// Everything here is plain JSON so a persisted snapshot restores to the same circle.
import { emptyHarvestInputs, type HarvestInputs } from './harvest-inputs';
import type { Plan } from './plan';
import type { Seat } from './seats';
import type { Timer } from './timer';

/** A turn with the talking piece. */
export interface Turn {
	seatId: string;
	startedAt: number;
	/** Null when the round is untimed or timers are off. */
	timer: Timer | null;
	/** A soft limit has passed: the holder sees a gentle cue, nothing is cut off. */
	overtime: boolean;
	/** What a holder who prefers to type has shared during this turn; gone when the turn ends. */
	typed: string | null;
	/** This is the seat's one offer in the main pass, so a pass now earns it the return pass (a keeper's extra turn does not). */
	mainPass: boolean;
}

/**
 * Where the piece is in a round.
 * - `main`: the first pass around the ring.
 * - `return`: the piece visits each passer once more.
 * - `popcorn`: the piece rests in the centre between requests.
 * - `reflect`: the round is over and the piece is back with the keeper.
 */
export type PieceStage = 'main' | 'return' | 'popcorn' | 'reflect';

export interface PieceRun {
	stage: PieceStage;
	turn: Turn | null;
	/** Seats still to be offered the piece in the main pass, in order. */
	pending: string[];
	/** Seats offered the piece in the main pass (the invariant's ledger). */
	offered: string[];
	/** Passers in the main pass who will be offered it again, in ring order from the round's first seat. */
	passed: string[];
	/** Seats offered the piece in the return pass. */
	returned: string[];
	/** Seats that passed again when offered the piece in the return pass (keepers only). */
	passedAgain: string[];
	/** Seats a keeper skipped before they were offered the piece. */
	skipped: string[];
	/** Popcorn requests in the order they arrived. */
	queue: string[];
	/** The popcorn budget ran out: the current speaker finishes, then the round ends. */
	closing: boolean;
	/** A dropped holder's grace period. */
	grace: Timer | null;
	/** Grace is over: keepers are asked to wait or skip. */
	awaitingKeeper: boolean;
	/** Counts for the keeper (never per person). */
	tally: { turns: number; passes: number; affirm: number; suggest: number; timeUps: number };
}

export interface PhaseRun {
	index: number;
	startedAt: number;
	/** Ceremony timer, or the silence/open/popcorn round budget. */
	timer: Timer | null;
	/** The phase timer has run out (a cue; only silence and popcorn act on it). */
	timerDone: boolean;
	piece: PieceRun | null;
}

export interface CareSignal {
	id: number;
	seatId: string;
	at: number;
}

export interface CircleContext {
	plan: Plan;
	seats: Record<string, Seat>;
	/** Admitted seats in ring order. */
	ring: string[];
	/** Seats that joined and wait for a keeper to admit them. */
	waiting: string[];
	admitAll: boolean;
	locked: boolean;
	/** The room screen's privacy shutter is closed. */
	shutter: boolean;
	timersOn: boolean;
	phase: PhaseRun | null;
	/** How many of the plan's phases have been entered; stays when the plan completes (phase is then null). */
	phasesReached: number;
	pausedAt: number | null;
	care: CareSignal[];
	nextCareId: number;
	agreements: string[];
	/**
	 * Names of seats that left or were removed: nobody sees them again, but the harvest redacts them at close
	 * (a note may still say "Joy said…"). Part of the roster, deleted with it.
	 */
	departedNames: string[];
	/** Names a keeper added for the harvest to redact: people spoken of who never sat (ADD_NAME_TO_REDACT). */
	namesToRedact: string[];
	/** A notice everyone may see, with the time it was raised (e.g. a hard limit moved the piece on). */
	notice: { kind: 'time-up'; at: number } | null;
	createdAt: number;
	harvest: HarvestInputs;
}

export interface CircleInput {
	plan: Plan;
	createdAt: number;
	/** Let joiners straight in rather than waiting for a keeper. @default true */
	admitAll?: boolean;
}

export function initialContext(input: CircleInput): CircleContext {
	return {
		plan: input.plan,
		seats: {},
		ring: [],
		waiting: [],
		admitAll: input.admitAll ?? true,
		locked: false,
		shutter: false,
		timersOn: true,
		phase: null,
		phasesReached: 0,
		pausedAt: null,
		care: [],
		nextCareId: 1,
		agreements: [],
		departedNames: [],
		namesToRedact: [],
		notice: null,
		createdAt: input.createdAt,
		harvest: emptyHarvestInputs()
	};
}

/** Everyone who ever sat, with what they typed as their name, and the names keepers added: what the harvest redacts. */
export function rosterNames(ctx: CircleContext): string[] {
	return [...new Set([...Object.values(ctx.seats).map((seat) => seat.name), ...ctx.departedNames, ...ctx.namesToRedact])];
}

/** The keeper's seat: where rounds start and end. The first keeper seat in the ring, else a co-keeper's. */
export function keeperSeatId(ctx: CircleContext): string | null {
	return (
		ctx.ring.find((id) => ctx.seats[id]?.role === 'keeper') ??
		ctx.ring.find((id) => ctx.seats[id]?.role === 'co-keeper') ??
		null
	);
}
