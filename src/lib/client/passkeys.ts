// Passkey ceremonies from the pages: ask the server for options, let the browser and authenticator answer
// (@simplewebauthn/browser), send the answer back. Failures come back as the API's values, cancelling included.
import { browserSupportsWebAuthn, startAuthentication, startRegistration, type PublicKeyCredentialCreationOptionsJSON, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { api, type ApiResult } from './api';

type Failure = Extract<ApiResult<never>, { ok: false }>;

function failure(code: string, message: string): Failure {
	return { ok: false, status: 0, error: { code, message } };
}

/** What the browser throws when the person closes the prompt or it times out, as a value. */
function ceremonyFailure(error: unknown): Failure {
	const name = error instanceof Error ? error.name : '';
	if (name === 'NotAllowedError' || name === 'AbortError') return failure('passkey_cancelled', 'The passkey prompt was closed or timed out. Try again.');
	if (name === 'InvalidStateError') return failure('passkey_exists', 'This device already holds a passkey for this account.');
	return failure('passkey_failed', 'This browser could not use a passkey. Try again, or use your password.');
}

function unsupported(): Failure | undefined {
	return browserSupportsWebAuthn() ? undefined : failure('passkey_unsupported', 'This browser cannot use passkeys. Use your password, or another browser.');
}

/**
 * Registers a new passkey: options from `optionsPath` (the server's answer is the options, or `{ options }`), the
 * authenticator makes the key, and `finishPath` gets `{ ...extra, response }`.
 */
export async function registerPasskey<T>(optionsPath: string, optionsBody: unknown, finishPath: string, extra: Record<string, unknown> = {}): Promise<ApiResult<T>> {
	const blocked = unsupported();
	if (blocked) return blocked;
	const options = await api<PublicKeyCredentialCreationOptionsJSON | { options: PublicKeyCredentialCreationOptionsJSON }>(optionsPath, optionsBody);
	if (!options.ok) return options;
	const optionsJSON = 'options' in options.data ? options.data.options : options.data;
	let response;
	try {
		response = await startRegistration({ optionsJSON });
	} catch (error) {
		return ceremonyFailure(error);
	}
	return api<T>(finishPath, { ...extra, response });
}

/** Signs in with whichever passkey for this site the person picks; no email needed. */
export async function signInWithPasskey<T>(): Promise<ApiResult<T>> {
	const blocked = unsupported();
	if (blocked) return blocked;
	const options = await api<PublicKeyCredentialRequestOptionsJSON>('/api/login/passkey/options', {});
	if (!options.ok) return options;
	let response;
	try {
		response = await startAuthentication({ optionsJSON: options.data });
	} catch (error) {
		return ceremonyFailure(error);
	}
	return api<T>('/api/login/passkey', { response });
}
