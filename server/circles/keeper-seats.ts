// Which seat a signed-in keeper takes in a circle: the owner is the keeper, the named co-keeper the co-keeper.
// Seat ids are fixed for these two so a keeper's laptop always returns to the same place in the ring.
import type { Circle as CircleRow } from '../store/circles';

export const KEEPER_SEAT_ID = 'keeper';
export const CO_KEEPER_SEAT_ID = 'co-keeper';

export function keeperSeatFor(circle: CircleRow, accountId: string): { role: 'keeper' | 'co-keeper'; seatId: string } | undefined {
	if (circle.ownerAccountId === accountId) return { role: 'keeper', seatId: KEEPER_SEAT_ID };
	if (circle.coKeeperAccountId === accountId) return { role: 'co-keeper', seatId: CO_KEEPER_SEAT_ID };
	return undefined;
}
