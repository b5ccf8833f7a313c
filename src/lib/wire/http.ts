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

const joinCode = v.pipe(v.string(), v.maxLength(20));
const qrToken = v.pipe(v.string(), v.maxLength(128));

/** Either the typed code or the QR token opens the door. */
export const JoinCheckBodySchema = v.union([v.strictObject({ code: joinCode }), v.strictObject({ qrToken })]);

export const JoinBodySchema = v.union([
	v.strictObject({ code: joinCode, profile: SeatProfileSchema, acceptedAgreements: v.literal(true, 'the agreements must be accepted to take a seat') }),
	v.strictObject({ qrToken, profile: SeatProfileSchema, acceptedAgreements: v.literal(true, 'the agreements must be accepted to take a seat') })
]);

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
