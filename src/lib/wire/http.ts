// Request bodies of the HTTP API, shared by the server (validation) and the pages (types).
// Failures come back as `{ error: { code, message } }` with a message a person can act on.
import * as v from 'valibot';
import { SeatProfileSchema } from '../protocol/seats';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const email = v.pipe(v.string('must be text'), v.trim(), v.maxLength(254), v.email('must be an email address'));

export const SetupBodySchema = v.strictObject({
	email,
	password: v.pipe(v.string(), v.minLength(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`), v.maxLength(MAX_PASSWORD_LENGTH))
});

export const LoginBodySchema = v.strictObject({
	email: v.pipe(v.string(), v.maxLength(254)),
	password: v.pipe(v.string(), v.maxLength(MAX_PASSWORD_LENGTH))
});

export const CreateCircleBodySchema = v.strictObject({
	/** A template id, or a whole plan (checked with the protocol's plan schema). */
	templateId: v.optional(v.string()),
	plan: v.optional(v.unknown()),
	keeperName: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40)), 'Keeper'),
	/** Let people straight in, or have the keeper admit each one. @default true */
	admitAll: v.optional(v.boolean(), true),
	/** The program the circle's harvest is filed under (GET /api/programs lists them). */
	programId: v.optional(v.pipe(v.string(), v.maxLength(64)))
});

export const CoKeeperBodySchema = v.strictObject({ email: v.nullable(email) });

const joinCode = v.pipe(v.string('must be text'), v.maxLength(20, 'must be at most 20 characters'));
const qrToken = v.pipe(v.string('must be text'), v.maxLength(128, 'must be at most 128 characters'));

/** A JSON object whose issues name the field: an unknown field is named as such, not "expected never". */
const body = <E extends v.ObjectEntries>(entries: E) =>
	v.strictObject(entries, (issue) => {
		if (issue.expected === 'never') return 'is not a field of this request';
		return issue.received === 'undefined' && issue.path?.length ? 'is required' : 'the body must be a JSON object';
	});

/** Either the typed code or the QR token opens the door (an object, not a union, so issues name the field). */
const oneDoor = <T extends { code?: string; qrToken?: string }>() =>
	v.check<T, string>((b) => (b.code === undefined) !== (b.qrToken === undefined), 'send either "code" or "qrToken", not both');

export const JoinCheckBodySchema = v.pipe(body({ code: v.optional(joinCode), qrToken: v.optional(qrToken) }), oneDoor());

export const JoinBodySchema = v.pipe(
	body({
		code: v.optional(joinCode),
		qrToken: v.optional(qrToken),
		profile: SeatProfileSchema,
		acceptedAgreements: v.literal(true, 'the agreements must be accepted to take a seat')
	}),
	oneDoor()
);

export const ScreenJoiningBodySchema = v.strictObject({ token: v.pipe(v.string(), v.maxLength(128)) });

/** The screen's lobby: how people in the room join. */
export interface ScreenJoining {
	joinCode: string;
	joinPath: string;
}

export interface JoinedCircle {
	circleId: string;
	seatId: string;
	/** Kept on the device: it brings this phone back to the same seat. */
	token: string;
}

export interface CreatedCircle {
	id: string;
	joinCode: string;
	joinPath: string;
	screenPath: string;
}

export interface ApiError {
	error: { code: string; message: string; issues?: string[] };
}
