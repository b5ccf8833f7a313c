// Seats in the ring: who sits where, with what needs, and whether their device is connected.
// The ring is an ordered list of seat ids; it is read as a circle that wraps around.
import * as v from 'valibot';
import { visibleText } from './free-text';
import { LANGUAGE_TAGS } from './languages';

export const MAX_NAME_LENGTH = 40;
export const MAX_PRONOUNS_LENGTH = 30;
export const MAX_SEATS = 60;
/**
 * Distinct names a circle may hold in all, present and departed: the departed stay in the state until close for
 * redaction, so without a bound, joining and leaving over and over would grow the state without end.
 */
export const MAX_NAMES_EVER_SEATED = 4 * MAX_SEATS;
/** Names a keeper may add for the harvest to redact, beyond those who sat. */
export const MAX_NAMES_TO_REDACT = 60;

// Control and invisible formatting characters would let a name impersonate or hide; letters of every script are
// fine, and so are the joiners that shape them (kept by visibleText only between letters, e.g. in Persian names).
const printable = v.regex(/^(?:[^\p{Cc}\p{Cf}]|[\u200C\u200D])*$/u, 'must not contain control characters');

export const AccessNeedsSchema = v.strictObject({
	largeText: v.optional(v.boolean(), false),
	screenReader: v.optional(v.boolean(), false),
	extraTime: v.optional(v.boolean(), false),
	prefersToType: v.optional(v.boolean(), false)
});

/** A person's name as typed: also what a keeper adds for the harvest to redact. */
export const NameSchema = v.pipe(v.string('must be text'), visibleText(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`), printable);

/** What a person tells the circle about themselves when they take a seat. */
export const SeatProfileSchema = v.strictObject({
	name: NameSchema,
	pronouns: v.optional(v.pipe(v.string('must be text'), visibleText(), v.trim(), v.maxLength(MAX_PRONOUNS_LENGTH, `must be at most ${MAX_PRONOUNS_LENGTH} characters`), printable), ''),
	language: v.optional(v.picklist(LANGUAGE_TAGS, 'must be a supported language'), 'en'),
	access: v.optional(AccessNeedsSchema, {})
}, (issue) => {
	if (issue.expected === 'never') return 'is not a field of a profile';
	if (issue.received === 'undefined') return issue.path?.length ? 'is required' : 'a profile is required';
	return 'must be an object';
});

export const SEAT_ROLES = ['keeper', 'co-keeper', 'participant'] as const;
export type SeatRole = (typeof SEAT_ROLES)[number];

export const SeatIdSchema = v.pipe(v.string('must be text'), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a seat id'));

export type SeatProfile = v.InferOutput<typeof SeatProfileSchema>;
export type AccessNeeds = v.InferOutput<typeof AccessNeedsSchema>;

/** `joining`: the seat was taken over HTTP and no device has connected yet. */
export type Presence = 'joining' | 'connected' | 'dropped';

export interface Seat extends SeatProfile {
	id: string;
	role: SeatRole;
	presence: Presence;
}

export function isKeeperRole(role: SeatRole): boolean {
	return role === 'keeper' || role === 'co-keeper';
}

/**
 * Where a late arrival sits: just before the keeper, which is the end of the ring as the keeper sees it.
 * Without a keeper seat the arrival goes to the end of the list.
 */
export function insertBeforeKeeper(ring: readonly string[], seatId: string, keeperSeatId: string | null): string[] {
	const at = keeperSeatId === null ? -1 : ring.indexOf(keeperSeatId);
	if (at <= 0) return [...ring, seatId];
	return [...ring.slice(0, at), seatId, ...ring.slice(at)];
}

/** The ring read clockwise starting from `startId` (or from the first seat when it is absent). */
export function ringFrom(ring: readonly string[], startId: string | null): string[] {
	const at = startId === null ? -1 : ring.indexOf(startId);
	if (at <= 0) return [...ring];
	return [...ring.slice(at), ...ring.slice(0, at)];
}

/** True when `order` holds exactly the seats of `ring`, each once. */
export function isPermutationOf(order: readonly string[], ring: readonly string[]): boolean {
	if (order.length !== ring.length) return false;
	const seen = new Set(order);
	return seen.size === ring.length && ring.every((id) => seen.has(id));
}
