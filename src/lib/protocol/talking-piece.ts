// The talking piece's rules as pure functions: who is offered it next, passes and returns,
// late arrivals, leaving, and keeper overrides. The machine decides when; this file decides who.
import type { CircleContext, PieceRun, Turn } from './circle-context';
import { keeperSeatId } from './circle-context';
import type { AgreementsPhase, Phase, RoundPhase } from './plan';
import { ringFrom } from './seats';
import { startTimer } from './timer';

export type PiecePhase = RoundPhase | AgreementsPhase;

export function currentPhase(ctx: CircleContext): Phase | undefined {
	return ctx.phase === null ? undefined : ctx.plan.phases[ctx.phase.index];
}

/** Round and agreements phases pass a piece; silence and open rounds do not. */
export function isPiecePhase(phase: Phase | undefined): phase is PiecePhase {
	return phase !== undefined && (phase.kind === 'agreements' || (phase.kind === 'round' && (phase.mode === 'sequential' || phase.mode === 'popcorn')));
}

export function isPopcorn(phase: Phase | undefined): boolean {
	return phase?.kind === 'round' && phase.mode === 'popcorn';
}

function piecePhase(ctx: CircleContext): PiecePhase {
	const phase = currentPhase(ctx);
	if (!isPiecePhase(phase)) throw new Error('no talking-piece phase is running');
	return phase;
}

function emptyPiece(): PieceRun {
	return {
		stage: 'main',
		turn: null,
		pending: [],
		offered: [],
		passed: [],
		returned: [],
		passedAgain: [],
		skipped: [],
		queue: [],
		closing: false,
		grace: null,
		awaitingKeeper: false,
		tally: { turns: 0, passes: 0, affirm: 0, suggest: 0, timeUps: 0 }
	};
}

/** The main pass: from the keeper (keeper first) or from the seat after the keeper (keeper last). */
export function beginPiece(ctx: CircleContext): PieceRun {
	const phase = piecePhase(ctx);
	if (isPopcorn(phase)) return { ...emptyPiece(), stage: 'popcorn' };
	const keeper = keeperSeatId(ctx);
	let order = ringFrom(ctx.ring, keeper);
	if (phase.start === 'keeper-last' && keeper !== null) order = [...order.slice(1), keeper];
	return { ...emptyPiece(), pending: order };
}

/** Who would be offered the piece now that nobody holds it; null when the round has nobody left. */
export function nextInLine(ctx: CircleContext): string | null {
	const piece = ctx.phase?.piece;
	if (!piece || piece.turn !== null) return null;
	switch (piece.stage) {
		case 'main':
			return piece.pending[0] ?? (piecePhase(ctx).returnToPassers ? (piece.passed[0] ?? null) : null);
		case 'return':
			return piece.passed[0] ?? null;
		case 'popcorn':
			return piece.closing ? null : (piece.queue[0] ?? null);
		case 'reflect':
			return null;
	}
}

/** The seat after the current holder, for "you're next"; never a passer waiting for the return pass. */
export function upNext(ctx: CircleContext): string | null {
	const piece = ctx.phase?.piece;
	if (!piece) return null;
	if (piece.stage === 'main') return piece.pending.find((id) => id !== piece.turn?.seatId) ?? null;
	if (piece.stage === 'popcorn') return piece.closing ? null : (piece.queue[0] ?? null);
	return null;
}

export function turnDurationMs(ctx: CircleContext, seatId: string): number | null {
	const phase = currentPhase(ctx);
	const base = phase && phase.kind !== 'ceremony' ? phase.timing.turnMs : undefined;
	if (base === undefined || !ctx.timersOn) return null;
	const extra = ctx.seats[seatId]?.access.extraTime ? ctx.plan.extraTimeMultiplier : 1;
	return Math.round(base * extra);
}

export function startTurn(ctx: CircleContext, seatId: string, at: number, mainPass = false): Turn {
	const ms = turnDurationMs(ctx, seatId);
	return {
		seatId,
		startedAt: at,
		timer: ms === null ? null : startTimer(ms, at, ctx.pausedAt !== null),
		overtime: false,
		typed: null,
		mainPass
	};
}

/** Hands the piece to whoever is next in line, moving them from their list to the ledger. */
export function takeNext(ctx: CircleContext, at: number): PieceRun {
	const piece = ctx.phase!.piece!;
	const seatId = nextInLine(ctx);
	if (seatId === null) return piece;
	const turn = startTurn(ctx, seatId, at);
	if (piece.stage === 'main' && piece.pending[0] === seatId) {
		return { ...piece, turn: { ...turn, mainPass: true }, pending: piece.pending.slice(1), offered: [...piece.offered, seatId] };
	}
	if (piece.stage === 'popcorn') return { ...piece, turn, queue: piece.queue.slice(1) };
	return { ...piece, stage: 'return', turn, passed: piece.passed.slice(1), returned: [...piece.returned, seatId] };
}

export type TurnEnd = 'done' | 'pass' | 'time-up' | 'skip';

/** Ends the current turn. A pass in the main pass queues the seat for the return pass, in ring order. */
export function endTurn(ctx: CircleContext, how: TurnEnd, response?: 'affirm' | 'suggest'): PieceRun {
	const piece = ctx.phase!.piece!;
	const seatId = piece.turn?.seatId;
	if (seatId === undefined) return piece;
	const tally = { ...piece.tally };
	if (how === 'pass') tally.passes += 1;
	else if (how !== 'skip') tally.turns += 1;
	if (how === 'time-up') tally.timeUps += 1;
	if (response !== undefined) tally[response] += 1;
	// Only a pass on the seat's own main-pass offer queues a return; a pass on a keeper's extra turn does not.
	const queuesReturn = how === 'pass' && piece.stage === 'main' && piece.turn?.mainPass === true && !piece.passed.includes(seatId);
	const passed = queuesReturn ? inMainPassOrder(piece, [...piece.passed, seatId]) : piece.passed;
	const passedAgain = how === 'pass' && piece.stage === 'return' ? [...piece.passedAgain, seatId] : piece.passedAgain;
	return { ...piece, turn: null, grace: null, awaitingKeeper: false, passed, passedAgain, tally };
}

/**
 * The return pass follows the main pass's direction from the round's first seat (keeper first or keeper last),
 * so a passer waiting for it cannot tell from the order whether a seat after them passed.
 */
function inMainPassOrder(piece: PieceRun, ids: string[]): string[] {
	return [...ids].sort((a, b) => piece.offered.indexOf(a) - piece.offered.indexOf(b));
}

/** The round is over: the piece goes back to the keeper, who may reflect. */
export function toReflect(ctx: CircleContext, at: number): PieceRun {
	const piece = ctx.phase!.piece!;
	const keeper = keeperSeatId(ctx);
	return {
		...piece,
		stage: 'reflect',
		pending: [],
		queue: [],
		closing: false,
		grace: null,
		awaitingKeeper: false,
		turn: keeper === null ? null : { seatId: keeper, startedAt: at, timer: null, overtime: false, typed: null, mainPass: false }
	};
}

/** A keeper gives the piece to a seat: the holder's turn ends and that seat is taken out of every line. */
export function giveTo(ctx: CircleContext, seatId: string, at: number): PieceRun {
	const piece = ctx.phase!.piece!;
	const ended = piece.turn === null || piece.stage === 'reflect' ? piece : endTurn(ctx, 'done');
	const wasPending = ended.pending.includes(seatId);
	const wasPasser = ended.passed.includes(seatId);
	return {
		...ended,
		turn: startTurn(ctx, seatId, at, wasPending),
		pending: ended.pending.filter((id) => id !== seatId),
		offered: wasPending ? [...ended.offered, seatId] : ended.offered,
		passed: ended.passed.filter((id) => id !== seatId),
		returned: wasPasser ? [...ended.returned, seatId] : ended.returned,
		queue: ended.queue.filter((id) => id !== seatId)
	};
}

/** A keeper skips a seat that is waiting for the piece: it is not offered the piece this round. */
export function skipWaiting(piece: PieceRun, seatId: string): PieceRun {
	return {
		...piece,
		pending: piece.pending.filter((id) => id !== seatId),
		passed: piece.passed.filter((id) => id !== seatId),
		queue: piece.queue.filter((id) => id !== seatId),
		skipped: piece.pending.includes(seatId) ? [...piece.skipped, seatId] : piece.skipped
	};
}

/** True when `seatId` is somewhere in line for the piece (not holding it). */
export function isWaitingForPiece(piece: PieceRun, seatId: string): boolean {
	return piece.pending.includes(seatId) || piece.passed.includes(seatId) || piece.queue.includes(seatId);
}

/**
 * A seat left: take it out of every line; if it held the piece, nobody holds it now — except in the return
 * pass. There the holder is unnamed, and a piece that moved the moment someone left would name them as a
 * passer (issue 8, finding 6). So the turn stays, still unnamed, and keepers are asked to move on; to
 * everyone else it looks like any other leave, and the keeper's skip later like the holder's Done.
 */
export function withoutSeat(piece: PieceRun, seatId: string): PieceRun {
	const held = piece.turn?.seatId === seatId;
	const vacated = held && piece.stage === 'return';
	return {
		...piece,
		turn: held && !vacated ? null : piece.turn,
		grace: held && !vacated ? null : piece.grace,
		awaitingKeeper: held ? vacated : piece.awaitingKeeper,
		pending: piece.pending.filter((id) => id !== seatId),
		passed: piece.passed.filter((id) => id !== seatId),
		queue: piece.queue.filter((id) => id !== seatId)
	};
}

/**
 * A late arrival sits just before the keeper. In the main pass they are offered the piece this round
 * unless the pass has already gone past that place (keeper last, and the keeper has had the piece),
 * or already reached this seat before it left and came back.
 */
export function welcomeLateArrival(ctx: CircleContext, seatId: string): PieceRun {
	const piece = ctx.phase!.piece!;
	// Someone who left and came back under the same seat was already reached (or skipped) this round.
	if (piece.stage !== 'main' || piece.offered.includes(seatId) || piece.skipped.includes(seatId)) return piece;
	const keeper = keeperSeatId(ctx);
	const phase = piecePhase(ctx);
	if (phase.start === 'keeper-last' && keeper !== null) {
		const at = piece.pending.indexOf(keeper);
		if (at === -1) return piece;
		return { ...piece, pending: [...piece.pending.slice(0, at), seatId, ...piece.pending.slice(at)] };
	}
	return { ...piece, pending: [...piece.pending, seatId] };
}
