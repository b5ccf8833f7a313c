// The join and screen links of a circle, kept for this browser tab after they are made:
// making new ones turns the old QR and screen links off, so the console shows these when it can.
import type { CreatedCircle } from '$lib/wire/http';

const key = (circleId: string) => `circlekeeper:links:${circleId}`;

export function saveLinks(links: CreatedCircle): void {
	sessionStorage.setItem(key(links.id), JSON.stringify(links));
}

export function loadLinks(circleId: string): CreatedCircle | null {
	try {
		const raw = sessionStorage.getItem(key(circleId));
		return raw ? (JSON.parse(raw) as CreatedCircle) : null;
	} catch {
		return null;
	}
}
