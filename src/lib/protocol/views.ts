// What each audience may see of a circle: the keeper's console, one participant's phone, the room screen.
// Privacy lives here: who passed, care signals and access needs reach keepers only.
import type { Actor, CircleEvent, Command, CommandType } from './commands';
import { COMMAND_TYPES } from './commands';
import { KEEPER_COMMANDS } from './authorization';
import { accepts, isPaused, lifecycle, type Circle, type Lifecycle } from './circle';
import { keeperSeatId, type CircleContext, type PieceRun } from './circle-context';
import { localize, type LanguageTag, type Localized, type LocalizedText } from './languages';
import { currentPhase, turnDurationMs, upNext } from './talking-piece';
import type { AccessNeeds, Presence, SeatRole } from './seats';
import type { Note, ReflectionScope } from './harvest-inputs';
import type { Timer } from './timer';

export type Audience =
	| { kind: 'keeper'; role: 'keeper' | 'co-keeper'; seatId: string }
	| { kind: 'participant'; seatId: string }
	| { kind: 'screen'; languages: LanguageTag[] };

export interface TimerView {
	deadlineAt: number | null;
	remainingMs: number | null;
	durationMs: number;
}

export interface RingSeatView {
	seatId: string;
	name: string;
	pronouns: string;
	isKeeper: boolean;
}

/**
 * Where the piece is, as anyone may see it.
 * - `turn`: a named holder has it.
 * - `offered-again`: the return pass; the holder is not named, so nobody learns who passed.
 * - `centre`: popcorn, resting between speakers.
 * - `keeper`: the round is over and the piece is back with the keeper.
 */
export type PieceStageView = 'turn' | 'offered-again' | 'centre' | 'keeper';

export interface PieceView {
	stage: PieceStageView;
	holderSeatId: string | null;
	holderName: string | null;
	nextSeatId: string | null;
	/** Popcorn requests in arrival order: asking is public, like a raised hand. */
	queue: string[];
	/** Text shared in writing by a holder who prefers to type. */
	typed: string | null;
	/** The turn timer, for the holder and keepers only. */
	turnTimer: TimerView | null;
	overtime: boolean;
	/** The holder's device dropped: the turn waits. */
	holderAway: boolean;
}

export interface PhaseView {
	index: number;
	count: number;
	id: string;
	kind: 'ceremony' | 'round' | 'agreements';
	mode: 'sequential' | 'popcorn' | 'silence' | 'open' | null;
	title: LocalizedText[];
	/** The prompt (rounds, agreements) or text (ceremonies), in the viewer's language(s). */
	prompt: LocalizedText[];
	guidelines: LocalizedText[][];
	timer: TimerView | null;
	timerDone: boolean;
	limit: 'soft' | 'hard' | null;
}

interface BaseView {
	status: Lifecycle;
	paused: boolean;
	title: LocalizedText[];
	phase: PhaseView | null;
	/** The plan is finished; the keeper closes when ready. */
	complete: boolean;
	ring: RingSeatView[];
	piece: PieceView | null;
	agreements: string[];
	notice: { kind: 'time-up'; at: number } | null;
	locked: boolean;
	/** The keeper closed the screen's privacy shutter: the screen view then carries nothing of the circle. */
	shutter: boolean;
}

export interface ScreenView extends BaseView {
	audience: 'screen';
}

export interface ParticipantView extends BaseView {
	audience: 'participant';
	you: {
		seatId: string;
		name: string;
		language: LanguageTag;
		waitingForAdmission: boolean;
		holding: boolean;
		next: boolean;
		/** You passed in this round's main pass (only you and the keepers know), even once offered the piece again. */
		passed: boolean;
		queued: boolean;
		careRequested: boolean;
		/** Your own access needs, so your phone can honour them (large text, extra time, typing). */
		access: AccessNeeds;
		/** Your own reflections, with the consent scope you chose; `id` is its place among yours, from 1. */
		reflections: { id: number; scope: ReflectionScope; text: string }[];
		trustAnswered: boolean;
		feedbackGiven: boolean;
	} | null;
	allowed: CommandType[];
}

export interface KeeperSeatView extends RingSeatView {
	role: SeatRole;
	presence: Presence;
	language: LanguageTag;
	access: AccessNeeds;
}

/** One phase of the plan, for the keeper's timeline. */
export interface PhaseSummary {
	index: number;
	id: string;
	kind: 'ceremony' | 'round' | 'agreements';
	mode: 'sequential' | 'popcorn' | 'silence' | 'open' | null;
	title: LocalizedText[];
}

/** Seat-specific keeper controls: which of them this keeper may use on which seat right now. */
export const SEAT_ACTIONS = ['GIVE_PIECE', 'SKIP', 'ADMIT', 'REMOVE_SEAT'] as const;
export type SeatAction = (typeof SEAT_ACTIONS)[number];

export interface KeeperView extends BaseView {
	audience: 'keeper';
	you: { seatId: string; role: 'keeper' | 'co-keeper' };
	phases: PhaseSummary[];
	seatActions: Record<string, SeatAction[]>;
	seats: KeeperSeatView[];
	waiting: KeeperSeatView[];
	admitAll: boolean;
	timersOn: boolean;
	round: {
		pending: string[];
		passed: string[];
		returned: string[];
		passedAgain: string[];
		skipped: string[];
		awaitingKeeper: boolean;
		/** The seat offered the piece again left while holding it: the turn waits, unnamed to everyone else, for a keeper to move on. */
		holderLeft: boolean;
		graceTimer: TimerView | null;
		tally: PieceRun['tally'];
	} | null;
	care: { id: number; seatId: string; name: string | null; at: number }[];
	/** When the current round should end at the turn guideline; null when untimed. */
	projectedFinishAt: number | null;
	/** The notes pane and what participants offered for the harvest; reflections carry no author. */
	harvest: {
		notes: Note[];
		reflections: { id: number; scope: ReflectionScope; text: string }[];
		trustAnswers: number;
		feedbackAnswers: number;
	};
	/** Names the keepers added for the harvest to redact (people spoken of who never sat), in the order added. Keepers only. */
	namesToRedact: string[];
	allowed: CommandType[];
}

export type CircleView = ScreenView | ParticipantView | KeeperView;

export function viewFor(circle: Circle, audience: Audience): CircleView {
	switch (audience.kind) {
		case 'screen':
			return screenView(circle, audience.languages.slice(0, 2));
		case 'participant':
			return participantView(circle, audience.seatId);
		case 'keeper':
			return keeperView(circle, audience);
	}
}

function languageOf(ctx: CircleContext, seatId: string): LanguageTag {
	return ctx.seats[seatId]?.language ?? 'en';
}

function texts(text: Localized, langs: LanguageTag[]): LocalizedText[] {
	const out = langs.map((l) => localize(text, l));
	return out.filter((t, i) => out.findIndex((o) => o.lang === t.lang) === i);
}

function timerView(timer: Timer | null): TimerView | null {
	return timer && { deadlineAt: timer.deadlineAt, remainingMs: timer.remainingMs, durationMs: timer.durationMs };
}

function phaseView(ctx: CircleContext, langs: LanguageTag[]): PhaseView | null {
	const phase = currentPhase(ctx);
	const run = ctx.phase;
	if (!phase || !run) return null;
	const body = phase.kind === 'ceremony' ? phase.text : phase.prompt;
	return {
		index: run.index,
		count: ctx.plan.phases.length,
		id: phase.id,
		kind: phase.kind,
		mode: phase.kind === 'round' ? phase.mode : null,
		title: texts(phase.title, langs),
		prompt: texts(body, langs),
		guidelines: phase.kind === 'agreements' ? phase.guidelines.map((g) => texts(g, langs)) : [],
		timer: timerView(run.timer),
		timerDone: run.timerDone,
		limit: phase.kind === 'ceremony' ? null : phase.timing.limit
	};
}

/**
 * The piece as `viewerSeat` may see it. In the return pass the holder is named only to themselves
 * and to keepers (`revealPasses`), so nobody else can tell who passed.
 */
function pieceView(ctx: CircleContext, viewerSeat: string | null, revealPasses: boolean): PieceView | null {
	const p = ctx.phase?.piece;
	if (!p) return null;
	const holder = p.turn?.seatId ?? null;
	const anonymous = p.stage === 'return' && !revealPasses && holder !== viewerSeat;
	// After the round the piece is with the keeper, unless a keeper gave it to someone for a last word.
	const withKeeper = p.stage === 'reflect' && (holder === null || holder === keeperSeatId(ctx));
	const stage: PieceStageView =
		withKeeper ? 'keeper' : p.stage === 'return' ? 'offered-again' : holder === null && p.stage === 'popcorn' ? 'centre' : 'turn';
	const showTimer = revealPasses || (holder !== null && holder === viewerSeat);
	return {
		stage,
		holderSeatId: anonymous ? null : holder,
		holderName: anonymous || holder === null ? null : (ctx.seats[holder]?.name ?? null),
		nextSeatId: upNext(ctx),
		queue: [...p.queue],
		typed: p.turn?.typed ?? null,
		turnTimer: showTimer ? timerView(p.turn?.timer ?? null) : null,
		overtime: showTimer ? (p.turn?.overtime ?? false) : false,
		holderAway: !anonymous && p.grace !== null
	};
}

function baseView(circle: Circle, langs: LanguageTag[], revealPasses: boolean, viewerSeat: string | null): BaseView {
	const ctx = circle.snapshot.context;
	const keeperId = keeperSeatId(ctx);
	const status = lifecycle(circle);
	const live = status === 'live';
	return {
		status,
		paused: isPaused(circle),
		title: texts(ctx.plan.title, langs),
		phase: live ? phaseView(ctx, langs) : null,
		complete: live && ctx.phase === null,
		ring:
			status === 'closed'
				? []
				: ctx.ring.map((id) => ({ seatId: id, name: ctx.seats[id]!.name, pronouns: ctx.seats[id]!.pronouns, isKeeper: id === keeperId })),
		piece: live ? pieceView(ctx, viewerSeat, revealPasses) : null,
		agreements: [...ctx.agreements],
		notice: ctx.notice,
		locked: ctx.locked,
		shutter: ctx.shutter
	};
}

function screenView(circle: Circle, langs: LanguageTag[]): ScreenView {
	const base = baseView(circle, langs, false, null);
	if (!base.shutter) return { audience: 'screen', ...base };
	return { audience: 'screen', ...base, phase: null, ring: [], piece: null, agreements: [], notice: null };
}

function participantView(circle: Circle, seatId: string): ParticipantView {
	const ctx = circle.snapshot.context;
	const seat = ctx.seats[seatId];
	const base = baseView(circle, [seat?.language ?? 'en'], false, seatId);
	const p = ctx.phase?.piece;
	return {
		audience: 'participant',
		...base,
		you: seat
			? {
					seatId,
					name: seat.name,
					language: seat.language,
					waitingForAdmission: ctx.waiting.includes(seatId),
					holding: p?.turn?.seatId === seatId,
					next: base.piece?.nextSeatId === seatId,
					passed: p?.passed.includes(seatId) === true || p?.returned.includes(seatId) === true,
					queued: p?.queue.includes(seatId) === true,
					careRequested: ctx.care.some((c) => c.seatId === seatId),
					access: { ...seat.access },
					// Numbered 1, 2, … among your own: the circle's ids count everyone's reflections and the keepers' notes.
					reflections: ctx.harvest.reflections.filter((r) => r.seatId === seatId).map(({ scope, text }, i) => ({ id: i + 1, scope, text })),
					trustAnswered: ctx.harvest.feedback.beforeFrom.includes(seatId),
					feedbackGiven: ctx.harvest.feedback.afterFrom.includes(seatId)
				}
			: null,
		allowed: allowedFor(circle, { role: 'participant', seatId })
	};
}

function keeperSeat(ctx: CircleContext, id: string, keeperId: string | null): KeeperSeatView {
	const s = ctx.seats[id]!;
	return { seatId: id, name: s.name, pronouns: s.pronouns, isKeeper: id === keeperId, role: s.role, presence: s.presence, language: s.language, access: { ...s.access } };
}

function keeperView(circle: Circle, audience: Extract<Audience, { kind: 'keeper' }>): KeeperView {
	const ctx = circle.snapshot.context;
	const keeperId = keeperSeatId(ctx);
	const p = ctx.phase?.piece ?? null;
	const closed = lifecycle(circle) === 'closed';
	return {
		audience: 'keeper',
		...baseView(circle, [languageOf(ctx, audience.seatId)], true, audience.seatId),
		you: { seatId: audience.seatId, role: audience.role },
		phases: ctx.plan.phases.map((phase, index) => ({
			index,
			id: phase.id,
			kind: phase.kind,
			mode: phase.kind === 'round' ? phase.mode : null,
			title: texts(phase.title, [languageOf(ctx, audience.seatId)])
		})),
		seatActions: closed ? {} : seatActions(circle, { role: audience.role, seatId: audience.seatId }),
		seats: closed ? [] : ctx.ring.map((id) => keeperSeat(ctx, id, keeperId)),
		waiting: closed ? [] : ctx.waiting.map((id) => keeperSeat(ctx, id, keeperId)),
		admitAll: ctx.admitAll,
		timersOn: ctx.timersOn,
		round:
			p === null || closed
				? null
				: {
						pending: [...p.pending],
						passed: [...p.passed],
						returned: [...p.returned],
						passedAgain: [...p.passedAgain],
						skipped: [...p.skipped],
						awaitingKeeper: p.awaitingKeeper,
						holderLeft: p.turn !== null && ctx.seats[p.turn.seatId] === undefined,
						graceTimer: timerView(p.grace),
						tally: { ...p.tally }
					},
		care: closed ? [] : ctx.care.map((c) => ({ id: c.id, seatId: c.seatId, name: ctx.seats[c.seatId]?.name ?? null, at: c.at })),
		projectedFinishAt: closed ? null : projectedFinish(ctx),
		harvest: closed
			? { notes: [], reflections: [], trustAnswers: 0, feedbackAnswers: 0 }
			: {
					notes: ctx.harvest.notes.map((n) => ({ ...n })),
					reflections: ctx.harvest.reflections.map(({ id, scope, text }) => ({ id, scope, text })),
					trustAnswers: ctx.harvest.feedback.before.length,
					feedbackAnswers: ctx.harvest.feedback.after.length
				},
		namesToRedact: closed ? [] : [...ctx.namesToRedact],
		allowed: allowedFor(circle, { role: audience.role, seatId: audience.seatId })
	};
}

/** Current turn's end (at the guideline) plus a guideline for each seat still to be offered the piece. */
function projectedFinish(ctx: CircleContext): number | null {
	const run = ctx.phase;
	if (!run) return null;
	if (run.timer?.deadlineAt) return run.timer.deadlineAt;
	const p = run.piece;
	if (!p || p.stage === 'popcorn' || p.stage === 'reflect' || !p.turn) return null;
	const holderMs = turnDurationMs(ctx, p.turn.seatId);
	if (holderMs === null) return null;
	const end = p.turn.timer?.deadlineAt ?? p.turn.startedAt + holderMs;
	const rest = [...p.pending, ...p.passed].reduce((sum, id) => sum + (turnDurationMs(ctx, id) ?? 0), 0);
	return end + rest;
}

/** A representative of each command, to ask the machine whether this actor may send it now. */
function probes(ctx: CircleContext, actor: Actor): Command[] {
	const self = 'seatId' in actor ? actor.seatId : '';
	const holder = ctx.phase?.piece?.turn?.seatId;
	const other = ctx.ring.find((id) => id !== holder) ?? self;
	const waitingInLine = ctx.phase?.piece?.pending[0] ?? ctx.phase?.piece?.queue[0] ?? holder ?? self;
	const out: Command[] = [];
	// Keeper-only commands are refused for everyone else by the machine's first guard; not asking saves
	// most of the work on the hot path (one view per seat after every command).
	const types = actor.role === 'keeper' || actor.role === 'co-keeper' ? COMMAND_TYPES : COMMAND_TYPES.filter((t) => !KEEPER_COMMANDS.includes(t));
	for (const type of types) {
		switch (type) {
			case 'DONE':
				out.push({ type });
				break;
			case 'SHARE_TEXT':
				out.push({ type, text: 'x' });
				break;
			case 'GIVE_PIECE':
				out.push({ type, seatId: other });
				break;
			case 'SKIP':
				out.push({ type, seatId: holder ?? waitingInLine });
				break;
			case 'REORDER':
				out.push({ type, order: [...ctx.ring] });
				break;
			case 'EXTEND':
				out.push({ type, target: 'turn', ms: 60_000 }, { type, target: 'phase', ms: 60_000 });
				break;
			case 'SET_TIMERS':
				out.push({ type, on: !ctx.timersOn });
				break;
			case 'ADMIT':
				out.push({ type, seatId: ctx.waiting[0] ?? self });
				break;
			case 'SET_ADMIT_ALL':
				out.push({ type, on: !ctx.admitAll });
				break;
			case 'SET_LOCKED':
				out.push({ type, locked: !ctx.locked });
				break;
			case 'SET_SHUTTER':
				out.push({ type, closed: !ctx.shutter });
				break;
			case 'REMOVE_SEAT':
				out.push({ type, seatId: other });
				break;
			case 'REMOVE_SEATS':
				out.push({ type, seatIds: [ctx.ring.find((id) => ctx.seats[id]?.role !== 'keeper') ?? other] });
				break;
			case 'ACK_CARE':
				out.push({ type, signalId: ctx.care[0]?.id ?? 1 });
				break;
			case 'RECORD_AGREEMENT':
				out.push({ type, text: 'x' });
				break;
			case 'REMOVE_AGREEMENT':
				out.push({ type, index: 0 });
				break;
			case 'ADD_NAME_TO_REDACT':
				out.push({ type, name: 'x' });
				break;
			case 'SET_LANGUAGE':
				out.push({ type, language: 'en' });
				break;
			case 'ADD_NOTE':
				out.push({ type, kind: 'theme', text: 'x' });
				break;
			case 'REMOVE_NOTE':
				out.push({ type, id: ctx.harvest.notes[0]?.id ?? 1 });
				break;
			case 'REFLECT':
				out.push({ type, scope: 'circle', text: 'x' });
				break;
			case 'TRUST_BEFORE':
				out.push({ type, trust: [null, null, null] });
				break;
			case 'FEEDBACK':
				out.push({ type, heard: null, safe: null, trust: [null, null, null] });
				break;
			default:
				out.push({ type } as Command);
		}
	}
	return out;
}

export function allowedFor(circle: Circle, actor: Actor): CommandType[] {
	const ctx = circle.snapshot.context;
	const at = 0;
	const allowed = new Set<CommandType>();
	for (const command of probes(ctx, actor)) {
		if (accepts(circle, { ...command, actor, at } as CircleEvent)) allowed.add(command.type);
	}
	return COMMAND_TYPES.filter((t) => allowed.has(t));
}

function seatActions(circle: Circle, actor: Actor): Record<string, SeatAction[]> {
	const ctx = circle.snapshot.context;
	const out: Record<string, SeatAction[]> = {};
	for (const seatId of [...ctx.ring, ...ctx.waiting]) {
		const actions = SEAT_ACTIONS.filter((type) => accepts(circle, { type, seatId, actor, at: 0 } as CircleEvent));
		if (actions.length > 0) out[seatId] = actions;
	}
	return out;
}
