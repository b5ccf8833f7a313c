// The bare baseline's tiny wire format, shared by bench/serve-bare.ts and the bots in bench/load.ts.
// One room per circle and a ~1 KB message per command: Socket.io's own cost with no protocol and no database.

/** Size of the filler in each bare broadcast, close to one Circlekeeper view. */
export const BARE_BODY_BYTES = 1024;

export interface BareAuth {
	circle: string;
}

export interface BareView {
	seq: number;
	body: string;
	serverNow: number;
}

export type BareAck = { ok: true; seq: number } | { ok: false; error: { code: string; message: string } };
