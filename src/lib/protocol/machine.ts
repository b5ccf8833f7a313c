// The circle protocol as an XState v5 machine: lifecycle, phases, the talking piece, pause and presence.
// Pure: no `after`, no `invoke`, no clock. Time arrives as `event.at`; the host sends TIMER_EXPIRED.
import { assign, setup } from 'xstate';
import type { Actor, CircleEvent, EventOf } from './commands';
import { initialContext, keeperSeatId, type CircleContext, type CircleInput, type PieceRun } from './circle-context';
import { recordVoice, withSeat } from './harvest-inputs';
import { enterPhase, hasNextPhase, isHardLimit, phaseTimerDue } from './phases';
import { storageRefusal } from './limits';
import { insertBeforeKeeper, isKeeperRole, isPermutationOf, MAX_NAMES_EVER_SEATED, MAX_NAMES_TO_REDACT, MAX_SEATS, type Seat } from './seats';
import {
	currentPhase,
	endTurn,
	giveTo,
	isPopcorn,
	isWaitingForPiece,
	nextInLine,
	skipWaiting,
	takeNext,
	toReflect,
	welcomeLateArrival,
	withoutSeat,
	type TurnEnd
} from './talking-piece';
import { extendTimer, freezeTimer, isDue, startTimer, thawTimer, type Timer } from './timer';

/** Bumped whenever the persisted context changes shape; see persistence.ts for migrations. */
export const MACHINE_VERSION = 6;

type Ctx = CircleContext;
type Ev = CircleEvent;

// --- who may do what ------------------------------------------------------------------------------

export function isKeeperActor(actor: Actor): boolean {
	return actor.role === 'keeper' || actor.role === 'co-keeper';
}

function seatOf(ctx: Ctx, actor: Actor): Seat | undefined {
	return 'seatId' in actor ? ctx.seats[actor.seatId] : undefined;
}

function holderId(ctx: Ctx): string | null {
	return ctx.phase?.piece?.turn?.seatId ?? null;
}

function isHolder(ctx: Ctx, actor: Actor): boolean {
	return 'seatId' in actor && actor.seatId === holderId(ctx) && ctx.ring.includes(actor.seatId);
}

/** Reordering is only for between turns: nobody holds the piece, or the round is back with the keeper. */
function betweenTurns(ctx: Ctx): boolean {
	const p = ctx.phase?.piece;
	return !p || p.turn === null || p.stage === 'reflect';
}

function piece(ctx: Ctx): PieceRun {
	return ctx.phase!.piece!;
}

function withPiece(ctx: Ctx, next: PieceRun): Partial<Ctx> {
	return { phase: { ...ctx.phase!, piece: next } };
}

function mapTimers(ctx: Ctx, f: (t: Timer) => Timer, turnToo: (p: PieceRun) => boolean): Partial<Ctx> {
	if (ctx.phase === null) return {};
	const p = ctx.phase.piece;
	const nextPiece =
		p === null
			? null
			: {
					...p,
					grace: p.grace && f(p.grace),
					turn: p.turn && { ...p.turn, timer: p.turn.timer && turnToo(p) ? f(p.turn.timer) : p.turn.timer }
				};
	return { phase: { ...ctx.phase, timer: ctx.phase.timer && f(ctx.phase.timer), piece: nextPiece } };
}

/** Adds time; a timer that already ran out starts again from now. */
function extendFrom(timer: Timer, ms: number, at: number): Timer {
	return timer.deadlineAt !== null && timer.deadlineAt <= at ? startTimer(ms, at, false) : extendTimer(timer, ms);
}

// --- seats -------------------------------------------------------------------------------------------

function seatInRing(ctx: Ctx, seatId: string): Partial<Ctx> {
	const ring = insertBeforeKeeper(ctx.ring, seatId, keeperSeatId(ctx));
	const next: Partial<Ctx> = { ring, waiting: ctx.waiting.filter((id) => id !== seatId) };
	const p = ctx.phase?.piece;
	if (p) return { ...next, ...withPiece(ctx, welcomeLateArrival({ ...ctx, ...next }, seatId)) };
	return next;
}

function removeSeat(ctx: Ctx, seatId: string): Partial<Ctx> {
	const seats = { ...ctx.seats };
	const name = seats[seatId]!.name;
	delete seats[seatId];
	const next: Partial<Ctx> = {
		seats,
		departedNames: ctx.departedNames.includes(name) ? ctx.departedNames : [...ctx.departedNames, name],
		ring: ctx.ring.filter((id) => id !== seatId),
		waiting: ctx.waiting.filter((id) => id !== seatId)
	};
	const p = ctx.phase?.piece;
	return p ? { ...next, ...withPiece(ctx, withoutSeat(p, seatId)) } : next;
}

function setPresence(ctx: Ctx, seatId: string, presence: Seat['presence']): Partial<Ctx> {
	const seat = ctx.seats[seatId]!;
	return { seats: { ...ctx.seats, [seatId]: { ...seat, presence } } };
}

// --- the machine -------------------------------------------------------------------------------------

/** Equity of voice: time holding the piece counts as speaking; a pass counts as a pass, a second offer as a return. */
function voiceAfterTurn(ctx: Ctx, how: TurnEnd, at: number): Partial<Ctx> {
	const p = ctx.phase?.piece;
	const turn = p?.turn;
	// A turn its holder left (see withoutSeat) records nothing: the time after they left was not theirs.
	if (!p || !turn || p.stage === 'reflect' || how === 'skip' || ctx.seats[turn.seatId] === undefined) return {};
	const change =
		how === 'pass' ? { passes: 1 } : { turns: 1, speakingMs: Math.max(0, at - turn.startedAt) };
	const voice = recordVoice(ctx.harvest.voice, turn.seatId, { ...change, returns: p.stage === 'return' ? 1 : 0 });
	return { harvest: { ...ctx.harvest, voice } };
}

const ended =
	(how: TurnEnd) =>
	({ context, event }: { context: Ctx; event: Ev }): Partial<Ctx> => {
		const response = event.type === 'DONE' ? event.response : undefined;
		const next = { ...voiceAfterTurn(context, how, event.at), ...withPiece(context, endTurn(context, how, response)) };
		return how === 'time-up' ? { ...next, notice: { kind: 'time-up' as const, at: event.at } } : next;
	};

export const circleMachine = setup({
	types: {
		context: {} as Ctx,
		events: {} as Ev,
		input: {} as CircleInput
	},
	guards: {
		keeper: ({ event }) => isKeeperActor(event.actor),
		system: ({ event }) => event.actor.role === 'system',
		canStart: ({ context, event }) => isKeeperActor(event.actor) && context.ring.length > 0,
		canJoin: ({ context, event }) => {
			const e = event as EventOf<'JOIN'>;
			if (e.actor.role !== 'system' || context.seats[e.seatId] !== undefined) return false;
			if (Object.keys(context.seats).length >= MAX_SEATS) return false;
			if (Object.keys(context.seats).length + context.departedNames.length >= MAX_NAMES_EVER_SEATED) return false;
			return isKeeperRole(e.role) || !context.locked;
		},
		canAdmit: ({ context, event }) => isKeeperActor(event.actor) && context.waiting.includes((event as EventOf<'ADMIT'>).seatId),
		canRemove: ({ context, event }) => isKeeperActor(event.actor) && context.seats[(event as EventOf<'REMOVE_SEAT'>).seatId] !== undefined,
		canRemoveSeats: ({ context, event }) => {
			const ids = (event as EventOf<'REMOVE_SEATS'>).seatIds;
			return isKeeperActor(event.actor) && ids?.length > 0 && ids.every((id) => context.seats[id] !== undefined && context.seats[id].role !== 'keeper');
		},
		seated: ({ context, event }) => seatOf(context, event.actor) !== undefined,
		canReflect: ({ context, event }) => {
			const e = event as EventOf<'REFLECT'>;
			return seatOf(context, e.actor) !== undefined && storageRefusal(context, 'reflection', e.text ?? '', 'seatId' in e.actor ? e.actor.seatId : null) === null;
		},
		canAddNote: ({ context, event }) => isKeeperActor(event.actor) && storageRefusal(context, 'note', (event as EventOf<'ADD_NOTE'>).text ?? '', null) === null,
		canRecordAgreement: ({ context, event }) =>
			isKeeperActor(event.actor) && storageRefusal(context, 'agreement', (event as EventOf<'RECORD_AGREEMENT'>).text ?? '', null) === null,
		knownSeat: ({ context, event }) => event.actor.role === 'system' && context.seats[(event as EventOf<'SEAT_DROPPED'>).seatId] !== undefined,
		// Only participants' seats: a keeper's seat waits for their console however long it takes.
		neverConnected: ({ context, event }) => {
			const seat = context.seats[(event as EventOf<'SEAT_RELEASED'>).seatId];
			return event.actor.role === 'system' && seat?.presence === 'joining' && seat.role === 'participant';
		},
		canSignalCare: ({ context, event }) => {
			const seat = seatOf(context, event.actor);
			return seat !== undefined && !context.care.some((c) => c.seatId === seat.id);
		},
		canAckCare: ({ context, event }) => isKeeperActor(event.actor) && context.care.some((c) => c.id === (event as EventOf<'ACK_CARE'>).signalId),
		canRemoveNote: ({ context, event }) => isKeeperActor(event.actor) && context.harvest.notes.some((n) => n.id === (event as EventOf<'REMOVE_NOTE'>).id),
		canTrustBefore: ({ context, event }) =>
			event.actor.role === 'participant' && seatOf(context, event.actor) !== undefined && !context.harvest.feedback.beforeFrom.includes(event.actor.seatId),
		canGiveFeedback: ({ context, event }) =>
			event.actor.role === 'participant' && seatOf(context, event.actor) !== undefined && !context.harvest.feedback.afterFrom.includes(event.actor.seatId),
		canAddNameToRedact: ({ context, event }) => isKeeperActor(event.actor) && context.namesToRedact.length < MAX_NAMES_TO_REDACT,
		canRemoveAgreement: ({ context, event }) => isKeeperActor(event.actor) && (event as EventOf<'REMOVE_AGREEMENT'>).index < context.agreements.length,
		canReorder: ({ context, event }) =>
			isKeeperActor(event.actor) && betweenTurns(context) && isPermutationOf((event as EventOf<'REORDER'>).order, context.ring),
		hasPhase: ({ context }) => context.phase !== null,
		keeperAndMorePhases: ({ context, event }) => isKeeperActor(event.actor) && hasNextPhase(context),
		keeperInPhase: ({ context, event }) => isKeeperActor(event.actor) && context.phase !== null,
		isCeremony: ({ context }) => currentPhase(context)?.kind === 'ceremony',
		isSilence: ({ context }) => { const p = currentPhase(context); return p?.kind === 'round' && p.mode === 'silence'; },
		isOpen: ({ context }) => { const p = currentPhase(context); return p?.kind === 'round' && p.mode === 'open'; },
		phaseTimerDue: ({ context, event }) => phaseTimerDue(context, event.at),
		canExtendPhase: ({ context, event }) => isKeeperActor(event.actor) && (event as EventOf<'EXTEND'>).target === 'phase' && context.phase?.timer != null,
		canExtendTurn: ({ context, event }) => isKeeperActor(event.actor) && (event as EventOf<'EXTEND'>).target === 'turn' && piece(context).turn?.timer != null,
		// the piece
		holderOrKeeper: ({ context, event }) => isKeeperActor(event.actor) || isHolder(context, event.actor),
		holder: ({ context, event }) => isHolder(context, event.actor),
		holderGone: ({ context }) => piece(context).turn === null,
		// A seat whose device never connected is as absent as one that dropped: the same grace, then wait-or-skip.
		holderDropped: ({ context }) => { const p = context.seats[holderId(context) ?? '']?.presence; return p === 'dropped' || p === 'joining'; },
		holderPresent: ({ context }) => context.seats[holderId(context) ?? '']?.presence === 'connected',
		isReflectStage: ({ context }) => piece(context).stage === 'reflect',
		someoneInLine: ({ context }) => nextInLine(context) !== null,
		popcornOpen: ({ context }) => piece(context).stage === 'popcorn' && !piece(context).closing,
		canGive: ({ context, event }) => {
			const target = (event as EventOf<'GIVE_PIECE'>).seatId;
			return isKeeperActor(event.actor) && context.ring.includes(target) && holderId(context) !== target;
		},
		keeperSkipsHolder: ({ context, event }) => {
			const p = piece(context);
			return isKeeperActor(event.actor) && p.stage !== 'reflect' && (event as EventOf<'SKIP'>).seatId === p.turn?.seatId;
		},
		keeperSkipsWaiting: ({ context, event }) => isKeeperActor(event.actor) && isWaitingForPiece(piece(context), (event as EventOf<'SKIP'>).seatId),
		keeperEndsRound: ({ context, event }) => isKeeperActor(event.actor) && piece(context).stage !== 'reflect',
		canRequest: ({ context, event }) => {
			const p = piece(context);
			const seat = seatOf(context, event.actor);
			return p.stage === 'popcorn' && !p.closing && seat !== undefined && context.ring.includes(seat.id) && p.turn?.seatId !== seat.id && !p.queue.includes(seat.id);
		},
		inQueue: ({ context, event }) => 'seatId' in event.actor && piece(context).queue.includes(event.actor.seatId),
		hardTurnDue: ({ context, event }) => isHardLimit(context) && isDue(piece(context).turn?.timer ?? null, event.at),
		softTurnDue: ({ context, event }) => {
			const turn = piece(context).turn;
			return !isHardLimit(context) && turn !== null && !turn.overtime && isDue(turn.timer, event.at);
		},
		popcornBudgetDue: ({ context, event }) => isPopcorn(currentPhase(context)) && phaseTimerDue(context, event.at),
		graceDue: ({ context, event }) => isDue(piece(context).grace, event.at)
	},
	actions: {
		join: assign(({ context, event }) => {
			const e = event as EventOf<'JOIN'>;
			const seat: Seat = { id: e.seatId, role: e.role, presence: e.presence ?? 'connected', ...e.profile };
			const next = { ...context, seats: { ...context.seats, [seat.id]: seat } };
			const admitted = isKeeperRole(e.role) || context.admitAll;
			return admitted ? { seats: next.seats, ...seatInRing(next, seat.id) } : { seats: next.seats, waiting: [...context.waiting, seat.id] };
		}),
		admit: assign(({ context, event }) => seatInRing(context, (event as EventOf<'ADMIT'>).seatId)),
		admitAllWaiting: assign(({ context, event }) => {
			const on = (event as EventOf<'SET_ADMIT_ALL'>).on;
			let next: Ctx = { ...context, admitAll: on };
			if (on) for (const id of context.waiting) next = { ...next, ...seatInRing(next, id) };
			return next;
		}),
		lock: assign({ locked: ({ event }) => (event as EventOf<'SET_LOCKED'>).locked }),
		shutter: assign({ shutter: ({ event }) => (event as EventOf<'SET_SHUTTER'>).closed }),
		removeSeat: assign(({ context, event }) => removeSeat(context, (event as EventOf<'REMOVE_SEAT' | 'SEAT_RELEASED'>).seatId)),
		removeSeats: assign(({ context, event }) => {
			let next: Ctx = context;
			for (const id of (event as EventOf<'REMOVE_SEATS'>).seatIds) next = { ...next, ...removeSeat(next, id) };
			return next;
		}),
		leave: assign(({ context, event }) => removeSeat(context, seatOf(context, event.actor)!.id)),
		drop: assign(({ context, event }) => setPresence(context, (event as EventOf<'SEAT_DROPPED'>).seatId, 'dropped')),
		reconnect: assign(({ context, event }) => setPresence(context, (event as EventOf<'SEAT_RECONNECTED'>).seatId, 'connected')),
		setLanguage: assign(({ context, event }) => {
			const seat = seatOf(context, event.actor)!;
			return { seats: { ...context.seats, [seat.id]: { ...seat, language: (event as EventOf<'SET_LANGUAGE'>).language } } };
		}),
		signalCare: assign(({ context, event }) => ({
			care: [...context.care, { id: context.nextCareId, seatId: seatOf(context, event.actor)!.id, at: event.at }],
			nextCareId: context.nextCareId + 1
		})),
		ackCare: assign({ care: ({ context, event }) => context.care.filter((c) => c.id !== (event as EventOf<'ACK_CARE'>).signalId) }),
		recordAgreement: assign({ agreements: ({ context, event }) => [...context.agreements, (event as EventOf<'RECORD_AGREEMENT'>).text] }),
		addNameToRedact: assign({
			namesToRedact: ({ context, event }) => {
				const name = (event as EventOf<'ADD_NAME_TO_REDACT'>).name;
				return context.namesToRedact.includes(name) ? context.namesToRedact : [...context.namesToRedact, name];
			}
		}),
		removeAgreement: assign({ agreements: ({ context, event }) => context.agreements.filter((_, i) => i !== (event as EventOf<'REMOVE_AGREEMENT'>).index) }),
		reorder: assign({ ring: ({ event }) => [...(event as EventOf<'REORDER'>).order] }),
		startFirstPhase: assign(({ context, event }) => ({ phase: enterPhase(context, 0, event.at), phasesReached: Math.max(context.phasesReached, 1), notice: null })),
		nextPhase: assign(({ context, event }) => {
			const index = context.phase!.index + 1;
			return { phase: enterPhase(context, index, event.at), phasesReached: Math.max(context.phasesReached, index + 1), notice: null };
		}),
		finishPlan: assign({ phase: null, notice: null }),
		freeze: assign(({ context, event }) => ({ pausedAt: event.at, ...mapTimers(context, (t) => freezeTimer(t, event.at), () => true) })),
		thaw: assign(({ context, event }) => ({ pausedAt: null, ...mapTimers(context, (t) => thawTimer(t, event.at), (p) => p.grace === null) })),
		setTimers: assign(({ context, event }) => {
			const on = (event as EventOf<'SET_TIMERS'>).on;
			return on ? { timersOn: true } : { timersOn: false, ...mapTimersOff(context) };
		}),
		extendPhase: assign(({ context, event }) => {
			const e = event as EventOf<'EXTEND'>;
			return { phase: { ...context.phase!, timer: extendFrom(context.phase!.timer!, e.ms, e.at), timerDone: false } };
		}),
		extendTurn: assign(({ context, event }) => {
			const e = event as EventOf<'EXTEND'>;
			const p = piece(context);
			return withPiece(context, { ...p, turn: { ...p.turn!, timer: extendFrom(p.turn!.timer!, e.ms, e.at), overtime: false } });
		}),
		phaseTimerDone: assign(({ context }) => ({ phase: { ...context.phase!, timerDone: true } })),
		takeNext: assign(({ context, event }) => ({ ...withPiece(context, takeNext(context, event.at)) })),
		toReflect: assign(({ context, event }) => withPiece(context, toReflect(context, event.at))),
		done: assign(ended('done')),
		pass: assign(ended('pass')),
		timeUp: assign(ended('time-up')),
		skipHolder: assign(ended('skip')),
		skipWaiting: assign(({ context, event }) => withPiece(context, skipWaiting(piece(context), (event as EventOf<'SKIP'>).seatId))),
		give: assign(({ context, event }) => ({
			...voiceAfterTurn(context, 'done', event.at),
			...withPiece(context, giveTo(context, (event as EventOf<'GIVE_PIECE'>).seatId, event.at))
		})),
		addNote: assign(({ context, event }) => {
			const e = event as EventOf<'ADD_NOTE'>;
			const h = context.harvest;
			const note = { id: h.nextHarvestId, kind: e.kind, phaseIndex: context.phase?.index ?? null, text: e.text, at: e.at };
			return { harvest: { ...h, notes: [...h.notes, note], nextHarvestId: h.nextHarvestId + 1 } };
		}),
		removeNote: assign(({ context, event }) => ({
			harvest: { ...context.harvest, notes: context.harvest.notes.filter((n) => n.id !== (event as EventOf<'REMOVE_NOTE'>).id) }
		})),
		reflect: assign(({ context, event }) => {
			const e = event as EventOf<'REFLECT'>;
			const h = context.harvest;
			const reflection = { id: h.nextHarvestId, seatId: seatOf(context, e.actor)!.id, scope: e.scope, text: e.text };
			return { harvest: { ...h, reflections: [...h.reflections, reflection], nextHarvestId: h.nextHarvestId + 1 } };
		}),
		trustBefore: assign(({ context, event }) => {
			const f = context.harvest.feedback;
			const seatId = seatOf(context, event.actor)!.id;
			const feedback = { ...f, before: [...f.before, (event as EventOf<'TRUST_BEFORE'>).trust], beforeFrom: withSeat(f.beforeFrom, seatId) };
			return { harvest: { ...context.harvest, feedback } };
		}),
		feedback: assign(({ context, event }) => {
			const e = event as EventOf<'FEEDBACK'>;
			const f = context.harvest.feedback;
			const seatId = seatOf(context, e.actor)!.id;
			const feedback = { ...f, after: [...f.after, { heard: e.heard, safe: e.safe, trust: e.trust }], afterFrom: withSeat(f.afterFrom, seatId) };
			return { harvest: { ...context.harvest, feedback } };
		}),
		share: assign(({ context, event }) => {
			const p = piece(context);
			return withPiece(context, { ...p, turn: { ...p.turn!, typed: (event as EventOf<'SHARE_TEXT'>).text } });
		}),
		overtime: assign(({ context }) => {
			const p = piece(context);
			return withPiece(context, { ...p, turn: { ...p.turn!, overtime: true } });
		}),
		enqueue: assign(({ context, event }) => {
			const p = piece(context);
			return withPiece(context, { ...p, queue: [...p.queue, seatOf(context, event.actor)!.id] });
		}),
		dequeue: assign(({ context, event }) => {
			const p = piece(context);
			const id = 'seatId' in event.actor ? event.actor.seatId : '';
			return withPiece(context, { ...p, queue: p.queue.filter((q) => q !== id) });
		}),
		closePopcorn: assign(({ context }) => ({ phase: { ...context.phase!, timerDone: true, piece: { ...piece(context), closing: true, queue: [] } } })),
		startGrace: assign(({ context, event }) => {
			const p = piece(context);
			const turn = p.turn && { ...p.turn, timer: p.turn.timer && freezeTimer(p.turn.timer, event.at) };
			return withPiece(context, { ...p, turn, awaitingKeeper: false, grace: startTimer(context.plan.graceMs, event.at, false) });
		}),
		endGrace: assign(({ context, event }) => {
			const p = piece(context);
			const turn = p.turn && { ...p.turn, timer: p.turn.timer && thawTimer(p.turn.timer, event.at) };
			return withPiece(context, { ...p, turn, grace: null, awaitingKeeper: false });
		}),
		graceOver: assign(({ context }) => withPiece(context, { ...piece(context), awaitingKeeper: true }))
	}
}).createMachine({
	id: 'circle',
	context: ({ input }) => initialContext(input),
	initial: 'scheduled',
	// Seat management and care work in every state until the circle closes.
	on: {
		JOIN: { guard: 'canJoin', actions: 'join' },
		ADMIT: { guard: 'canAdmit', actions: 'admit' },
		SET_ADMIT_ALL: { guard: 'keeper', actions: 'admitAllWaiting' },
		SET_LOCKED: { guard: 'keeper', actions: 'lock' },
		SET_SHUTTER: { guard: 'keeper', actions: 'shutter' },
		REMOVE_SEAT: { guard: 'canRemove', actions: 'removeSeat' },
		REMOVE_SEATS: { guard: 'canRemoveSeats', actions: 'removeSeats' },
		SEAT_RELEASED: { guard: 'neverConnected', actions: 'removeSeat' },
		LEAVE: { guard: 'seated', actions: 'leave' },
		SEAT_DROPPED: { guard: 'knownSeat', actions: 'drop' },
		SEAT_RECONNECTED: { guard: 'knownSeat', actions: 'reconnect' },
		SET_LANGUAGE: { guard: 'seated', actions: 'setLanguage' },
		CARE_SIGNAL: { guard: 'canSignalCare', actions: 'signalCare' },
		ACK_CARE: { guard: 'canAckCare', actions: 'ackCare' },
		RECORD_AGREEMENT: { guard: 'canRecordAgreement', actions: 'recordAgreement' },
		REMOVE_AGREEMENT: { guard: 'canRemoveAgreement', actions: 'removeAgreement' },
		REORDER: { guard: 'canReorder', actions: 'reorder' },
		ADD_NOTE: { guard: 'canAddNote', actions: 'addNote' },
		REMOVE_NOTE: { guard: 'canRemoveNote', actions: 'removeNote' },
		ADD_NAME_TO_REDACT: { guard: 'canAddNameToRedact', actions: 'addNameToRedact' },
		REFLECT: { guard: 'canReflect', actions: 'reflect' },
		TRUST_BEFORE: { guard: 'canTrustBefore', actions: 'trustBefore' },
		FEEDBACK: { guard: 'canGiveFeedback', actions: 'feedback' },
		CLOSE: { guard: 'keeper', target: '.closed' },
		// The server closes a circle nobody has touched for long (server/config.ts): the same close, the same purge.
		IDLE_CLOSE: { guard: 'system', target: '.closed' }
	},
	states: {
		scheduled: {
			on: { OPEN: { guard: 'keeper', target: 'lobby' } }
		},
		lobby: {
			on: { START: { guard: 'canStart', target: 'live', actions: 'startFirstPhase' } }
		},
		live: {
			initial: 'running',
			states: {
				running: {
					initial: 'entering',
					on: {
						PAUSE: { guard: 'keeper', target: 'paused', actions: 'freeze' },
						ADVANCE: [
							{ guard: 'keeperAndMorePhases', target: '.entering', reenter: true, actions: 'nextPhase' },
							{ guard: 'keeperInPhase', target: '.complete', actions: 'finishPlan' }
						],
						SET_TIMERS: { guard: 'keeperInPhase', actions: 'setTimers' },
						EXTEND: [
							{ guard: 'canExtendPhase', actions: 'extendPhase' }
						]
					},
					states: {
						entering: {
							always: [
								{ guard: 'isCeremony', target: 'ceremony' },
								{ guard: 'isSilence', target: 'silence' },
								{ guard: 'isOpen', target: 'open' },
								{ target: 'piece' }
							]
						},
						ceremony: { on: { TIMER_EXPIRED: { guard: 'phaseTimerDue', actions: 'phaseTimerDone' } } },
						silence: { on: { TIMER_EXPIRED: { guard: 'phaseTimerDue', actions: 'phaseTimerDone' } } },
						open: { on: { TIMER_EXPIRED: { guard: 'phaseTimerDue', actions: 'phaseTimerDone' } } },
						piece: {
							initial: 'handoff',
							on: {
								END_ROUND: { guard: 'keeperEndsRound', target: '.reflect', actions: 'toReflect' },
								GIVE_PIECE: { guard: 'canGive', target: '.holding', actions: 'give' },
								SKIP: [
									{ guard: 'keeperSkipsHolder', target: '.handoff', actions: 'skipHolder' },
									{ guard: 'keeperSkipsWaiting', actions: 'skipWaiting' }
								],
								REQUEST_PIECE: { guard: 'canRequest', actions: 'enqueue' },
								WITHDRAW_REQUEST: { guard: 'inQueue', actions: 'dequeue' },
								TIMER_EXPIRED: { guard: 'popcornBudgetDue', actions: 'closePopcorn' }
							},
							states: {
								handoff: {
									always: [
										{ guard: 'isReflectStage', target: 'reflect', actions: 'toReflect' },
										{ guard: 'someoneInLine', target: 'holding', actions: 'takeNext' },
										{ guard: 'popcornOpen', target: 'centre' },
										{ target: 'reflect', actions: 'toReflect' }
									]
								},
								centre: {
									on: {
										REQUEST_PIECE: { guard: 'canRequest', target: 'handoff', actions: 'enqueue' },
										TIMER_EXPIRED: { guard: 'popcornBudgetDue', target: 'reflect', actions: ['phaseTimerDone', 'toReflect'] }
									}
								},
								holding: {
									always: [
										{ guard: 'holderGone', target: 'handoff' },
										{ guard: 'holderDropped', target: 'away', actions: 'startGrace' }
									],
									on: {
										DONE: { guard: 'holderOrKeeper', target: 'handoff', actions: 'done' },
										PASS: { guard: 'holderOrKeeper', target: 'handoff', actions: 'pass' },
										SHARE_TEXT: { guard: 'holder', actions: 'share' },
										EXTEND: [
											{ guard: 'canExtendTurn', actions: 'extendTurn' },
											{ guard: 'canExtendPhase', actions: 'extendPhase' }
										],
										// The budget first: when it and a hard limit are both due, no one else gets a turn.
										TIMER_EXPIRED: [
											{ guard: 'popcornBudgetDue', actions: 'closePopcorn' },
											{ guard: 'hardTurnDue', target: 'handoff', actions: 'timeUp' },
											{ guard: 'softTurnDue', actions: 'overtime' }
										]
									}
								},
								away: {
									always: [
										{ guard: 'holderGone', target: 'handoff' },
										{ guard: 'holderPresent', target: 'holding', actions: 'endGrace' }
									],
									on: {
										DONE: { guard: 'keeper', target: 'handoff', actions: 'done' },
										PASS: { guard: 'keeper', target: 'handoff', actions: 'pass' },
										TIMER_EXPIRED: [
											{ guard: 'popcornBudgetDue', actions: 'closePopcorn' },
											{ guard: 'graceDue', target: 'awaitingKeeper', actions: 'graceOver' }
										]
									}
								},
								awaitingKeeper: {
									always: [
										{ guard: 'holderGone', target: 'handoff' },
										{ guard: 'holderPresent', target: 'holding', actions: 'endGrace' }
									],
									on: {
										WAIT: { guard: 'keeper', target: 'away', actions: 'startGrace' },
										DONE: { guard: 'keeper', target: 'handoff', actions: 'done' },
										PASS: { guard: 'keeper', target: 'handoff', actions: 'pass' },
										TIMER_EXPIRED: { guard: 'popcornBudgetDue', actions: 'closePopcorn' }
									}
								},
								reflect: {}
							}
						},
						complete: {},
						hist: { type: 'history', history: 'deep' }
					}
				},
				paused: {
					tags: ['paused'],
					on: { RESUME: { guard: 'keeper', target: 'running.hist', actions: 'thaw' } }
				}
			}
		},
		closed: { type: 'final' }
	}
});

/** Timers off (WCAG 2.2.1): every running timer stops; rounds then end when a keeper says so. */
function mapTimersOff(ctx: Ctx): Partial<Ctx> {
	if (ctx.phase === null) return {};
	const p = ctx.phase.piece;
	return {
		phase: {
			...ctx.phase,
			timer: null,
			timerDone: false,
			piece: p && { ...p, turn: p.turn && { ...p.turn, timer: null, overtime: false } }
		}
	};
}

export type CircleMachine = typeof circleMachine;
