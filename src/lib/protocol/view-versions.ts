// Each audience's view carries its own version, which counts only the changes that audience can see.
// A private event elsewhere in the circle leaves every other view — version included — exactly as it was.
import type { Circle } from './circle';
import { viewFor, type Audience, type CircleView } from './views';

export interface VersionedView {
	/** Starts at 1 and grows by one each time this audience's view changes; never the circle's global seq. */
	version: number;
	view: CircleView;
}

/**
 * The audience's view of `circle`, after `previous` (the last one sent to it, or null for the first).
 * `changed` is false when the view is the same as before: then nothing is sent, so nobody learns that
 * something happened which they may not see.
 */
export function nextVersionedView(previous: VersionedView | null, circle: Circle, audience: Audience): { current: VersionedView; changed: boolean } {
	const view = viewFor(circle, audience);
	if (previous !== null && sameView(previous.view, view)) return { current: previous, changed: false };
	return { current: { version: (previous?.version ?? 0) + 1, view }, changed: true };
}

/** Each view's text, kept while the view is: the last view sent is compared again after every command. */
const texts = new WeakMap<CircleView, string>();

function textOf(view: CircleView): string {
	let text = texts.get(view);
	if (text === undefined) texts.set(view, (text = JSON.stringify(view)));
	return text;
}

/** Views are plain JSON built in a fixed key order, so equal views serialise to the same text. */
function sameView(a: CircleView, b: CircleView): boolean {
	return textOf(a) === textOf(b);
}
