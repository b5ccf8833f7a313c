// Joins each template's English (its own module) with the translations in texts/<lang>.json, by text key
// ("<template>.title", "<template>.<phase>.prompt", "<template>.<phase>.guidelines.<n>").
import type { PlanInput } from '../plan';
import type { LanguageTag, Localized } from '../languages';
import { CONFIDENTIAL_TEXTS } from './confidential';
import { isReviewed, type StatusFile } from './translation-review';
import es from './texts/es.json';
import zhHant from './texts/zh-Hant.json';
import zhHans from './texts/zh-Hans.json';
import pa from './texts/pa.json';
import hmn from './texts/hmn.json';
import ru from './texts/ru.json';
import tl from './texts/tl.json';
import vi from './texts/vi.json';
import hi from './texts/hi.json';
import fa from './texts/fa.json';
import esStatus from '../../../../messages/status/es.json';
import zhHantStatus from '../../../../messages/status/zh-Hant.json';
import zhHansStatus from '../../../../messages/status/zh-Hans.json';
import paStatus from '../../../../messages/status/pa.json';
import hmnStatus from '../../../../messages/status/hmn.json';
import ruStatus from '../../../../messages/status/ru.json';
import tlStatus from '../../../../messages/status/tl.json';
import viStatus from '../../../../messages/status/vi.json';
import hiStatus from '../../../../messages/status/hi.json';
import faStatus from '../../../../messages/status/fa.json';

export type TranslationTag = Exclude<LanguageTag, 'en'>;

/** Every translation of the templates' texts, and its review status, by language. */
export const TEMPLATE_TRANSLATIONS: Record<TranslationTag, { texts: Record<string, string>; status: StatusFile['templates'] }> = {
	es: { texts: es, status: (esStatus as StatusFile).templates },
	'zh-Hant': { texts: zhHant, status: (zhHantStatus as StatusFile).templates },
	'zh-Hans': { texts: zhHans, status: (zhHansStatus as StatusFile).templates },
	pa: { texts: pa, status: (paStatus as StatusFile).templates },
	hmn: { texts: hmn, status: (hmnStatus as StatusFile).templates },
	ru: { texts: ru, status: (ruStatus as StatusFile).templates },
	tl: { texts: tl, status: (tlStatus as StatusFile).templates },
	vi: { texts: vi, status: (viStatus as StatusFile).templates },
	hi: { texts: hi, status: (hiStatus as StatusFile).templates },
	fa: { texts: fa, status: (faStatus as StatusFile).templates }
};

const TAGS = Object.keys(TEMPLATE_TRANSLATIONS) as TranslationTag[];

/** The English text with its translations; a confidential text is pending in each language not reviewed. */
function translate(key: string, text: Localized): Localized {
	const out: Localized = { en: text.en };
	const pending: TranslationTag[] = [];
	for (const tag of TAGS) {
		const { texts, status } = TEMPLATE_TRANSLATIONS[tag];
		const translated = texts[key];
		if (translated === undefined) continue;
		out[tag] = translated;
		if (CONFIDENTIAL_TEXTS.includes(key) && !isReviewed(status[key], text.en)) pending.push(tag);
	}
	if (pending.length) out.pending = pending;
	return out;
}

/** Every text of an English template plan, keyed as in texts/<lang>.json. */
export function templateTexts(id: string, plan: PlanInput): [string, Localized][] {
	const out: [string, Localized][] = [[`${id}.title`, plan.title]];
	if (plan.description) out.push([`${id}.description`, plan.description]);
	for (const phase of plan.phases) {
		const at = `${id}.${phase.id}`;
		out.push([`${at}.title`, phase.title]);
		if (phase.kind === 'ceremony') out.push([`${at}.text`, phase.text]);
		else out.push([`${at}.prompt`, phase.prompt]);
		if (phase.kind === 'agreements') phase.guidelines.forEach((g, j) => out.push([`${at}.guidelines.${j}`, g]));
	}
	return out;
}

/** The template plan with every translation joined in; the English module itself is left untouched. */
export function withTranslations(id: string, plan: PlanInput): PlanInput {
	const at = (phaseId: string, field: string) => `${id}.${phaseId}.${field}`;
	return {
		...plan,
		title: translate(`${id}.title`, plan.title),
		...(plan.description ? { description: translate(`${id}.description`, plan.description) } : {}),
		phases: plan.phases.map((phase) => {
			const title = translate(at(phase.id, 'title'), phase.title);
			if (phase.kind === 'ceremony') return { ...phase, title, text: translate(at(phase.id, 'text'), phase.text) };
			if (phase.kind === 'round') return { ...phase, title, prompt: translate(at(phase.id, 'prompt'), phase.prompt) };
			return {
				...phase,
				title,
				prompt: translate(at(phase.id, 'prompt'), phase.prompt),
				guidelines: phase.guidelines.map((g, j) => translate(at(phase.id, `guidelines.${j}`), g))
			};
		})
	};
}
