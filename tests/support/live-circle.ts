// A running circle on a server under test, for the fault suite: a keeper and participants on real sockets,
// opened and started, plus a command sender that waits long enough for a store that is failing on purpose.
import type { KeeperView } from '../../src/lib/protocol';
import type { Ack } from '../../src/lib/wire/socket';
import type { CreatedCircle } from '../../src/lib/wire/http';
import { Client, createCircle, joinCircle, signInFirstKeeper } from './server';

/** A command's ack may wait out a whole lock wait or outage before it answers. */
export const FAULT_ACK_TIMEOUT_MS = 20_000;

/** A plan whose turn never runs out during a test, unless a test asks for a short hard limit. */
export function roundPlan(timing: Record<string, unknown> = { turnMs: 600_000 }) {
	return {
		version: 1,
		title: { en: 'Faults' },
		phases: [{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you?' }, timing }]
	};
}

export interface LiveCircle {
	cookie: string;
	circle: CreatedCircle;
	keeper: Client;
	participants: { seatId: string; token: string; client: Client }[];
	/** Every client opened, for closing after the test. */
	clients: Client[];
}

/**
 * Creates and starts a circle with `names` seated and connected. Signs the keeper in (or up) unless given the
 * `cookie` of an earlier circle: a sign-in hashes a password, which is slow on purpose.
 */
export async function startLiveCircle(server: { url: string }, names: string[], plan: unknown = roundPlan(), cookie?: string): Promise<LiveCircle> {
	cookie ??= await signInFirstKeeper(server);
	const circle = await createCircle(server, cookie, { plan });
	const keeper = Client.keeper(server, circle.id, cookie);
	const clients = [keeper];
	await keeper.connected();
	await must(keeper, { type: 'OPEN' });
	const participants = [];
	for (const name of names) {
		const joined = await joinCircle(server, circle.joinCode, name);
		const client = Client.participant(server, joined.token);
		clients.push(client);
		await client.connected();
		participants.push({ ...joined, client });
	}
	await must(keeper, { type: 'START' });
	return { cookie, circle, keeper, participants, clients };
}

/** Sends a command and waits up to FAULT_ACK_TIMEOUT_MS for its ack. */
export function send(client: Client, command: Record<string, unknown>, commandId: string): Promise<Ack> {
	return client.socket.timeout(FAULT_ACK_TIMEOUT_MS).emitWithAck('command', { commandId, command } as never);
}

/** Sends a command that must be accepted; resolves to the sender's view version the ack names. */
export async function must(client: Client, command: Record<string, unknown>, commandId = `m-${Math.random().toString(36).slice(2, 10)}`): Promise<number> {
	const ack = await send(client, command, commandId);
	if (!ack.ok) throw new Error(`${String(command.type)} refused: ${ack.error.code} ${ack.error.message}`);
	return ack.version;
}

/** The keeper's view of one seat's presence. */
export function presenceOf(view: unknown, seatId: string): string | undefined {
	return (view as KeeperView).seats.find((s) => s.seatId === seatId)?.presence;
}

/** Milliseconds a GET takes to answer, with its status. */
export async function timedGet(url: string): Promise<{ status: number; ms: number }> {
	const start = performance.now();
	const response = await fetch(url);
	await response.arrayBuffer();
	return { status: response.status, ms: performance.now() - start };
}
