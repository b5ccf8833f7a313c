// The templates shipped with the app: each is a valid plan, in all eleven languages, with the circle's skeleton.
// Also pins how parsePlan reports an invalid plan: the field path, then what is wrong.
import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan, type PlanInput } from '$lib/protocol/plan';
import { LANGUAGE_TAGS, type Localized } from '$lib/protocol/languages';
import { TEMPLATES, templateById } from '$lib/protocol/templates';

/** The templates of PRODUCT.md "Templates shipped with the app", in its order. */
const SPEC_ORDER = [
	'community-trust-building',
	'check-in-check-out',
	'listening-session',
	'conflict-transformation-skills',
	'harm-and-repair',
	'staff-community-partnership',
	'preparation-circle',
	'series-closing'
];

/** A prompt is read on a 360 px phone and projected large: longer words belong in a ceremony text. */
const MAX_PROMPT_CHARS = 160;
/** Realistic per-turn guidelines: 1–3 minutes (research/circle-method.md §4), down to 20 s for a time-boxed word or "yes". */
const MIN_TURN_MS = 20_000;
const MAX_TURN_MS = 3 * 60_000;
const MICRO_CIRCLE = 'check-in-check-out';

function parsed(plan: PlanInput): Plan {
	const result = parsePlan(plan);
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.plan;
}

/** Every text a person may read in a plan, keyed by its field path. */
function textsOf(plan: Plan): [string, Localized][] {
	const texts: [string, Localized][] = [['title', plan.title]];
	if (plan.description) texts.push(['description', plan.description]);
	plan.phases.forEach((phase, i) => {
		texts.push([`phases.${i}.title`, phase.title]);
		if (phase.kind === 'ceremony') texts.push([`phases.${i}.text`, phase.text]);
		else texts.push([`phases.${i}.prompt`, phase.prompt]);
		if (phase.kind === 'agreements') {
			phase.guidelines.forEach((g, j) => texts.push([`phases.${i}.guidelines.${j}`, g]));
		}
	});
	return texts;
}

const parsedTemplates = () => TEMPLATES.map((t) => ({ id: t.id, plan: parsed(t.plan) }));

describe('templates shipped with the app', () => {
	it('lists the eight templates of the spec, in its order', () => {
		expect(TEMPLATES.map((t) => t.id)).toEqual(SPEC_ORDER);
	});

	it('gives every template a unique id', () => {
		expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
	});

	it.each(TEMPLATES)('$id parses as a valid plan', ({ plan }) => {
		const result = parsePlan(plan);
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it.each(TEMPLATES)('$id has every title, text, prompt and guideline in all eleven languages', ({ plan }) => {
		const texts = textsOf(parsed(plan));
		const missing = texts.flatMap(([path, t]) => LANGUAGE_TAGS.filter((tag) => !t[tag]?.trim()).map((tag) => `${path} (${tag})`));
		expect(missing).toEqual([]);
		// A copied English text is an untranslated one.
		const copied = texts.flatMap(([path, t]) => LANGUAGE_TAGS.filter((tag) => tag !== 'en' && t[tag] === t.en).map((tag) => `${path} (${tag})`));
		expect(copied).toEqual([]);
	});

	it.each(TEMPLATES)('$id keeps every prompt short enough for a phone, in every language', ({ plan }) => {
		const long = textsOf(parsed(plan))
			.filter(([path]) => path.endsWith('.prompt'))
			.flatMap(([path, t]) => LANGUAGE_TAGS.filter((tag) => (t[tag] ?? '').length > MAX_PROMPT_CHARS).map((tag) => `${path} (${tag})`));
		expect(long).toEqual([]);
	});

	it.each(TEMPLATES)('$id opens with a ceremony, checks in and out, and ends with a closing ceremony', ({ plan }) => {
		const { phases } = parsed(plan);
		expect(phases[0]?.kind).toBe('ceremony');
		expect(phases.find((p) => p.id === 'check-in')?.kind).toBe('round');
		expect(phases.find((p) => p.id === 'check-out')?.kind).toBe('round');
		expect(phases.at(-1)).toMatchObject({ kind: 'ceremony', id: 'closing' });
	});

	it.each(TEMPLATES)('$id has an agreements phase, so the lobby has agreements to show', ({ plan }) => {
		const agreements = parsed(plan).phases.filter((p) => p.kind === 'agreements');
		expect(agreements.length).toBeGreaterThan(0);
		for (const phase of agreements) expect(phase.guidelines.length).toBeGreaterThan(0);
	});

	it.each(TEMPLATES)('$id gives every silence round a time budget', ({ plan }) => {
		for (const phase of parsed(plan).phases) {
			if (phase.kind === 'round' && phase.mode === 'silence') expect(phase.timing.budgetMs).toBeGreaterThan(0);
		}
	});

	it.each(TEMPLATES)('$id gives every sequential turn a guideline of 20 s to 3 min', ({ plan }) => {
		for (const phase of parsed(plan).phases) {
			if (phase.kind === 'ceremony' || (phase.kind === 'round' && phase.mode !== 'sequential')) continue;
			expect(phase.timing.turnMs, phase.id).toBeGreaterThanOrEqual(MIN_TURN_MS);
			expect(phase.timing.turnMs, phase.id).toBeLessThanOrEqual(MAX_TURN_MS);
		}
	});

	it('time-boxes every turn of the micro circle with a hard limit', () => {
		const micro = parsed(templateById(MICRO_CIRCLE)!.plan);
		for (const phase of micro.phases) {
			if (phase.kind !== 'ceremony') expect(phase.timing.limit, phase.id).toBe('hard');
		}
	});

	it('keeps turn limits soft in every other template', () => {
		const hard = parsedTemplates()
			.filter((t) => t.id !== MICRO_CIRCLE)
			.flatMap((t) => t.plan.phases.filter((p) => p.kind !== 'ceremony' && p.timing.limit === 'hard').map((p) => `${t.id}/${p.id}`));
		expect(hard).toEqual([]);
	});

	it.each(['sequential', 'popcorn', 'silence', 'open'] as const)('has at least one %s round across the templates', (mode) => {
		const rounds = parsedTemplates().flatMap((t) => t.plan.phases.filter((p) => p.kind === 'round' && p.mode === mode));
		expect(rounds.length).toBeGreaterThan(0);
	});

	it('has at least one round where the keeper speaks last', () => {
		const keeperLast = parsedTemplates().flatMap((t) =>
			t.plan.phases.filter((p) => p.kind !== 'ceremony' && p.start === 'keeper-last')
		);
		expect(keeperLast.length).toBeGreaterThan(0);
	});

	it('finds a template by its id', () => {
		expect(templateById('harm-and-repair')?.plan.title.en).toBe('Harm and repair circle');
	});

	it('finds no template for an unknown id', () => {
		expect(templateById('no-such-circle')).toBeUndefined();
	});
});

describe('parsePlan on an invalid plan', () => {
	const welcome = { kind: 'ceremony', id: 'welcome', title: { en: 'Welcome' }, text: { en: 'Welcome to the circle.' } };
	const checkIn = { kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you arriving?' } };
	const planWith = (...phases: unknown[]): unknown => ({ version: 1, title: { en: 'A circle' }, phases });

	it('accepts the minimal plan the cases below start from', () => {
		expect(parsePlan(planWith(welcome, checkIn)).ok).toBe(true);
	});

	it.each([
		['an unknown phase kind', planWith({ ...welcome, kind: 'dance' }, checkIn), 'phases.0.kind: must be ceremony, round or agreements'],
		['an empty English text', planWith(welcome, { ...checkIn, prompt: { en: '   ', es: '¿Cómo llega?' } }), 'phases.1.prompt.en: must not be empty'],
		['an empty plan title', { version: 1, title: { en: '' }, phases: [welcome] }, 'title.en: must not be empty'],
		[
			'a text without English',
			planWith({ ...welcome, title: { es: 'Bienvenida' } }, checkIn),
			'phases.0.title.en: is required: every text needs English'
		],
		[
			'an unknown language tag',
			planWith({ ...welcome, title: { en: 'Welcome', fr: 'Bienvenue' } }, checkIn),
			`phases.0.title.fr: is not a supported language (use ${LANGUAGE_TAGS.join(', ')})`
		],
		['a silence round without a budget', planWith(welcome, { ...checkIn, mode: 'silence' }), 'phases.1.timing.budgetMs: a silence round needs timing.budgetMs'],
		['an unknown round mode', planWith(welcome, { ...checkIn, mode: 'fishbowl' }), 'phases.1.mode: must be sequential, popcorn, silence or open'],
		['duplicate phase ids', planWith(welcome, { ...checkIn, id: 'welcome' }), 'phases: phase ids must be unique: "welcome" appears more than once'],
		['a hard limit without a turn guideline', planWith(welcome, { ...checkIn, timing: { limit: 'hard' } }), 'phases.1.timing.limit: a hard limit needs a turn guideline (turnMs) to cut off at'],
		['a turn timer below 5 s', planWith(welcome, { ...checkIn, timing: { turnMs: 4_000 } }), 'phases.1.timing.turnMs: must be at least 5 seconds'],
		['a ceremony timer below 5 s', planWith({ ...welcome, timerMs: 1_000 }, checkIn), 'phases.0.timerMs: must be at least 5 seconds'],
		['no phases', planWith(), 'phases: must have at least one phase']
	])('rejects %s, naming the field and what is wrong', (_case, plan, error) => {
		const result = parsePlan(plan);
		expect(result.ok ? [] : result.errors).toEqual([error]);
	});
});
