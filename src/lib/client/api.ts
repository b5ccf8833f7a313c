// Calls to the HTTP API from the pages: JSON in, JSON out, failures as values with a message a person can act on.

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: { code: string; message: string; issues?: string[] } };

export async function api<T>(path: string, body?: unknown): Promise<ApiResult<T>> {
	let response: Response;
	try {
		response = await fetch(path, {
			method: body === undefined ? 'GET' : 'POST',
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
			credentials: 'same-origin'
		});
	} catch {
		return { ok: false, status: 0, error: { code: 'network', message: 'Could not reach the server. Check your connection and try again.' } };
	}
	const text = await response.text();
	let data: unknown = undefined;
	try {
		data = text ? JSON.parse(text) : undefined;
	} catch {
		data = undefined;
	}
	if (response.ok) return { ok: true, status: response.status, data: data as T };
	const error = (data as { error?: { code: string; message: string; issues?: string[] } } | undefined)?.error;
	return { ok: false, status: response.status, error: error ?? { code: 'internal', message: `The server answered ${response.status}. Please try again.` } };
}
