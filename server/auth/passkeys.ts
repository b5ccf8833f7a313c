// WebAuthn ceremonies through @simplewebauthn/server: discoverable credentials, user verification required,
// attestation 'none'. The relying party (origin and RP id) comes from PUBLIC_URL, or from the request on localhost.
import {
	generateAuthenticationOptions,
	generateRegistrationOptions,
	verifyAuthenticationResponse,
	verifyRegistrationResponse,
	type AuthenticationResponseJSON,
	type PublicKeyCredentialCreationOptionsJSON,
	type PublicKeyCredentialRequestOptionsJSON,
	type RegistrationResponseJSON
} from '@simplewebauthn/server';
import type { Passkey } from '../store/passkeys';
import { refused, stored, type StoreResult } from '../store/store-result';

/** How long a person has to finish a ceremony; the stored challenge dies at the same moment. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
export const RP_NAME = 'Circlekeeper';

export interface RelyingParty {
	origin: string;
	rpId: string;
}

/** A registered credential as the store keeps it. */
export type NewCredential = Pick<Passkey, 'id' | 'publicKey' | 'counter' | 'transports'>;

export type CeremonyFailure = 'passkey_rejected' | 'passkey_counter_went_back';

/**
 * Where passkeys are bound. Behind a proxy the request's own address cannot be trusted for this, so anything but
 * localhost needs PUBLIC_URL; an IP address can never be an RP id.
 */
export function relyingParty(publicUrl: string, request: { protocol: string; host: string; hostname: string }): StoreResult<RelyingParty, 'passkeys_unavailable'> {
	if (publicUrl !== '') {
		const url = new URL(publicUrl);
		return stored({ origin: url.origin, rpId: url.hostname });
	}
	if (request.hostname === 'localhost' || request.hostname.endsWith('.localhost')) {
		return stored({ origin: `${request.protocol}://${request.host}`, rpId: request.hostname });
	}
	return refused('passkeys_unavailable', 'Passkeys are not set up on this server yet: an administrator must set PUBLIC_URL (see docs/operations.md). Use your password for now.');
}

export function registrationOptions(rp: RelyingParty, user: { id: string; email: string }, existing: readonly { id: string; transports: string[] }[]): Promise<PublicKeyCredentialCreationOptionsJSON> {
	return generateRegistrationOptions({
		rpName: RP_NAME,
		rpID: rp.rpId,
		userName: user.email,
		userID: new TextEncoder().encode(user.id),
		timeout: CHALLENGE_TTL_MS,
		attestationType: 'none',
		excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
		// Resident keys let the sign-in page ask for "a passkey for this site" without an email first.
		authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' }
	});
}

export async function verifyRegistration(rp: RelyingParty, response: RegistrationResponseJSON, expectedChallenge: string): Promise<StoreResult<NewCredential, CeremonyFailure>> {
	try {
		const result = await verifyRegistrationResponse({ response, expectedChallenge, expectedOrigin: rp.origin, expectedRPID: rp.rpId, requireUserVerification: true });
		if (!result.verified) return rejected();
		const { credential } = result.registrationInfo;
		return stored({ id: credential.id, publicKey: credential.publicKey, counter: credential.counter, transports: response.response.transports ?? [] });
	} catch {
		return rejected();
	}
}

export function authenticationOptions(rp: RelyingParty): Promise<PublicKeyCredentialRequestOptionsJSON> {
	return generateAuthenticationOptions({ rpID: rp.rpId, userVerification: 'required', allowCredentials: [], timeout: CHALLENGE_TTL_MS });
}

/**
 * Checks a sign-in against the stored passkey; returns the new signature counter. A counter that did not move
 * forward means the key may have been copied (the spec's advice): refused, with a message saying what to do.
 */
export async function verifyAuthentication(rp: RelyingParty, response: AuthenticationResponseJSON, expectedChallenge: string, passkey: Passkey): Promise<StoreResult<number, CeremonyFailure>> {
	try {
		const result = await verifyAuthenticationResponse({
			response,
			expectedChallenge,
			expectedOrigin: rp.origin,
			expectedRPID: rp.rpId,
			requireUserVerification: true,
			credential: { id: passkey.id, publicKey: passkey.publicKey, counter: passkey.counter, transports: passkey.transports }
		});
		return result.verified ? stored(result.authenticationInfo.newCounter) : rejected();
	} catch (error) {
		if (error instanceof Error && error.message.startsWith('Response counter value')) return counterWentBack();
		return rejected();
	}
}

export function counterWentBack() {
	return refused(
		'passkey_counter_went_back',
		'This passkey reported an older use count than before, which can mean it was copied. It was not accepted: sign in another way, remove it on your account page and add a new one, or ask an admin for a recovery link.'
	);
}

function rejected() {
	return refused('passkey_rejected', 'That passkey could not be checked. Try again, or sign in another way.');
}
