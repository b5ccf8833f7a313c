// XLIFF 2.0 for translators: one <file> for the UI messages and one for the template texts, a <unit> per text
// with its context in <notes> and its review state on the <segment>. inlang's SDK imports and exports only through
// storage plugins, none of which writes XLIFF here (we have message-format; npm offers json and i18next), and its
// message model carries no review status or notes, so this small writer and reader stand in.

/** One text as a translator sees it. Plural messages have one segment per plural form of the target language. */
export interface Unit {
	id: string;
	notes: { category: string; text: string }[];
	segments: Segment[];
}
export interface Segment {
	/** The plural form ("countPlural=few") for a variant message; absent for plain text. */
	id?: string;
	/** XLIFF 2.0 states: initial (untranslated), translated (a draft), reviewed, final (reviewed too). */
	state: 'initial' | 'translated' | 'reviewed' | 'final';
	source: string;
	target: string | null;
}
export interface Document {
	srcLang: string;
	trgLang: string;
	files: { id: string; original: string; units: Unit[] }[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function writeXliff(doc: Document): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escape(doc.srcLang)}" trgLang="${escape(doc.trgLang)}">`
	];
	for (const file of doc.files) {
		lines.push(`  <file id="${escape(file.id)}" original="${escape(file.original)}">`);
		for (const unit of file.units) {
			lines.push(`    <unit id="${escape(unit.id)}">`);
			if (unit.notes.length) {
				lines.push('      <notes>');
				for (const note of unit.notes) lines.push(`        <note category="${escape(note.category)}">${escape(note.text)}</note>`);
				lines.push('      </notes>');
			}
			for (const seg of unit.segments) {
				lines.push(`      <segment${seg.id ? ` id="${escape(seg.id)}"` : ''} state="${seg.state}">`);
				lines.push(`        <source>${escape(seg.source)}</source>`);
				if (seg.target !== null) lines.push(`        <target>${escape(seg.target)}</target>`);
				lines.push('      </segment>');
			}
			lines.push('    </unit>');
		}
		lines.push('  </file>');
	}
	lines.push('</xliff>', '');
	return lines.join('\n');
}

function unescape(s: string): string {
	return s
		.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

const attr = (attrs: string, name: string) => {
	const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
	return match ? unescape(match[2] ?? match[3] ?? '') : undefined;
};

/** Reads what writeXliff writes, as translation tools return it (attributes in any order, CDATA, entities). */
export function readXliff(xml: string): { ok: true; doc: Document } | { ok: false; error: string } {
	const root = /<xliff\b([^>]*)>/.exec(xml);
	if (!root) return { ok: false, error: 'not an XLIFF file: no <xliff> element' };
	if (attr(root[1]!, 'version') !== '2.0') return { ok: false, error: `only XLIFF 2.0 is read; this file says version="${attr(root[1]!, 'version') ?? ''}"` };
	const trgLang = attr(root[1]!, 'trgLang');
	if (!trgLang) return { ok: false, error: 'the <xliff> element has no trgLang: which language is this?' };
	const doc: Document = { srcLang: attr(root[1]!, 'srcLang') ?? '', trgLang, files: [] };
	for (const file of xml.matchAll(/<file\b([^>]*)>([\s\S]*?)<\/file>/g)) {
		const units: Unit[] = [];
		for (const unit of file[2]!.matchAll(/<unit\b([^>]*)>([\s\S]*?)<\/unit>/g)) {
			const notes = [...unit[2]!.matchAll(/<note\b([^>]*)>([\s\S]*?)<\/note>/g)].map((n) => ({ category: attr(n[1]!, 'category') ?? '', text: unescape(n[2]!) }));
			const segments: Segment[] = [];
			for (const seg of unit[2]!.matchAll(/<segment\b([^>]*)>([\s\S]*?)<\/segment>/g)) {
				const source = /<source\b[^>]*>([\s\S]*?)<\/source>/.exec(seg[2]!);
				const target = /<target\b[^>]*>([\s\S]*?)<\/target>/.exec(seg[2]!);
				const state = attr(seg[1]!, 'state') ?? (target ? 'translated' : 'initial');
				if (!['initial', 'translated', 'reviewed', 'final'].includes(state)) return { ok: false, error: `unit "${attr(unit[1]!, 'id')}": state "${state}" is not an XLIFF 2.0 state` };
				segments.push({ id: attr(seg[1]!, 'id'), state: state as Segment['state'], source: unescape(source?.[1] ?? ''), target: target ? unescape(target[1]!) : null });
			}
			units.push({ id: attr(unit[1]!, 'id') ?? '', notes, segments });
		}
		doc.files.push({ id: attr(file[1]!, 'id') ?? '', original: attr(file[1]!, 'original') ?? '', units });
	}
	return { ok: true, doc };
}
