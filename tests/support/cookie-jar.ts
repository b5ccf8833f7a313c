// One browser's cookies for API tests: what the server set (session, WebAuthn challenge) goes back with each call,
// and cleared cookies are dropped, the way a browser keeps them (expiry by time is left to the server).
export class CookieJar {
	readonly cookies = new Map<string, string>();

	constructor(readonly server: { url: string }) {}

	async call<T = unknown>(path: string, body?: unknown): Promise<{ status: number; body: T }> {
		const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
		const response = await fetch(this.server.url + path, {
			method: body === undefined ? 'GET' : 'POST',
			headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		for (const line of response.headers.getSetCookie()) {
			const [pair, ...attributes] = line.split(';');
			const [name, ...value] = pair!.split('=');
			const cleared = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
			if (cleared || value.join('=') === '') this.cookies.delete(name!.trim());
			else this.cookies.set(name!.trim(), value.join('='));
		}
		const text = await response.text();
		return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
	}

	/** The session cookie as a `Cookie` header value, for sockets and the plain `api` helper. */
	get session(): string {
		return `ck_session=${this.cookies.get('ck_session') ?? ''}`;
	}
}
