// Tells whoever listens that sign-in sessions ended (sign-out, "sign out elsewhere", a removed passkey, a recovery),
// so open keeper sockets of those sessions can be closed. Ids are the sessions' token hashes, as stored.
import type { TokenHash } from './tokens';

export type SessionsEndedListener = (sessionIds: readonly TokenHash[]) => void;

export class SessionEndings {
	readonly #listeners = new Set<SessionsEndedListener>();

	/** Returns the function that unsubscribes. */
	subscribe(listener: SessionsEndedListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	announce(sessionIds: readonly TokenHash[]): void {
		if (sessionIds.length === 0) return;
		for (const listener of this.#listeners) listener(sessionIds);
	}
}
