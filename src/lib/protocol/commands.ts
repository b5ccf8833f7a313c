// Every command a person can send to a circle, one schema each, and the events the host adds.
// The wire carries only the command; the server stamps who sent it (`actor`) and when (`at`).
import * as v from 'valibot';
import { visibleText } from './free-text';
import { HarvestCommandSchemas } from './harvest-inputs';
import { LANGUAGE_TAGS } from './languages';
import { MAX_TEXT_LENGTH } from './plan';
import { MAX_SEATS, NameSchema, SeatIdSchema, SeatProfileSchema, SEAT_ROLES } from './seats';

export const MAX_EXTEND_MS = 30 * 60_000;
export const MAX_SHARE_LENGTH = 2000;

const command = <T extends string>(type: T) => v.strictObject({ type: v.literal(type) });
const withFields = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
	v.strictObject({ type: v.literal(type), ...entries });

const note = v.pipe(v.string('must be text'), visibleText(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`));

/** Commands sent by people over the wire, validated before anything else looks at them. */
export const CommandSchemas = {
	// lifecycle (keepers)
	OPEN: command('OPEN'),
	START: command('START'),
	ADVANCE: command('ADVANCE'),
	CLOSE: command('CLOSE'),
	PAUSE: command('PAUSE'),
	RESUME: command('RESUME'),
	// the talking piece (holder, or a keeper acting for them)
	DONE: withFields('DONE', { response: v.optional(v.picklist(['affirm', 'suggest'], 'must be "affirm" or "suggest"')) }),
	PASS: command('PASS'),
	SHARE_TEXT: withFields('SHARE_TEXT', { text: v.pipe(v.string('must be text'), visibleText(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_SHARE_LENGTH, `must be at most ${MAX_SHARE_LENGTH} characters`)) }),
	// popcorn rounds (any seat)
	REQUEST_PIECE: command('REQUEST_PIECE'),
	WITHDRAW_REQUEST: command('WITHDRAW_REQUEST'),
	// keeper controls
	GIVE_PIECE: withFields('GIVE_PIECE', { seatId: SeatIdSchema }),
	SKIP: withFields('SKIP', { seatId: SeatIdSchema }),
	WAIT: command('WAIT'),
	REORDER: withFields('REORDER', { order: v.pipe(v.array(SeatIdSchema, 'must be a list of seat ids'), v.maxLength(MAX_SEATS, `must have at most ${MAX_SEATS} seats`)) }),
	EXTEND: withFields('EXTEND', {
		target: v.picklist(['turn', 'phase'], 'must be "turn" or "phase"'),
		ms: v.pipe(v.number('must be a number'), v.integer('must be whole milliseconds'), v.minValue(1_000, 'must be at least 1 second'), v.maxValue(MAX_EXTEND_MS, 'must be at most 30 minutes'))
	}),
	SET_TIMERS: withFields('SET_TIMERS', { on: v.boolean('must be true or false') }),
	END_ROUND: command('END_ROUND'),
	ADMIT: withFields('ADMIT', { seatId: SeatIdSchema }),
	SET_ADMIT_ALL: withFields('SET_ADMIT_ALL', { on: v.boolean('must be true or false') }),
	SET_LOCKED: withFields('SET_LOCKED', { locked: v.boolean('must be true or false') }),
	/** The room screen's privacy shutter: closed, the screen shows nothing of the circle. */
	SET_SHUTTER: withFields('SET_SHUTTER', { closed: v.boolean('must be true or false') }),
	REMOVE_SEAT: withFields('REMOVE_SEAT', { seatId: SeatIdSchema }),
	/** Several seats at once, e.g. everyone who joined but never connected. The keeper's own seat stays. */
	REMOVE_SEATS: withFields('REMOVE_SEATS', {
		seatIds: v.pipe(v.array(SeatIdSchema, 'must be a list of seat ids'), v.minLength(1, 'must name at least one seat'), v.maxLength(MAX_SEATS, `must have at most ${MAX_SEATS} seats`))
	}),
	ACK_CARE: withFields('ACK_CARE', { signalId: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
	RECORD_AGREEMENT: withFields('RECORD_AGREEMENT', { text: note }),
	REMOVE_AGREEMENT: withFields('REMOVE_AGREEMENT', { index: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
	/** A name for the harvest to redact that nobody typed at a seat (someone spoken of); it stays in the sealed state until close. */
	ADD_NAME_TO_REDACT: withFields('ADD_NAME_TO_REDACT', { name: NameSchema }),
	// any seat, about themselves
	CARE_SIGNAL: command('CARE_SIGNAL'),
	SET_LANGUAGE: withFields('SET_LANGUAGE', { language: v.picklist(LANGUAGE_TAGS, 'must be a supported language') }),
	LEAVE: command('LEAVE'),
	// for the harvest: keepers' notes, everyone's reflections, participants' anonymous feedback
	...HarvestCommandSchemas
} as const;

export const CommandSchema = v.variant('type', Object.values(CommandSchemas), 'must be a known command');
export type Command = v.InferOutput<typeof CommandSchema>;
export type CommandType = Command['type'];
export const COMMAND_TYPES = Object.keys(CommandSchemas) as CommandType[];

/** Events only the host produces: a seat taken after a checked join, presence, and the clock. */
export const SystemEventSchemas = {
	/** `presence: 'joining'` for a seat taken over HTTP: it counts as present only once a device connects. */
	JOIN: withFields('JOIN', { seatId: SeatIdSchema, role: v.picklist(SEAT_ROLES), profile: SeatProfileSchema, presence: v.optional(v.picklist(['joining', 'connected'])) }),
	SEAT_DROPPED: withFields('SEAT_DROPPED', { seatId: SeatIdSchema }),
	/** A seat whose device never connected, given up after a while so it does not wait in the ring. */
	SEAT_RELEASED: withFields('SEAT_RELEASED', { seatId: SeatIdSchema }),
	SEAT_RECONNECTED: withFields('SEAT_RECONNECTED', { seatId: SeatIdSchema }),
	TIMER_EXPIRED: command('TIMER_EXPIRED'),
	/** Nobody touched the circle for the idle limit: the server closes it. */
	IDLE_CLOSE: command('IDLE_CLOSE')
} as const;
export const SystemEventSchema = v.variant('type', Object.values(SystemEventSchemas));
export type SystemEvent = v.InferOutput<typeof SystemEventSchema>;

/** Who sent an event. The server derives it from the connection, never from the payload. */
export type Actor =
	| { role: 'keeper' | 'co-keeper' | 'participant'; seatId: string }
	| { role: 'screen' }
	| { role: 'system' };

export type ActorRole = Actor['role'];

export type CircleEvent = (Command | SystemEvent) & { actor: Actor; at: number };
export type EventOf<T extends CircleEvent['type']> = Extract<CircleEvent, { type: T }>;


/** Validates an untrusted wire command; issues name the field and what is wrong. */
export function parseCommand(input: unknown): { ok: true; command: Command } | { ok: false; issues: string[] } {
	const result = v.safeParse(CommandSchema, input);
	if (result.success) return { ok: true, command: result.output };
	return {
		ok: false,
		issues: result.issues.map((i) => {
			const path = v.getDotPath(i);
			return path ? `${path}: ${i.message}` : i.message;
		})
	};
}
