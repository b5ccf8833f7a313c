// Builds a circle's harvest draft from its final context: counts, redacted notes and consented reflections,
// feedback distributions and equity of voice. Seats become numbers 1..n in ring order; names go no further.
import { equityOfVoice } from '../../src/lib/harvest/equity-of-voice';
import { redact } from '../../src/lib/harvest/redaction';
import { rosterNames, type CircleContext } from '../../src/lib/protocol';
import { TRUST_ITEM_COUNT, type TrustAnswers } from '../../src/lib/protocol/harvest-inputs';
import type { Distribution, Harvest } from '../../src/lib/wire/harvest';

/** Answers run from 1 to this. */
export const LIKERT_MAX = 5;

export interface DraftMeta {
	circleId: string;
	title: string;
	programId: string | null;
	closedAt: number;
}

/**
 * Roster names are everyone who ever sat (leavers and removed seats too) and the names keepers added; the redactor
 * also matches each part on its own. Titles, phase titles and every note are redacted with it.
 */
export function buildDraft(ctx: CircleContext, meta: DraftMeta): Harvest {
	const roster = rosterNames(ctx);
	const clean = (text: string) => redact(text, { roster }).text;
	const seats = Object.values(ctx.seats);
	const voice = Object.values(ctx.harvest.voice);
	// phasesReached survives the plan completing (when `phase` is null again), unlike the current phase's index.
	const reached = ctx.phasesReached - 1;
	const phaseTitle = (index: number | null) => {
		const title = index === null ? undefined : ctx.plan.phases[index]?.title.en;
		return title === undefined ? null : clean(title);
	};
	const notes = ctx.harvest.notes;
	// Ids are renumbered 1, 2, 3… across themes, agreements and reflections, in that order: the circle's own ids
	// have gaps where a note was removed or a reflection stayed in the circle, and a gap tells that one was there.
	let nextId = 1;
	const id = () => nextId++;
	const feedback = ctx.harvest.feedback;
	return {
		circleId: meta.circleId,
		title: clean(meta.title),
		programId: meta.programId,
		closedAt: meta.closedAt,
		status: 'draft',
		approvedAt: null,
		counts: {
			participants: seats.filter((s) => s.role === 'participant').length,
			keepers: seats.filter((s) => s.role !== 'participant').length,
			rounds: ctx.plan.phases.filter((p, i) => i <= reached && (p.kind === 'round' || p.kind === 'agreements')).length,
			turns: sum(voice.map((v) => v.turns)),
			passes: sum(voice.map((v) => v.passes)),
			returns: sum(voice.map((v) => v.returns))
		},
		themes: notes.filter((n) => n.kind === 'theme').map((n) => ({ id: id(), phase: phaseTitle(n.phaseIndex), text: clean(n.text) })),
		agreements: [
			...notes.filter((n) => n.kind === 'agreement').map((n) => ({ id: id(), text: clean(n.text) })),
			// Agreements the circle recorded outside the notes pane come after the noted ones.
			...ctx.agreements.map((text) => ({ id: id(), text: clean(text) }))
		],
		// `circle` reflections stay in the circle: they are dropped here and never written anywhere.
		reflections: ctx.harvest.reflections.flatMap((r) => (r.scope === 'circle' ? [] : [{ id: id(), scope: r.scope, text: clean(r.text) }])),
		feedback: {
			responses: feedback.after.length,
			heard: distribution(feedback.after.map((a) => a.heard)),
			safe: distribution(feedback.after.map((a) => a.safe))
		},
		trust: Array.from({ length: TRUST_ITEM_COUNT }, (_, item) => ({
			before: distribution(feedback.before.map((answers: TrustAnswers) => answers[item] ?? null)),
			after: distribution(feedback.after.map((a) => a.trust[item] ?? null))
		})),
		equity: equityOfVoice(
			ctx.ring.map((seatId, index) => {
				const v = ctx.harvest.voice[seatId];
				return { seat: index + 1, speakingMs: v?.speakingMs ?? 0, turns: v?.turns ?? 0, passes: v?.passes ?? 0, returns: v?.returns ?? 0 };
			})
		)
	};
}

/** Counts of answers 1..5; skipped answers (null) are not counted. */
export function distribution(answers: readonly (number | null)[]): Distribution {
	const counts: Distribution = [0, 0, 0, 0, 0];
	for (const a of answers) if (a !== null && Number.isInteger(a) && a >= 1 && a <= LIKERT_MAX) counts[a - 1] = (counts[a - 1] ?? 0) + 1;
	return counts;
}

function sum(ns: readonly number[]): number {
	return ns.reduce((a, b) => a + b, 0);
}
