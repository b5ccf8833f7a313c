// Circles as the server keeps them between processes: owner and co-keeper, plan, status, and the
// ways in (join code, QR token, screen token), which are all removed when the circle closes.
// Title, plan and join code are sealed with the circle's data key while it is open; the code is found by a keyed hash.
import type { Selectable } from 'kysely';
import type { TokenHash } from '../auth/tokens';
import { isSealed } from '../crypto/sealing';
import type { Keyring } from './circle-keys';
import { inTransaction, type Database } from './database';
import type { CirclesTable } from './schema';
import { deleteSeatTokensForCircle } from './seat-tokens';
import { refused, stored, type StoreResult } from './store-result';
import { isUniqueViolation } from './unique-violations';

export const CIRCLE_STATUSES = ['scheduled', 'lobby', 'live', 'closed'] as const;
export type CircleStatus = (typeof CIRCLE_STATUSES)[number];

export interface Circle {
	id: string;
	ownerAccountId: string;
	coKeeperAccountId: string | null;
	/** As stored: sealed while the circle is open (read them with `openCircleTexts`). */
	stored: { title: string; plan: string; joinCode: string | null };
	status: CircleStatus;
	qrTokenHash: TokenHash | null;
	screenTokenHash: TokenHash | null;
	linksEpoch: number;
	createdAt: number;
	closedAt: number | null;
}

export interface NewCircle {
	id: string;
	ownerAccountId: string;
	coKeeperAccountId?: string | null;
	title: string;
	planJson: string;
	/** Already normalized by the caller (no dash, upper case): lookups compare it exactly. */
	joinCode: string;
	qrTokenHash: TokenHash;
	screenTokenHash: TokenHash;
	now: number;
}

/** What a keeper reads of a circle: opened while it is open; after close, the redacted title only. */
export interface CircleTexts {
	title: string;
	/** Null once closed. */
	planJson: string | null;
	/** The 8 characters without the display dash; null once closed. */
	joinCode: string | null;
}

export type CircleChangeError = 'circle_not_found' | 'circle_closed';

/** Shown for a closed circle whose title was never rewritten before its key was shredded (a crash mid-close). */
export const UNREADABLE_TITLE = 'A closed circle';

/**
 * A new circle starts `scheduled`, with a fresh data key written in the same transaction.
 * A taken join code is refused so the caller can draw another.
 */
export async function createCircle(db: Database, keyring: Keyring, circle: NewCircle): Promise<StoreResult<Circle, 'join_code_taken'>> {
	const vault = keyring.newVault(circle.id);
	const row: Selectable<CirclesTable> = {
		id: circle.id,
		owner_account_id: circle.ownerAccountId,
		co_keeper_account_id: circle.coKeeperAccountId ?? null,
		title: vault.seal('title', circle.title),
		plan_json: vault.seal('plan', circle.planJson),
		status: 'scheduled',
		join_code: keyring.secret.joinCodeHash(circle.joinCode),
		join_code_sealed: vault.seal('join-code', circle.joinCode),
		qr_token_hash: circle.qrTokenHash,
		screen_token_hash: circle.screenTokenHash,
		links_epoch: 0,
		created_at: circle.now,
		closed_at: null
	};
	try {
		await inTransaction(db, async (trx) => {
			await trx.insertInto('circles').values(row).execute();
			await keyring.store(trx, vault, circle.now);
		});
	} catch (error) {
		if (isUniqueViolation(error) && (await findCircleByJoinCode(db, keyring, circle.joinCode)) !== undefined) {
			return refused('join_code_taken', 'Another open circle has this join code; draw a new one.');
		}
		throw error;
	}
	return stored(toCircle(row));
}

export async function getCircle(db: Database, id: string): Promise<Circle | undefined> {
	const row = await db.selectFrom('circles').selectAll().where('id', '=', id).executeTakeFirst();
	return row && toCircle(row);
}

/** `joinCode` already normalized (no dash, upper case). */
export async function findCircleByJoinCode(db: Database, keyring: Keyring, joinCode: string): Promise<Circle | undefined> {
	const row = await db.selectFrom('circles').selectAll().where('join_code', '=', keyring.secret.joinCodeHash(joinCode)).executeTakeFirst();
	return row && toCircle(row);
}

export async function findCircleByQrTokenHash(db: Database, tokenHash: TokenHash): Promise<Circle | undefined> {
	const row = await db.selectFrom('circles').selectAll().where('qr_token_hash', '=', tokenHash).executeTakeFirst();
	return row && toCircle(row);
}

export async function findCircleByScreenTokenHash(db: Database, tokenHash: TokenHash): Promise<Circle | undefined> {
	const row = await db.selectFrom('circles').selectAll().where('screen_token_hash', '=', tokenHash).executeTakeFirst();
	return row && toCircle(row);
}

/** Circles the account keeps or co-keeps, newest first. */
export async function listCirclesForAccount(db: Database, accountId: string): Promise<Circle[]> {
	const rows = await db
		.selectFrom('circles')
		.selectAll()
		.where((eb) => eb.or([eb('owner_account_id', '=', accountId), eb('co_keeper_account_id', '=', accountId)]))
		.orderBy('created_at', 'desc')
		.orderBy('id')
		.execute();
	return rows.map(toCircle);
}

/** Ids of circles in any of the statuses, e.g. those to bring back after a restart. */
export async function listCircleIdsByStatus(db: Database, statuses: readonly CircleStatus[]): Promise<string[]> {
	// An empty `in ()` is a syntax error in SQL, and the answer is known anyway.
	if (statuses.length === 0) return [];
	const rows = await db.selectFrom('circles').select('id').where('status', 'in', statuses).orderBy('id').execute();
	return rows.map((row) => row.id);
}

/**
 * Moves the circle to `status`. Closing is final and, in the same transaction, removes every way in:
 * the join code, QR and screen token hashes, and the seats' rejoin tokens. Closing twice is a no-op.
 * The store does not police the order of the other statuses; the protocol does.
 */
export async function setCircleStatus(
	db: Database,
	id: string,
	status: CircleStatus,
	now: number
): Promise<StoreResult<Circle, CircleChangeError>> {
	const closing = status === 'closed';
	const changes = closing
		? { status, closed_at: now, join_code: null, join_code_sealed: null, plan_json: '', qr_token_hash: null, screen_token_hash: null }
		: { status };
	return inTransaction(db, async (trx) => {
		const { updated, circle } = await updateUnlessClosed(trx, id, changes);
		if (circle === undefined) return notFound();
		if (updated && closing) await deleteSeatTokensForCircle(trx, id);
		return updated || closing ? stored(circle) : closedAlready();
	});
}

/** Opens the circle's title, plan and join code with its key; a closed circle's title was stored redacted and plain. */
export async function openCircleTexts(db: Database, keyring: Keyring, circle: Circle): Promise<CircleTexts> {
	const vault = await keyring.vault(db, circle.id);
	const { title, plan, joinCode } = circle.stored;
	if (!vault) return { title: isSealed(title) ? UNREADABLE_TITLE : title, planJson: null, joinCode: null };
	return {
		title: isSealed(title) ? vault.open('title', title) : title,
		planJson: plan === '' ? null : vault.open('plan', plan),
		joinCode: joinCode === null ? null : vault.open('join-code', joinCode)
	};
}

/** At close, before the key is shredded: the title as the harvest redacted it, the only text a closed circle keeps. */
export async function setClosedTitle(db: Database, id: string, redactedTitle: string): Promise<void> {
	await db.updateTable('circles').set({ title: redactedTitle, plan_json: '' }).where('id', '=', id).where('status', '=', 'closed').execute();
}

/** Names (or with null, removes) the co-keeper, who may take over when the keeper drops. */
export async function setCoKeeper(
	db: Database,
	id: string,
	coKeeperAccountId: string | null
): Promise<StoreResult<Circle, CircleChangeError>> {
	return inTransaction(db, async (trx) => {
		const { updated, circle } = await updateUnlessClosed(trx, id, { co_keeper_account_id: coKeeperAccountId });
		if (circle === undefined) return notFound();
		return updated ? stored(circle) : closedAlready();
	});
}

/** Replaces the QR and screen tokens (the old links stop working), e.g. when a keeper needs to show them again. */
export async function setCircleLinks(
	db: Database,
	id: string,
	links: { qrTokenHash: TokenHash; screenTokenHash: TokenHash; linksEpoch: number }
): Promise<StoreResult<Circle, CircleChangeError>> {
	return inTransaction(db, async (trx) => {
		const { updated, circle } = await updateUnlessClosed(trx, id, {
			qr_token_hash: links.qrTokenHash,
			screen_token_hash: links.screenTokenHash,
			links_epoch: links.linksEpoch
		});
		if (circle === undefined) return notFound();
		return updated ? stored(circle) : closedAlready();
	});
}

/**
 * The status test sits in the UPDATE itself, not in an earlier read: PostgreSQL re-checks it after
 * waiting for a concurrent close, so a racing change can never reopen a closed circle.
 */
async function updateUnlessClosed(
	trx: Database,
	id: string,
	changes: Partial<Omit<Selectable<CirclesTable>, 'id'>>
): Promise<{ updated: boolean; circle: Circle | undefined }> {
	const result = await trx
		.updateTable('circles')
		.set(changes)
		.where('id', '=', id)
		.where('status', '<>', 'closed')
		.executeTakeFirst();
	return { updated: result.numUpdatedRows > 0n, circle: await getCircle(trx, id) };
}

function notFound() {
	return refused('circle_not_found', 'There is no circle with this id.');
}

function closedAlready() {
	return refused('circle_closed', 'This circle is closed; it cannot reopen or change.');
}

function toCircle(row: Selectable<CirclesTable>): Circle {
	return {
		id: row.id,
		ownerAccountId: row.owner_account_id,
		coKeeperAccountId: row.co_keeper_account_id,
		stored: { title: row.title, plan: row.plan_json, joinCode: row.join_code_sealed },
		// Only this module writes the column, always from CIRCLE_STATUSES.
		status: row.status as CircleStatus,
		qrTokenHash: row.qr_token_hash as TokenHash | null,
		screenTokenHash: row.screen_token_hash as TokenHash | null,
		linksEpoch: row.links_epoch,
		createdAt: row.created_at,
		closedAt: row.closed_at
	};
}
