// The plan schema: an ordered list of phases (ceremony, round, agreements) with timing and options.
// One valibot schema gives both the validation of untrusted plans and the TypeScript types.
import * as v from 'valibot';
import { visibleText } from './free-text';
import { LANGUAGE_TAGS, type LanguageTag } from './languages';

export const PLAN_VERSION = 1;
export const MAX_PHASES = 40;
export const MAX_TEXT_LENGTH = 2000;
export const MIN_TIMER_MS = 5_000;
export const MAX_TIMER_MS = 4 * 60 * 60_000;
export const DEFAULT_GRACE_MS = 30_000;
export const DEFAULT_EXTRA_TIME_MULTIPLIER = 1.5;

const text = v.pipe(
	v.string('must be text'),
	visibleText(),
	v.trim(),
	v.minLength(1, 'must not be empty'),
	v.maxLength(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`)
);

const translationTag = v.picklist(LANGUAGE_TAGS.filter((tag) => tag !== 'en'), `must be a language tag other than "en"`);
const localizedEntries = {
	...(Object.fromEntries(LANGUAGE_TAGS.map((tag) => [tag, tag === 'en' ? text : v.optional(text)])) as { en: typeof text } & Record<Exclude<LanguageTag, 'en'>, v.OptionalSchema<typeof text, undefined>>),
	/** Languages whose translation of this text is an unreviewed draft of a promise (see Localized). */
	pending: v.optional(v.array(translationTag, 'must be a list of language tags'))
};

/** A text with English required and translations optional; unknown language tags are errors. */
export const LocalizedSchema = v.strictObject(localizedEntries, (issue) => {
	if (issue.expected === 'never') return `is not a supported language (use ${LANGUAGE_TAGS.join(', ')})`;
	if (issue.received === 'undefined' && issue.expected === '"en"') return 'is required: every text needs English';
	return 'must be an object of texts by language tag, with English ("en") required';
});

const duration = v.pipe(
	v.number('must be a number of milliseconds'),
	v.integer('must be a whole number of milliseconds'),
	v.minValue(MIN_TIMER_MS, `must be at least ${MIN_TIMER_MS / 1000} seconds`),
	v.maxValue(MAX_TIMER_MS, `must be at most ${MAX_TIMER_MS / 3_600_000} hours`)
);

const phaseId = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'must be 1–48 lowercase letters, digits or dashes')
);

export const TimingSchema = v.pipe(v.strictObject({
	/** Per-turn guideline; absent means turns are untimed. */
	turnMs: v.optional(duration),
	/** Soft limits only cue the holder; hard limits move the piece on. @default 'soft' */
	limit: v.optional(v.picklist(['soft', 'hard'], 'must be "soft" or "hard"'), 'soft'),
	/** Time for the whole round: required for silence, ends popcorn and open rounds. */
	budgetMs: v.optional(duration)
}), v.forward(v.check((t) => t.limit !== 'hard' || t.turnMs !== undefined, 'a hard limit needs a turn guideline (turnMs) to cut off at'), ['limit']));

const CeremonySchema = v.strictObject({
	kind: v.literal('ceremony'),
	id: phaseId,
	title: LocalizedSchema,
	text: LocalizedSchema,
	timerMs: v.optional(duration)
});

const RoundSchema = v.pipe(
	v.strictObject({
		kind: v.literal('round'),
		id: phaseId,
		title: LocalizedSchema,
		prompt: LocalizedSchema,
		mode: v.optional(
			v.picklist(['sequential', 'popcorn', 'silence', 'open'], 'must be sequential, popcorn, silence or open'),
			'sequential'
		),
		timing: v.optional(TimingSchema, { limit: 'soft' }),
		/** Where the piece starts: the keeper answers first, or the seat after the keeper and the keeper last. */
		start: v.optional(v.picklist(['keeper-first', 'keeper-last'], 'must be "keeper-first" or "keeper-last"'), 'keeper-first'),
		/** Offer the piece once more to each passer after the main pass. @default true */
		returnToPassers: v.optional(v.boolean('must be true or false'), true)
	}),
	v.forward(
		v.check((r) => r.mode !== 'silence' || r.timing.budgetMs !== undefined, 'a silence round needs timing.budgetMs'),
		['timing', 'budgetMs']
	)
);

const AgreementsSchema = v.strictObject({
	kind: v.literal('agreements'),
	id: phaseId,
	title: LocalizedSchema,
	prompt: LocalizedSchema,
	guidelines: v.pipe(v.array(LocalizedSchema, 'must be a list of texts'), v.maxLength(20, 'must have at most 20 guidelines')),
	timing: v.optional(TimingSchema, { limit: 'soft' }),
	start: v.optional(v.picklist(['keeper-first', 'keeper-last'], 'must be "keeper-first" or "keeper-last"'), 'keeper-first'),
	returnToPassers: v.optional(v.boolean('must be true or false'), true)
});

export const PhaseSchema = v.variant('kind', [CeremonySchema, RoundSchema, AgreementsSchema], 'must be ceremony, round or agreements');

export const PlanSchema = v.pipe(
	v.strictObject({
		version: v.literal(PLAN_VERSION, `must be ${PLAN_VERSION}`),
		title: LocalizedSchema,
		description: v.optional(LocalizedSchema),
		/** How long a dropped holder's turn waits before keepers are asked to wait or skip. */
		graceMs: v.optional(duration, DEFAULT_GRACE_MS),
		/** Turn multiplier for participants who asked for extra time. */
		extraTimeMultiplier: v.optional(v.pipe(v.number('must be a number'), v.minValue(1, 'must be at least 1'), v.maxValue(4, 'must be at most 4')), DEFAULT_EXTRA_TIME_MULTIPLIER),
		phases: v.pipe(
			v.array(PhaseSchema, 'must be a list of phases'),
			v.minLength(1, 'must have at least one phase'),
			v.maxLength(MAX_PHASES, `must have at most ${MAX_PHASES} phases`)
		)
	}),
	v.forward(
		v.check(
			(p) => new Set(p.phases.map((ph) => ph.id)).size === p.phases.length,
			(issue) => {
				const ids = (issue.input as { phases: { id: string }[] }).phases.map((ph) => ph.id);
				const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
				return `phase ids must be unique: ${twice.map((id) => `"${id}"`).join(', ')} ${twice.length === 1 ? 'appears' : 'appear'} more than once`;
			}
		),
		['phases']
	)
);

export type PlanInput = v.InferInput<typeof PlanSchema>;
export type Plan = v.InferOutput<typeof PlanSchema>;
export type Phase = Plan['phases'][number];
export type RoundPhase = Extract<Phase, { kind: 'round' }>;
export type AgreementsPhase = Extract<Phase, { kind: 'agreements' }>;
export type Timing = v.InferOutput<typeof TimingSchema>;
export type RoundMode = RoundPhase['mode'];

export type PlanResult = { ok: true; plan: Plan } | { ok: false; errors: string[] };

/** Validates an untrusted plan; errors name the field (`phases.2.timing.turnMs`) and what is wrong. */
export function parsePlan(input: unknown): PlanResult {
	const result = v.safeParse(PlanSchema, input);
	if (result.success) return { ok: true, plan: result.output };
	return { ok: false, errors: result.issues.map(describeIssue) };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	const path = v.getDotPath(issue);
	const where = path === null || path === '' ? 'plan' : path;
	return `${where}: ${issue.message}`;
}
