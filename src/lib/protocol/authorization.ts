// Which kind of sender each command belongs to, and why a command that the machine refused was refused.
// The machine's guards enforce the rules; this turns a refusal into a typed reason a person can act on.
import type { Actor, CircleEvent, CommandType, SystemEvent } from './commands';
import type { CircleContext } from './circle-context';
import { protocolError, type ProtocolError } from './errors';
import { storageRefusal } from './limits';

export const KEEPER_COMMANDS: readonly CommandType[] = [
	'OPEN', 'START', 'ADVANCE', 'CLOSE', 'PAUSE', 'RESUME', 'GIVE_PIECE', 'SKIP', 'WAIT', 'REORDER', 'EXTEND',
	'SET_TIMERS', 'END_ROUND', 'ADMIT', 'SET_ADMIT_ALL', 'SET_LOCKED', 'SET_SHUTTER', 'REMOVE_SEAT', 'REMOVE_SEATS', 'ACK_CARE', 'RECORD_AGREEMENT', 'REMOVE_AGREEMENT', 'ADD_NOTE', 'REMOVE_NOTE',
	'ADD_NAME_TO_REDACT'
];

/** Commands the holder sends; a keeper may send them for the holder (someone without a phone). */
export const HOLDER_COMMANDS: readonly CommandType[] = ['DONE', 'PASS'];

/** Commands any seated person sends about themselves. */
export const SEAT_COMMANDS: readonly CommandType[] = ['SHARE_TEXT', 'REQUEST_PIECE', 'WITHDRAW_REQUEST', 'CARE_SIGNAL', 'SET_LANGUAGE', 'LEAVE', 'REFLECT'];

/** Anonymous feedback comes from participants only: keepers are not rating their own circle. */
export const PARTICIPANT_COMMANDS: readonly CommandType[] = ['TRUST_BEFORE', 'FEEDBACK'];

export const SYSTEM_EVENTS: readonly SystemEvent['type'][] = ['JOIN', 'SEAT_DROPPED', 'SEAT_RECONNECTED', 'SEAT_RELEASED', 'TIMER_EXPIRED', 'IDLE_CLOSE'];

/** Commands that move the piece or its time: while the circle is paused they wait for RESUME. */
const HELD_BY_PAUSE: readonly CommandType[] = ['DONE', 'PASS', 'SHARE_TEXT', 'REQUEST_PIECE', 'GIVE_PIECE', 'SKIP', 'WAIT', 'EXTEND', 'END_ROUND', 'ADVANCE', 'SET_TIMERS'];

function isKeeper(actor: Actor): boolean {
	return actor.role === 'keeper' || actor.role === 'co-keeper';
}

const NOT_NOW: Partial<Record<CircleEvent['type'], string>> = {
	OPEN: 'The circle is already open.',
	START: 'The circle can start from the lobby once someone has a seat.',
	ADVANCE: 'There is no next phase to move to.',
	PAUSE: 'Only a live, running circle can be paused.',
	RESUME: 'The circle is not paused.',
	DONE: 'There is no turn to end right now.',
	PASS: 'There is no turn to pass right now.',
	SHARE_TEXT: 'You can share in writing while you hold the piece.',
	REQUEST_PIECE: 'The piece can be asked for in a popcorn round, once, when you do not hold it.',
	WITHDRAW_REQUEST: 'You have not asked for the piece.',
	GIVE_PIECE: 'The piece can be given to a seat in the ring during a talking-piece round.',
	SKIP: 'That seat is not holding or waiting for the piece.',
	WAIT: 'Nobody is waiting for a keeper decision.',
	REORDER: 'Seats can be reordered between turns, with every seat listed once.',
	EXTEND: 'There is no running timer to extend.',
	END_ROUND: 'There is no round to end.',
	ADMIT: 'That person is not waiting to be admitted.',
	CARE_SIGNAL: 'The keepers already have your request for a pause.',
	ACK_CARE: 'That request is no longer open.',
	REMOVE_AGREEMENT: 'There is no agreement at that position.',
	REMOVE_NOTE: 'There is no such note.',
	ADD_NAME_TO_REDACT: 'The list of names to redact is full.',
	TRUST_BEFORE: 'You have already answered these questions.',
	FEEDBACK: 'You have already given feedback. Thank you.',
	JOIN: 'That seat cannot be taken.',
	REMOVE_SEATS: 'Every seat listed must be in the circle, and the keeper’s own seat stays.',
	SEAT_RELEASED: 'That seat has a device connected.',
	TIMER_EXPIRED: 'No timer is due.'
};

/** Explains why `event` was refused, given that the machine's guards did refuse it. */
export function explainRejection(ctx: CircleContext, event: CircleEvent, closed: boolean): ProtocolError {
	const { actor, type } = event;
	if (closed) return protocolError('circle_closed', 'This circle has ended.');
	if ((SYSTEM_EVENTS as readonly string[]).includes(type)) {
		if (actor.role !== 'system') return protocolError('not_authorized', 'Only the server sends this event.');
		if (type === 'JOIN' && ctx.locked) return protocolError('circle_locked', 'The keeper has closed the circle to new arrivals.');
		if ((type === 'SEAT_DROPPED' || type === 'SEAT_RECONNECTED' || type === 'SEAT_RELEASED') && ctx.seats[event.seatId] === undefined) {
			return protocolError('unknown_seat', 'That seat is not in this circle.');
		}
		return protocolError('not_allowed_now', NOT_NOW[type] ?? 'Not now.');
	}
	if (actor.role === 'screen') return protocolError('not_authorized', 'A room screen only shows the circle.');
	if (actor.role === 'system') return protocolError('not_authorized', 'Commands come from people in the circle, not from the server.');
	if (ctx.seats[actor.seatId] === undefined && !isKeeper(actor)) return protocolError('unknown_seat', 'Your seat is no longer in this circle. Join again with the code.');
	const cmd = type as CommandType;
	if (KEEPER_COMMANDS.includes(cmd) && !isKeeper(actor)) return protocolError('not_authorized', 'Only a keeper can do that.');
	if (PARTICIPANT_COMMANDS.includes(cmd) && actor.role !== 'participant') return protocolError('not_authorized', 'Feedback comes from participants.');
	if (HOLDER_COMMANDS.includes(cmd) && !isKeeper(actor) && ctx.phase?.piece?.turn?.seatId !== actor.seatId) {
		return protocolError('not_holder', 'Only the person holding the piece can do that.');
	}
	if ('seatId' in event && typeof event.seatId === 'string' && ctx.seats[event.seatId] === undefined) {
		return protocolError('unknown_seat', 'That seat is not in this circle.');
	}
	if (ctx.seats[actor.seatId] === undefined && SEAT_COMMANDS.includes(cmd)) {
		return protocolError('unknown_seat', 'You need a seat in the ring for that.');
	}
	if (ctx.pausedAt !== null && HELD_BY_PAUSE.includes(cmd)) {
		return protocolError('circle_paused', 'The circle is paused. When the keeper resumes it, the same turn continues with its time kept.');
	}
	const limit =
		type === 'REFLECT' ? storageRefusal(ctx, 'reflection', event.text ?? '', actor.seatId)
		: type === 'ADD_NOTE' ? storageRefusal(ctx, 'note', event.text ?? '', null)
		: type === 'RECORD_AGREEMENT' ? storageRefusal(ctx, 'agreement', event.text ?? '', null)
		: null;
	if (limit) return limit;
	return protocolError('not_allowed_now', NOT_NOW[type] ?? 'That cannot be done right now.');
}
