// The Socket.io wire format shared by server and pages: handshake auth, events, payloads and acks.
// One valibot schema per client message validates it on the server and types it everywhere.
import * as v from 'valibot';
import { CommandSchema } from '../protocol/commands';
import type { CircleView } from '../protocol/views';
import type { ProtocolError } from '../protocol/errors';
import { LANGUAGE_TAGS } from '../protocol/languages';

/** Socket.io closes a connection whose frame is larger than this (`maxHttpBufferSize`). */
export const MAX_FRAME_BYTES = 16 * 1024;

const token = v.pipe(v.string(), v.minLength(16), v.maxLength(128), v.regex(/^[A-Za-z0-9_-]+$/));

/** How a socket says who it is: a participant's rejoin token, a screen token, or a keeper's session cookie plus circle id. */
export const HandshakeAuthSchema = v.union([
	v.strictObject({ kind: v.literal('participant'), token }),
	v.strictObject({ kind: v.literal('screen'), token, languages: v.optional(v.pipe(v.array(v.picklist(LANGUAGE_TAGS)), v.maxLength(2)), ['en']) }),
	v.strictObject({ kind: v.literal('keeper'), circleId: v.pipe(v.string(), v.uuid()) })
]);
export type HandshakeAuth = v.InferOutput<typeof HandshakeAuthSchema>;

/** A command with the client's id for it: a retry with the same id is acknowledged again, never applied twice. */
export const CommandMessageSchema = v.strictObject({
	commandId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'commandId must be 1–64 letters, digits, - or _')),
	command: CommandSchema
});
export type CommandMessage = v.InferOutput<typeof CommandMessageSchema>;

/** A reconnecting client asks for its view again, saying the last version it has (-1 for none). */
export const SyncMessageSchema = v.strictObject({ lastVersion: v.pipe(v.number(), v.integer(), v.minValue(-1)) });
export type SyncMessage = v.InferOutput<typeof SyncMessageSchema>;

/**
 * An accepted command is acknowledged with the version of the sender's own view that includes it, never
 * the circle's global seq: a seq would count events the sender may not know about (care signals, reflections).
 */
export type Ack = { ok: true; version: number } | { ok: false; error: ProtocolError };

export interface ViewMessage {
	view: CircleView;
	/**
	 * This audience's view version (see view-versions.ts). It may start again at 1 when a connection opens
	 * (after a server restart, or when no device of this audience was connected), so a client compares
	 * versions only within one connection.
	 */
	version: number;
	/** The server's clock when this was sent, for the client's clock offset. */
	serverNow: number;
}

export interface ClientToServerEvents {
	command: (message: CommandMessage, ack: (result: Ack) => void) => void;
	sync: (message: SyncMessage, ack: (result: ViewMessage | { ok: false; error: ProtocolError }) => void) => void;
}

export interface ServerToClientEvents {
	view: (message: ViewMessage) => void;
	/** The server is restarting: reconnect, nothing is lost. */
	shutdown: () => void;
	/** A message that could not be answered through an ack (it had none, or was an unknown event) was not applied. */
	refused: (message: { event: string; error: ProtocolError }) => void;
}
