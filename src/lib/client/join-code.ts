// Join codes as people type them: any case, spaces or dashes; shown back as ABCD-EFGH.

export const JOIN_CODE_LENGTH = 8;

/** The code's letters and digits, upper-cased; dashes, spaces and other separators dropped. */
export function tidyJoinCode(input: string): string {
	return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function displayJoinCode(input: string): string {
	const code = tidyJoinCode(input);
	return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
