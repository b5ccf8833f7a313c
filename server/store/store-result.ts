// How store functions report the failures a caller is expected to handle (a taken email, a closed circle):
// as values shaped like the wire's `{ ok: false, error: { code, message } }`. Anything else is thrown.

export type StoreResult<T, Code extends string> =
	| { ok: true; value: T }
	| { ok: false; error: { code: Code; message: string } };

export function stored<T>(value: T): { ok: true; value: T } {
	return { ok: true, value };
}

export function refused<Code extends string>(code: Code, message: string): { ok: false; error: { code: Code; message: string } } {
	return { ok: false, error: { code, message } };
}
