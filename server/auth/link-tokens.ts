// QR and screen link tokens derived from a server secret, the circle id and a counter, so a keeper
// can be shown the current links again while only their hashes are stored. Replacing links bumps the counter.
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LINK_SECRET_FILE = 'link-secret';

export interface CircleLinks {
	qrToken: string;
	screenToken: string;
}

export class LinkSigner {
	readonly #secret: Buffer;

	constructor(secret: Buffer) {
		this.#secret = secret;
	}

	links(circleId: string, epoch: number): CircleLinks {
		const sign = (purpose: string) => createHmac('sha256', this.#secret).update(`${purpose}:${circleId}:${epoch}`).digest('base64url');
		return { qrToken: sign('qr'), screenToken: sign('screen') };
	}
}

/**
 * The secret comes from LINK_SECRET, or from a file in the data directory made on first start.
 * It is kept out of the database on purpose: a leaked dump alone must not yield working links.
 */
export function loadLinkSigner(dataDir: string, configured: string): LinkSigner {
	if (configured !== '') return new LinkSigner(Buffer.from(configured, 'utf8'));
	const file = join(dataDir, LINK_SECRET_FILE);
	if (!existsSync(file)) {
		mkdirSync(dataDir, { recursive: true });
		writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
		chmodSync(file, 0o600);
	}
	return new LinkSigner(Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'));
}
