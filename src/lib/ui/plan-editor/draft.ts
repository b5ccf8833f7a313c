// The plan editor's model: a plan being edited (parsePlan's output shape, mutable), new phases, translations,
// durations in minutes and seconds, and where each of parsePlan's field-path errors belongs on the page.
import { LANGUAGES, type LanguageTag } from '$lib/protocol/languages';
import { PLAN_VERSION, type Phase, type Plan } from '$lib/protocol/plan';

export type PhaseKind = Phase['kind'];
export const PHASE_KINDS: readonly PhaseKind[] = ['ceremony', 'round', 'agreements'];
export const ROUND_MODES = ['sequential', 'popcorn', 'silence', 'open'] as const;

type Texts = Partial<Record<LanguageTag, string>>;

/** A fresh, empty plan with one round, for "start from scratch". */
export function blankPlan(): Plan {
	return { version: PLAN_VERSION, title: { en: '' }, graceMs: 30_000, extraTimeMultiplier: 1.5, phases: [newPhase('round', [])] } as Plan;
}

/** A new phase of `kind` with an id none of `taken` has; its texts start empty for the keeper to write. */
export function newPhase(kind: PhaseKind, taken: readonly string[]): Phase {
	const id = uniqueId(kind, taken);
	if (kind === 'ceremony') return { kind, id, title: { en: '' }, text: { en: '' } };
	if (kind === 'agreements') return { kind, id, title: { en: '' }, prompt: { en: '' }, guidelines: [{ en: '' }], timing: { limit: 'soft' }, start: 'keeper-first', returnToPassers: true };
	return { kind, id, title: { en: '' }, prompt: { en: '' }, mode: 'sequential', timing: { limit: 'soft' }, start: 'keeper-first', returnToPassers: true };
}

export function uniqueId(base: string, taken: readonly string[]): string {
	if (!taken.includes(base)) return base;
	for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

/** Every localized text of a phase: its title, its text or prompt, and its guidelines. */
function textsOf(phase: Phase): Texts[] {
	const own = phase.kind === 'ceremony' ? [phase.title, phase.text] : [phase.title, phase.prompt];
	return [...own, ...(phase.kind === 'agreements' ? phase.guidelines : [])] as Texts[];
}

/** The languages (other than English) any text of the phase is translated into, in the order of LANGUAGES. */
export function phaseLanguages(phase: Phase): LanguageTag[] {
	const present = new Set(textsOf(phase).flatMap((t) => Object.keys(t)));
	return LANGUAGES.map((l) => l.tag).filter((tag) => tag !== 'en' && present.has(tag));
}

export function addTranslation(phase: Phase, tag: LanguageTag): void {
	for (const texts of textsOf(phase)) texts[tag] ??= '';
}

export function removeTranslation(phase: Phase, tag: LanguageTag): void {
	for (const texts of textsOf(phase)) delete texts[tag];
}

export function languageName(tag: string): string {
	return LANGUAGES.find((l) => l.tag === tag)?.name ?? tag;
}

export function languageDir(tag: string): 'ltr' | 'rtl' {
	return LANGUAGES.find((l) => l.tag === tag)?.dir ?? 'ltr';
}

/**
 * A copy of the plan to send: translations left empty are dropped (English stays, empty or not, for parsePlan to
 * name), and a text's `pending` list stays, so an unreviewed promise from a template is still shown as a draft.
 */
export function planToSave(plan: Plan): unknown {
	return JSON.parse(JSON.stringify(plan), (key, value: unknown) => {
		if (value && typeof value === 'object' && !Array.isArray(value) && 'en' in value) {
			return Object.fromEntries(Object.entries(value).filter(([tag, text]) => tag === 'en' || tag === 'pending' || (typeof text === 'string' && text.trim() !== '')));
		}
		return value;
	});
}

/** An issue placed on the page: the field it names (or the nearest one shown), and the words to show. */
export interface PlacedIssue {
	path: string;
	fieldPath: string;
	message: string;
}

/** The DOM id of the input for a field path like `phases.2.timing.turnMs`. */
export function fieldId(path: string): string {
	return `f-${path.replaceAll('.', '-')}`;
}

/** Every field path the editor shows an input (or group) for, for the plan as it is now. */
export function shownFields(plan: Plan): Set<string> {
	const out = new Set<string>(['title.en', 'phases']);
	plan.phases.forEach((phase, i) => {
		const at = `phases.${i}`;
		out.add(at);
		const langs = ['en', ...phaseLanguages(phase)];
		const main = phase.kind === 'ceremony' ? 'text' : 'prompt';
		for (const tag of langs) {
			out.add(`${at}.title.${tag}`);
			out.add(`${at}.${main}.${tag}`);
		}
		if (phase.kind === 'ceremony') out.add(`${at}.timerMs`);
		else {
			for (const f of ['timing.turnMs', 'timing.limit', 'timing.budgetMs', 'start', 'returnToPassers']) out.add(`${at}.${f}`);
			if (phase.kind === 'round') out.add(`${at}.mode`);
		}
		if (phase.kind === 'agreements') {
			out.add(`${at}.guidelines`);
			phase.guidelines.forEach((_, j) => langs.forEach((tag) => out.add(`${at}.guidelines.${j}.${tag}`)));
		}
	});
	return out;
}

/** Splits parsePlan's `path: message` errors and places each on the nearest field the editor shows. */
export function placeIssues(errors: readonly string[], plan: Plan): PlacedIssue[] {
	const shown = shownFields(plan);
	return errors.map((error) => {
		const colon = error.indexOf(': ');
		const path = colon < 0 ? 'plan' : error.slice(0, colon);
		const message = colon < 0 ? error : error.slice(colon + 2);
		const parts = path.split('.');
		// A whole localized text (e.g. `phases.1.title` given a number) belongs to its English input.
		if (shown.has(`${path}.en`)) return { path, fieldPath: `${path}.en`, message };
		while (parts.length > 0 && !shown.has(parts.join('.'))) parts.pop();
		return { path, fieldPath: parts.length > 0 ? parts.join('.') : 'title.en', message };
	});
}

/** What the two number boxes hold: Svelte binds a number input to a number, or null/undefined when empty. */
export interface Duration {
	minutes: number | string | null | undefined;
	seconds: number | string | null | undefined;
}

export function splitDuration(ms: number | undefined): Duration {
	if (ms === undefined) return { minutes: null, seconds: null };
	const total = Math.round(ms / 1000);
	return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/** Milliseconds from what was typed; undefined when both boxes are empty (no timer). Non-numbers count as 0. */
export function joinDuration({ minutes, seconds }: Duration): number | undefined {
	const text = (box: Duration['minutes']) => String(box ?? '').trim();
	if (text(minutes) === '' && text(seconds) === '') return undefined;
	const value = (box: Duration['minutes']) => (Number.isFinite(Number(text(box))) ? Number(text(box)) : 0);
	return Math.round((value(minutes) * 60 + value(seconds)) * 1000);
}
