// The plan library's HTTP API (/api/plans): request bodies shared by the server (validation) and the pages (types).
// A plan itself is checked with the protocol's parsePlan, which names each field that is wrong.
import * as v from 'valibot';
import type { Plan } from '../protocol/plan';

export const SavePlanBodySchema = v.strictObject({
	/** A whole plan (src/lib/protocol/plan.ts); the server answers 400 `invalid_plan` with `issues` when it is not valid. */
	plan: v.unknown()
});

/** One row of GET /api/plans. */
export interface PlanSummary {
	id: string;
	title: string;
	phaseCount: number;
	updatedAt: number;
}

/** GET /api/plans/:id, and what POST and PUT answer. */
export interface SavedPlan {
	id: string;
	plan: Plan;
	createdAt: number;
	updatedAt: number;
}
