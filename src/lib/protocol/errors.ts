// The one list of error codes a command can be rejected with, and the shape of a rejection.
// Messages are for people: they say what happened and, where possible, what to do.

export const ERROR_CODES = [
	'invalid_command',
	'not_authorized',
	'not_holder',
	'not_allowed_now',
	'unknown_seat',
	'circle_locked',
	'circle_closed',
	'rate_limited',
	'limit_reached',
	'circle_paused',
	'ack_required',
	'not_found',
	'internal'
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ProtocolError {
	code: ErrorCode;
	message: string;
}

export function protocolError(code: ErrorCode, message: string): ProtocolError {
	return { code, message };
}
