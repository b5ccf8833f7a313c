// The rejoin token lives on this device, one entry per circle: a reload or a return after sleep lands in the same seat.
import type { JoinedCircle } from '$lib/wire/http';

const key = (circleId: string) => `circlekeeper:seat:${circleId}`;

/** A seat as kept on the device, with the display choices made when joining (the view does not carry them). */
export interface StoredSeat extends JoinedCircle {
	largeText?: boolean;
	/** Opens the typed share on this phone's turns. */
	prefersToType?: boolean;
}

export function saveSeat(seat: StoredSeat): void {
	localStorage.setItem(key(seat.circleId), JSON.stringify(seat));
}

export function loadSeat(circleId: string): StoredSeat | null {
	try {
		const raw = localStorage.getItem(key(circleId));
		const seat = raw ? (JSON.parse(raw) as StoredSeat) : null;
		return seat && typeof seat.token === 'string' && seat.circleId === circleId ? seat : null;
	} catch {
		return null;
	}
}

export function forgetSeat(circleId: string): void {
	localStorage.removeItem(key(circleId));
}
