// The circle templates shipped with the app (PRODUCT.md "Templates shipped with the app"), in the order keepers see them.
// Each is English plan data joined with texts/<lang>.json (translations.ts), checked by parsePlan like any plan
// a keeper writes; parsing gives a fresh copy.
import type { PlanInput } from '../plan';
import { checkInCheckOut } from './check-in-check-out';
import { communityTrustBuilding } from './community-trust-building';
import { conflictTransformationSkills } from './conflict-transformation-skills';
import { harmAndRepair } from './harm-and-repair';
import { listeningSession } from './listening-session';
import { preparationCircle } from './preparation-circle';
import { seriesClosing } from './series-closing';
import { staffCommunityPartnership } from './staff-community-partnership';
import { withTranslations } from './translations';

export interface Template {
	/** Stable slug, safe in URLs and stored references. */
	id: string;
	plan: PlanInput;
}

/** Each template's English plan, before translations are joined in (the export and check scripts read these). */
export const ENGLISH_TEMPLATES: readonly Template[] = [
	{ id: 'community-trust-building', plan: communityTrustBuilding },
	{ id: 'check-in-check-out', plan: checkInCheckOut },
	{ id: 'listening-session', plan: listeningSession },
	{ id: 'conflict-transformation-skills', plan: conflictTransformationSkills },
	{ id: 'harm-and-repair', plan: harmAndRepair },
	{ id: 'staff-community-partnership', plan: staffCommunityPartnership },
	{ id: 'preparation-circle', plan: preparationCircle },
	{ id: 'series-closing', plan: seriesClosing }
];

export const TEMPLATES: readonly Template[] = ENGLISH_TEMPLATES.map((t) => ({ id: t.id, plan: withTranslations(t.id, t.plan) }));

/** The template with this slug, or undefined when there is none. */
export function templateById(id: string): Template | undefined {
	return TEMPLATES.find((t) => t.id === id);
}
