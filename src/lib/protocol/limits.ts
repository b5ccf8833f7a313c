// How much one seat, and one circle, may store while the circle runs: what keeps one participant from
// growing the snapshot (and every write and view after it) without end. Pure: counts in, verdict out.
import type { CircleContext } from './circle-context';
import { protocolError, type ProtocolError } from './errors';

/** Reflections one seat may keep in a circle; a person can still edit the harvest with the keeper. */
export const MAX_REFLECTIONS_PER_SEAT = 10;
/** Keepers' notes (themes and agreements) in one circle. */
export const MAX_NOTES = 200;
/** Recorded agreements in one circle. */
export const MAX_AGREEMENTS = 50;
/**
 * Characters of stored free text (reflections, notes, agreements) in one circle. With the per-seat caps
 * this bounds the snapshot: 60 seats × 10 reflections × 2,000 characters would otherwise be 1.2 MB.
 */
export const MAX_STORED_TEXT = 200_000;

const FULL = 'This circle has stored as much writing as it can hold. Ask the keeper to note the rest by hand.';

function storedText(ctx: CircleContext): number {
	let total = 0;
	for (const r of ctx.harvest.reflections) total += r.text.length;
	for (const n of ctx.harvest.notes) total += n.text.length;
	for (const a of ctx.agreements) total += a.length;
	return total;
}

/** Why adding `text` would go past a limit, or null when there is room. `seatId` is the writer, for reflections. */
export function storageRefusal(ctx: CircleContext, kind: 'reflection' | 'note' | 'agreement', text: string, seatId: string | null): ProtocolError | null {
	if (kind === 'reflection' && ctx.harvest.reflections.filter((r) => r.seatId === seatId).length >= MAX_REFLECTIONS_PER_SEAT) {
		return protocolError('limit_reached', `You have written ${MAX_REFLECTIONS_PER_SEAT} reflections, the most one seat can keep. Thank you for them.`);
	}
	if (kind === 'note' && ctx.harvest.notes.length >= MAX_NOTES) {
		return protocolError('limit_reached', `This circle has ${MAX_NOTES} notes, the most it can keep. Remove one to add another.`);
	}
	if (kind === 'agreement' && ctx.agreements.length >= MAX_AGREEMENTS) {
		return protocolError('limit_reached', `This circle has ${MAX_AGREEMENTS} agreements, the most it can keep. Remove one to add another.`);
	}
	if (storedText(ctx) + text.length > MAX_STORED_TEXT) return protocolError('limit_reached', FULL);
	return null;
}
