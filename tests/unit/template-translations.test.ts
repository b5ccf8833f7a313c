// How the templates' translations join the English: by text key, with every confidentiality text held back
// as a labelled draft in each language no person has reviewed it in.
import { describe, expect, it } from 'vitest';
import { LANGUAGE_TAGS, localize } from '$lib/protocol/languages';
import { parsePlan } from '$lib/protocol/plan';
import { ENGLISH_TEMPLATES, TEMPLATES } from '$lib/protocol/templates';
import { CONFIDENTIAL_TEXTS } from '$lib/protocol/templates/confidential';
import { TEMPLATE_TRANSLATIONS, templateTexts, withTranslations } from '$lib/protocol/templates/translations';
import { isReviewed, sourceHash } from '$lib/protocol/templates/translation-review';

const englishTexts = new Map(ENGLISH_TEMPLATES.flatMap((t) => templateTexts(t.id, t.plan)).map(([key, text]) => [key, text.en]));
/** Words that promise something about what is recorded, kept or passed on. */
const PROMISE = /stays? here|recorded|never names|without names|no names|quoted|goes to the other group/i;

describe('template translations', () => {
	it('keys every translation to a text some template has', () => {
		const stray = Object.entries(TEMPLATE_TRANSLATIONS).flatMap(([tag, { texts }]) =>
			Object.keys(texts).filter((key) => !englishTexts.has(key)).map((key) => `${tag}: ${key}`)
		);
		expect(stray).toEqual([]);
	});

	it('lists only confidentiality texts that exist', () => {
		expect(CONFIDENTIAL_TEXTS.filter((key) => !englishTexts.has(key))).toEqual([]);
	});

	it('lists every template text that promises what is kept or recorded as a confidentiality text', () => {
		const promises = [...englishTexts].filter(([, en]) => PROMISE.test(en)).map(([key]) => key);
		expect(promises.filter((key) => !CONFIDENTIAL_TEXTS.includes(key))).toEqual([]);
	});

	it('marks a confidentiality text pending in every language whose review is missing or stale', () => {
		const key = 'check-in-check-out.agreements.guidelines.2';
		const plan = TEMPLATES.find((t) => t.id === 'check-in-check-out')!.plan;
		const agreements = plan.phases.find((p) => p.id === 'agreements');
		const guideline = agreements?.kind === 'agreements' ? agreements.guidelines[2]! : undefined;
		const unreviewed = LANGUAGE_TAGS.filter(
			(tag) => tag !== 'en' && key in TEMPLATE_TRANSLATIONS[tag].texts && !isReviewed(TEMPLATE_TRANSLATIONS[tag].status[key], englishTexts.get(key)!)
		);
		expect(guideline?.pending ?? []).toEqual(unreviewed);
	});

	it('shows a reader of a pending language the English, with the draft beside it', () => {
		const text = { en: 'What is shared here stays here.', vi: 'Những gì được chia sẻ ở đây sẽ ở lại đây.', pending: ['vi' as const] };
		expect(localize(text, 'vi')).toEqual({ text: text.en, lang: 'en', draft: { text: text.vi, lang: 'vi' } });
	});

	it('gives a reviewed confidentiality text in the language itself, and a stale review makes it pending again', () => {
		const plan = ENGLISH_TEMPLATES.find((t) => t.id === 'check-in-check-out')!.plan;
		const guideline = (p: typeof plan) => {
			const phase = p.phases.find((ph) => ph.id === 'agreements');
			return phase?.kind === 'agreements' ? phase.guidelines[2]! : { en: '' };
		};
		const key = 'check-in-check-out.agreements.guidelines.2';
		const vi = TEMPLATE_TRANSLATIONS.vi;
		const saved = { texts: vi.texts, status: vi.status };
		try {
			vi.texts = { ...vi.texts, [key]: 'Những gì được chia sẻ ở đây sẽ ở lại đây.' };
			vi.status = { ...vi.status, [key]: { status: 'reviewed', reviewer: 'A reviewer', date: '2026-12-01', source: sourceHash('What is shared here stays here.') } };
			const reviewed = guideline(withTranslations('check-in-check-out', plan));
			expect(localize(reviewed, 'vi')).toEqual({ text: 'Những gì được chia sẻ ở đây sẽ ở lại đây.', lang: 'vi' });
			vi.status = { ...vi.status, [key]: { status: 'reviewed', reviewer: 'A reviewer', date: '2026-12-01', source: sourceHash('An older English text.') } };
			const stale = guideline(withTranslations('check-in-check-out', plan));
			expect(localize(stale, 'vi').draft).toEqual({ text: 'Những gì được chia sẻ ở đây sẽ ở lại đây.', lang: 'vi' });
		} finally {
			vi.texts = saved.texts;
			vi.status = saved.status;
		}
	});

	it('keeps a plan with pending texts valid, and refuses English or an unknown tag as pending', () => {
		const plan = (pending: unknown) => ({ version: 1, title: { en: 'T', vi: 'T vi', pending }, phases: [{ kind: 'ceremony', id: 'w', title: { en: 'W' }, text: { en: 'X' } }] });
		expect(parsePlan(plan(['vi'])).ok).toBe(true);
		expect(parsePlan(plan(['en'])).ok).toBe(false);
		expect(parsePlan(plan(['fr'])).ok).toBe(false);
	});
});
