// A translated sentence with one element inside it (a title in bold, in its own language), without gluing
// translated fragments together: the whole sentence is formatted, then split where the element goes, so each
// language keeps its own word order (Hindi, Punjabi and Persian put the verb after the title).

/** Stands where the element goes while the sentence is formatted; no translation contains it. */
const SLOT = '\u0000';

/** The text before and after `{name}` in the formatted message. */
export function around(format: (inputs: Record<string, string>) => string, name: string): [string, string] {
	const [before = '', ...rest] = format({ [name]: SLOT }).split(SLOT);
	return [before, rest.join('')];
}
