// Request bodies of the passkey routes (sign-in, setup, invitations, the account page, recovery) and what the
// account page is sent. The browser's WebAuthn responses are checked for shape here and for meaning by the server.
import * as v from 'valibot';

const base64url = (max: number) => v.pipe(v.string('must be text'), v.maxLength(max), v.regex(/^[A-Za-z0-9_-]*$/, 'must be base64url'));
const token = v.pipe(v.string(), v.maxLength(128));
const email = v.pipe(v.string('must be text'), v.trim(), v.maxLength(254), v.email('must be an email address'));

/** The roles an admin can require passkeys for; the same names as the server's account roles. */
export const PASSKEY_POLICY_ROLES = ['admin', 'keeper', 'organizer'] as const;
export const MAX_PASSKEY_NAME_LENGTH = 60;

export const PasskeyNameSchema = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_PASSKEY_NAME_LENGTH, `must be at most ${MAX_PASSKEY_NAME_LENGTH} characters`));

const clientExtensionResults = v.optional(v.record(v.string(), v.unknown()), {});

/** What `startRegistration` in @simplewebauthn/browser returns. */
export const RegistrationResponseSchema = v.object({
	id: base64url(1024),
	rawId: base64url(1024),
	type: v.literal('public-key'),
	authenticatorAttachment: v.optional(v.picklist(['platform', 'cross-platform'])),
	clientExtensionResults,
	response: v.object({
		clientDataJSON: base64url(8192),
		attestationObject: base64url(65536),
		transports: v.optional(v.array(v.picklist(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'])))
	})
});

/** What `startAuthentication` returns. */
export const AuthenticationResponseSchema = v.object({
	id: base64url(1024),
	rawId: base64url(1024),
	type: v.literal('public-key'),
	authenticatorAttachment: v.optional(v.picklist(['platform', 'cross-platform'])),
	clientExtensionResults,
	response: v.object({
		clientDataJSON: base64url(8192),
		authenticatorData: base64url(8192),
		// Post-quantum ML-DSA signatures (which the library accepts) run to about 6,200 characters.
		signature: base64url(8192),
		userHandle: v.optional(base64url(1024))
	})
});

export const SetupPasskeyOptionsBodySchema = v.strictObject({ email });
export const InvitePasskeyOptionsBodySchema = v.strictObject({ token, email });
export const RecoveryOptionsBodySchema = v.strictObject({ token });
export const RegistrationBodySchema = v.strictObject({ response: RegistrationResponseSchema, name: v.optional(PasskeyNameSchema) });
export const RecoveryBodySchema = v.strictObject({ token, response: RegistrationResponseSchema, name: v.optional(PasskeyNameSchema) });
export const SignInBodySchema = v.strictObject({ response: AuthenticationResponseSchema });
export const RenamePasskeyBodySchema = v.strictObject({ name: PasskeyNameSchema });
export const PasskeyPolicyBodySchema = v.strictObject({ roles: v.array(v.picklist(PASSKEY_POLICY_ROLES, 'must be admin, keeper or organizer')) });

export interface PasskeySummary {
	id: string;
	name: string;
	createdAt: number;
	lastUsedAt: number | null;
}

export interface SessionSummary {
	createdAt: number;
	expiresAt: number;
	/** The session of the browser asking. */
	current: boolean;
	/** The name of the passkey that signed it in; null for a password. */
	passkeyName: string | null;
}

/** GET /api/account */
export interface AccountOverview {
	account: { id: string; email: string; roles: string[] };
	hasPassword: boolean;
	passkeyRequired: boolean;
	passkeys: PasskeySummary[];
	sessions: SessionSummary[];
}
