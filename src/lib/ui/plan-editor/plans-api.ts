// The plan library's calls from the pages: like $lib/client/api, with the PUT and DELETE the library needs.
import type { ApiResult } from '$lib/client/api';

export async function planApi<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<T>> {
	let response: Response;
	try {
		response = await fetch(path, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
			credentials: 'same-origin'
		});
	} catch {
		return { ok: false, status: 0, error: { code: 'network', message: 'Could not reach the server. Check your connection and try again.' } };
	}
	const text = await response.text();
	let data: unknown;
	try {
		data = text ? JSON.parse(text) : undefined;
	} catch {
		data = undefined;
	}
	if (response.ok) return { ok: true, status: response.status, data: data as T };
	const error = (data as { error?: { code: string; message: string; issues?: string[] } } | undefined)?.error;
	return { ok: false, status: response.status, error: error ?? { code: 'internal', message: `The server answered ${response.status}. Please try again.` } };
}
