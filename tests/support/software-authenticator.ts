// A software WebAuthn authenticator for integration tests: ES256 keys from node:crypto, attestation 'none', and
// authenticator data laid out byte by byte as the spec says, so the server's real verification runs on real bytes.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED_DATA = 0x40;
/** COSE: key type EC2, algorithm ES256, curve P-256. */
const COSE = { kty: 1, alg: 3, crv: -1, x: -2, y: -3, EC2: 2, ES256: -7, P256: 1 } as const;

type Cbor = number | string | Uint8Array | Map<number | string, Cbor>;

/** Just enough CBOR (RFC 8949) for attestation objects and COSE keys: integers, strings, bytes, maps. */
export function cbor(value: Cbor): Buffer {
	const head = (major: number, n: number): Buffer => {
		if (n < 24) return Buffer.from([(major << 5) | n]);
		if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
		if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]);
		const b = Buffer.alloc(5);
		b[0] = (major << 5) | 26;
		b.writeUInt32BE(n, 1);
		return b;
	};
	if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
	if (typeof value === 'string') return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
	if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
	return Buffer.concat([head(5, value.size), ...[...value].flatMap(([k, v]) => [cbor(k), cbor(v)])]);
}

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

interface Credential {
	id: Buffer;
	privateKey: KeyObject;
	publicKey: KeyObject;
	userHandle: string;
	counter: number;
}

export interface Ceremony {
	/** Defaults to the authenticator's own origin and RP id; change them to act as a phishing page would. */
	origin?: string;
	rpId?: string;
	/** The signature counter to report, instead of the next one. */
	counter?: number;
	/** The account handle to report, instead of the one the credential was made for. */
	userHandle?: string;
}

export class SoftwareAuthenticator {
	readonly credentials: Credential[] = [];

	constructor(
		readonly origin: string,
		readonly rpId: string
	) {}

	/** Answers `navigator.credentials.create` for these options (the JSON the server sent). */
	register(options: { challenge: string; user: { id: string } }, ceremony: Ceremony = {}) {
		const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
		const credential: Credential = { id: randomBytes(16), privateKey, publicKey, userHandle: options.user.id, counter: 0 };
		this.credentials.push(credential);
		const jwk = publicKey.export({ format: 'jwk' });
		const coseKey = cbor(
			new Map<number, Cbor>([
				[COSE.kty, COSE.EC2],
				[COSE.alg, COSE.ES256],
				[COSE.crv, COSE.P256],
				[COSE.x, Buffer.from(jwk.x!, 'base64url')],
				[COSE.y, Buffer.from(jwk.y!, 'base64url')]
			])
		);
		const idLength = Buffer.alloc(2);
		idLength.writeUInt16BE(credential.id.length);
		const authData = Buffer.concat([this.#authData(ceremony, FLAG_ATTESTED_DATA, 0), Buffer.alloc(16), idLength, credential.id, coseKey]);
		const clientData = this.#clientData('webauthn.create', options.challenge, ceremony);
		const attestationObject = cbor(new Map<string, Cbor>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]));
		return {
			id: b64(credential.id),
			rawId: b64(credential.id),
			type: 'public-key' as const,
			clientExtensionResults: {},
			response: { clientDataJSON: b64(clientData), attestationObject: b64(attestationObject), transports: ['internal' as const] }
		};
	}

	/** Answers `navigator.credentials.get` with `credential` (the newest by default), as a discoverable credential does. */
	authenticate(options: { challenge: string }, ceremony: Ceremony = {}, credential = this.credentials.at(-1)!) {
		credential.counter = ceremony.counter ?? credential.counter + 1;
		const authData = this.#authData(ceremony, 0, credential.counter);
		const clientData = this.#clientData('webauthn.get', options.challenge, ceremony);
		const signature = sign('sha256', Buffer.concat([authData, sha256(clientData)]), credential.privateKey);
		return {
			id: b64(credential.id),
			rawId: b64(credential.id),
			type: 'public-key' as const,
			clientExtensionResults: {},
			response: { clientDataJSON: b64(clientData), authenticatorData: b64(authData), signature: b64(signature), userHandle: ceremony.userHandle ?? credential.userHandle }
		};
	}

	#authData(ceremony: Ceremony, flags: number, counter: number): Buffer {
		const count = Buffer.alloc(4);
		count.writeUInt32BE(counter);
		return Buffer.concat([sha256(ceremony.rpId ?? this.rpId), Buffer.from([FLAG_USER_PRESENT | FLAG_USER_VERIFIED | flags]), count]);
	}

	#clientData(type: string, challenge: string, ceremony: Ceremony): string {
		return JSON.stringify({ type, challenge, origin: ceremony.origin ?? this.origin, crossOrigin: false });
	}
}
