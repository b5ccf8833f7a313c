// What a participant's phone says aloud when the piece moves: one short sentence per turn change, read politely
// by screen readers from a single `role="status"` region. The screen never learns who passed, and neither does this.
import { m } from '$lib/i18n/messages';
import type { ParticipantView } from '$lib/protocol/views';

/** The sentence for the piece's current place, or '' when nothing is moving (lobby, closed, between phases). */
export function turnAnnouncement(view: ParticipantView | null): string {
	if (!view || view.status !== 'live' || !view.you) return '';
	if (view.paused) return m.circle_paused();
	const piece = view.piece;
	if (!piece) return '';
	const { you } = view;
	if (you.holding) return m.turn_yours();
	if (you.next) return piece.stage === 'turn' && piece.holderName ? m.turn_next_after({ name: piece.holderName }) : m.turn_next();
	return pieceWhere(view);
}

/** Where the piece is, as a listener sees it. */
export function pieceWhere(view: ParticipantView): string {
	const piece = view.piece;
	if (!piece) return '';
	switch (piece.stage) {
		case 'offered-again':
			return m.piece_offered_again();
		case 'centre':
			return m.piece_centre();
		case 'keeper':
			return m.piece_with_keeper();
		case 'turn':
			return piece.holderName ? m.piece_holds({ name: piece.holderName }) : '';
	}
}
