// Failures from the API or a command's ack, in the reader's language: known codes have a message here;
// anything else falls back to the server's own (English) sentence, which still says what to do.
import { m } from './messages';

const BY_CODE: Record<string, () => string> = {
	network: () => m.error_network(),
	rate_limited: () => m.error_rate_limited(),
	join_failed: () => m.error_join_failed(),
	circle_locked: () => m.error_locked(),
	circle_closed: () => m.error_closed(),
	not_allowed_now: () => m.error_not_now(),
	login_failed: () => m.error_login_failed(),
	passkey_cancelled: () => m.error_passkey_cancelled(),
	passkey_unsupported: () => m.error_passkey_unsupported(),
	passkey_required: () => m.error_passkey_required(),
	invite_needs_passkey: () => m.error_invite_needs_passkey(),
	add_passkey_first: () => m.error_add_passkey_first(),
	last_sign_in: () => m.error_last_sign_in(),
	challenge_invalid: () => m.error_challenge_invalid(),
	passkey_unknown: () => m.error_passkey_unknown(),
	passkey_rejected: () => m.error_passkey_rejected(),
	passkey_counter_went_back: () => m.error_passkey_counter(),
	internal: () => m.error_generic()
};

export function errorText(error: { code: string; message: string }): string {
	return BY_CODE[error.code]?.() ?? error.message;
}
