// A steady stream of commands from several keepers at once, with every send and every ack recorded, so a fault
// test can check the invariant over the whole history: each acked command is stored exactly once, at its seq.
import type { Ack } from '../../src/lib/wire/socket';
import type { Client } from './server';
import type { StoredEvent } from './stored-events';

/** Under the per-socket (and per-seat) rate limit of 5 per second, with room for the burst. */
const SEND_EVERY_MS = 220;
/** Commands a keeper keeps in flight, so some are always queued in the host when the fault strikes. */
const IN_FLIGHT = 3;
/** A command whose server died answers no ack; it counts as unacknowledged after this. */
const STREAM_ACK_TIMEOUT_MS = 1_500;

export interface SentCommand {
	circleId: string;
	id: string;
	sentAt: number;
	ack?: Ack;
	ackedAt?: number;
}

/** A turn extension: accepted as often as sent while a turn runs, so every send is a new event. */
const EXTEND = { type: 'EXTEND', target: 'turn', ms: 1_000 };

export class CommandStream {
	readonly sent: SentCommand[] = [];
	#running = true;
	#loops: Promise<void>[];
	#onSend: (() => void) | null = null;

	/** Starts streaming from each keeper (one per circle); ids start with `prefix`, unique across rounds. */
	constructor(keepers: { circleId: string; client: Client }[], prefix: string) {
		this.#loops = keepers.map(({ circleId, client }, k) => this.#loop(circleId, client, `${prefix}-${k}`));
	}

	get acked(): SentCommand[] {
		return this.sent.filter((c) => c.ack?.ok === true);
	}

	get unacked(): SentCommand[] {
		return this.sent.filter((c) => c.ack === undefined);
	}

	/** Resolves once `n` commands have been acknowledged. */
	async untilAcked(n: number): Promise<void> {
		while (this.acked.length < n) await new Promise((r) => setTimeout(r, 20));
	}

	/**
	 * Runs `fault` synchronously right after the next command is written to its socket, so the fault lands
	 * while that command is on its way or queued in the server (waiting for an ack would be too late).
	 */
	onNextSend(fault: () => void): void {
		this.#onSend = fault;
	}

	/** Stops sending and waits until every command has an ack or has timed out. */
	async stop(): Promise<void> {
		this.#running = false;
		await Promise.all(this.#loops);
	}

	async #loop(circleId: string, client: Client, prefix: string): Promise<void> {
		const inFlight = new Set<Promise<void>>();
		for (let n = 0; this.#running; n++) {
			const command: SentCommand = { circleId, id: `${prefix}-${n}`, sentAt: performance.now() };
			this.sent.push(command);
			const settled = client.socket
				.timeout(STREAM_ACK_TIMEOUT_MS)
				.emitWithAck('command', { commandId: command.id, command: EXTEND } as never)
				.then(
					(ack: Ack) => {
						command.ack = ack;
						command.ackedAt = performance.now();
					},
					() => undefined
				)
				.finally(() => inFlight.delete(settled));
			inFlight.add(settled);
			const fault = this.#onSend;
			this.#onSend = null;
			fault?.();
			await new Promise((r) => setTimeout(r, SEND_EVERY_MS));
			while (inFlight.size >= IN_FLIGHT && this.#running) await Promise.race(inFlight);
		}
		await Promise.all(inFlight);
	}
}

/**
 * What breaks the invariant, as readable lines (empty when it holds): an acknowledged command missing from
 * the store or stored twice, or two events sharing a seq. (Acks name the sender's view version, not the seq.)
 */
export async function brokenPromises(sent: SentCommand[], events: (circleId: string) => Promise<StoredEvent[]>): Promise<string[]> {
	const problems: string[] = [];
	for (const circleId of new Set(sent.map((c) => c.circleId))) {
		const stored = await events(circleId);
		if (new Set(stored.map((e) => e.seq)).size !== stored.length) problems.push(`${circleId}: two events share a seq`);
		for (const command of sent.filter((c) => c.circleId === circleId && c.ack?.ok)) {
			const matching = stored.filter((e) => e.commandId?.endsWith(`:${command.id}`));
			if (matching.length !== 1) problems.push(`${command.id}: acked but stored ${matching.length} times`);
		}
	}
	return problems;
}
