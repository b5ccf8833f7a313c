// Rejoin tokens of participants' seats: a phone that reconnects presents its token to take its seat back.
// Stored as hashes only, and deleted with the circle's roster when the circle closes.
import type { Selectable } from 'kysely';
import type { TokenHash } from '../auth/tokens';
import type { Database } from './database';
import type { SeatTokensTable } from './schema';

export interface SeatToken {
	tokenHash: TokenHash;
	circleId: string;
	seatId: string;
	createdAt: number;
}

export interface NewSeatToken {
	tokenHash: TokenHash;
	circleId: string;
	seatId: string;
	now: number;
}

export async function createSeatToken(db: Database, token: NewSeatToken): Promise<SeatToken> {
	const row = { token_hash: token.tokenHash, circle_id: token.circleId, seat_id: token.seatId, created_at: token.now };
	await db.insertInto('seat_tokens').values(row).execute();
	return toSeatToken(row);
}

export async function findSeatToken(db: Database, tokenHash: TokenHash): Promise<SeatToken | undefined> {
	const row = await db.selectFrom('seat_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
	return row && toSeatToken(row);
}

/** Revokes one seat's tokens (the participant left or was removed). Returns how many. */
export async function deleteSeatTokensForSeat(db: Database, circleId: string, seatId: string): Promise<number> {
	const result = await db
		.deleteFrom('seat_tokens')
		.where('circle_id', '=', circleId)
		.where('seat_id', '=', seatId)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function deleteSeatTokensForCircle(db: Database, circleId: string): Promise<number> {
	const result = await db.deleteFrom('seat_tokens').where('circle_id', '=', circleId).executeTakeFirst();
	return Number(result.numDeletedRows);
}

function toSeatToken(row: Selectable<SeatTokensTable>): SeatToken {
	return {
		tokenHash: row.token_hash as TokenHash,
		circleId: row.circle_id,
		seatId: row.seat_id,
		createdAt: row.created_at
	};
}
