// The keeper's plan library: saved plans, each visible only to the account that owns it.
// Every read and write names the owner, so another keeper's plan looks exactly like a missing one.
import type { Selectable } from 'kysely';
import type { Database } from './database';
import type { PlansTable } from './schema';

export interface StoredPlan {
	id: string;
	ownerAccountId: string;
	title: string;
	/** The validated plan as JSON (parsePlan's output). */
	planJson: string;
	createdAt: number;
	updatedAt: number;
}

export interface PlanListing {
	id: string;
	title: string;
	planJson: string;
	updatedAt: number;
}

export async function createPlan(db: Database, plan: { id: string; ownerAccountId: string; title: string; planJson: string; now: number }): Promise<StoredPlan> {
	const row = { id: plan.id, owner_account_id: plan.ownerAccountId, title: plan.title, plan_json: plan.planJson, created_at: plan.now, updated_at: plan.now };
	await db.insertInto('plans').values(row).execute();
	return toPlan(row);
}

export async function getPlanForOwner(db: Database, id: string, ownerAccountId: string): Promise<StoredPlan | undefined> {
	const row = await db.selectFrom('plans').selectAll().where('id', '=', id).where('owner_account_id', '=', ownerAccountId).executeTakeFirst();
	return row && toPlan(row);
}

/** The owner's plans, most recently changed first. */
export async function listPlansForOwner(db: Database, ownerAccountId: string): Promise<PlanListing[]> {
	const rows = await db
		.selectFrom('plans')
		.select(['id', 'title', 'plan_json', 'updated_at'])
		.where('owner_account_id', '=', ownerAccountId)
		.orderBy('updated_at', 'desc')
		.orderBy('id')
		.execute();
	return rows.map((r) => ({ id: r.id, title: r.title, planJson: r.plan_json, updatedAt: r.updated_at }));
}

/** Replaces the plan's content; undefined when the owner has no such plan. */
export async function updatePlan(db: Database, update: { id: string; ownerAccountId: string; title: string; planJson: string; now: number }): Promise<StoredPlan | undefined> {
	const result = await db
		.updateTable('plans')
		.set({ title: update.title, plan_json: update.planJson, updated_at: update.now })
		.where('id', '=', update.id)
		.where('owner_account_id', '=', update.ownerAccountId)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 0) return undefined;
	return getPlanForOwner(db, update.id, update.ownerAccountId);
}

/** True when the owner's plan existed and is gone. */
export async function deletePlan(db: Database, id: string, ownerAccountId: string): Promise<boolean> {
	const result = await db.deleteFrom('plans').where('id', '=', id).where('owner_account_id', '=', ownerAccountId).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

function toPlan(row: Selectable<PlansTable>): StoredPlan {
	return { id: row.id, ownerAccountId: row.owner_account_id, title: row.title, planJson: row.plan_json, createdAt: row.created_at, updatedAt: row.updated_at };
}
