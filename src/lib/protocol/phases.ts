// Moving through the plan: starting a phase with its timer and piece, and the deadlines that are due.
// Pure functions over the circle context; the machine calls them, the host reads `nextDeadline`.
import type { CircleContext, PhaseRun } from './circle-context';
import { beginPiece, isPiecePhase } from './talking-piece';
import { isDue, startTimer, type Timer } from './timer';

/** The timer a phase starts with: a ceremony's timer, or a round's budget. */
function phaseTimer(ctx: CircleContext, index: number, at: number): Timer | null {
	const phase = ctx.plan.phases[index];
	if (!phase || !ctx.timersOn) return null;
	const ms = phase.kind === 'ceremony' ? phase.timerMs : phase.kind === 'round' && phase.mode !== 'sequential' ? phase.timing.budgetMs : undefined;
	return ms === undefined ? null : startTimer(ms, at, ctx.pausedAt !== null);
}

export function enterPhase(ctx: CircleContext, index: number, at: number): PhaseRun {
	const run: PhaseRun = { index, startedAt: at, timer: phaseTimer(ctx, index, at), timerDone: false, piece: null };
	const withRun = { ...ctx, phase: run };
	return isPiecePhase(ctx.plan.phases[index]) ? { ...run, piece: beginPiece(withRun) } : run;
}

export function hasNextPhase(ctx: CircleContext): boolean {
	return ctx.phase !== null && ctx.phase.index + 1 < ctx.plan.phases.length;
}

export function isHardLimit(ctx: CircleContext): boolean {
	const phase = ctx.phase === null ? undefined : ctx.plan.phases[ctx.phase.index];
	return phase !== undefined && phase.kind !== 'ceremony' && phase.timing.limit === 'hard';
}

/** Deadlines that still need the host to send TIMER_EXPIRED; ones already acted on are left out. */
export function pendingDeadlines(ctx: CircleContext): number[] {
	const run = ctx.phase;
	if (run === null || ctx.pausedAt !== null) return [];
	const out: number[] = [];
	const piece = run.piece;
	if (piece?.turn?.timer && !piece.turn.overtime && piece.grace === null && piece.turn.timer.deadlineAt !== null) out.push(piece.turn.timer.deadlineAt);
	if (piece?.grace && !piece.awaitingKeeper && piece.grace.deadlineAt !== null) out.push(piece.grace.deadlineAt);
	if (run.timer && !run.timerDone && run.timer.deadlineAt !== null) out.push(run.timer.deadlineAt);
	return out;
}

export function phaseTimerDue(ctx: CircleContext, now: number): boolean {
	return ctx.phase !== null && !ctx.phase.timerDone && isDue(ctx.phase.timer, now);
}
