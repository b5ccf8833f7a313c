// Invisible controls in free text others see (regression: U+202E and zero-width characters were accepted in
// shares, agreements, notes and reflections, which the projector shows): stripped where the text enters.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '$lib/protocol/commands';
import { withoutHiddenControls } from '$lib/protocol/free-text';
import { parsePlan } from '$lib/protocol/plan';
import { SeatProfileSchema } from '$lib/protocol/seats';
import * as v from 'valibot';

const RLO = '\u202E';
const ZWSP = '\u200B';
const ZWNJ = '\u200C';

describe('withoutHiddenControls', () => {
	it.each([
		['a bidi override', `${RLO}gnp.exe`, 'gnp.exe'],
		['embeddings and isolates', '\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069', 'abcdefg'],
		['zero-width spaces, word joiners and a BOM', `a${ZWSP}b\u2060c\uFEFF`, 'abc'],
		['a joiner with nothing to join', `${ZWNJ}name${ZWNJ}`, 'name'],
		['the Arabic letter mark', 'x\u061Cy', 'xy']
	])('strips %s', (_, input, output) => {
		expect(withoutHiddenControls(input)).toBe(output);
	});

	it.each([
		['a Persian word with ZWNJ', 'می\u200Cخواهم'],
		['an emoji ZWJ sequence', '👩\u200D👩\u200D👧'],
		['a Hindi conjunct with ZWJ', 'क्\u200Dष'],
		['right-to-left text itself', 'سلام، خوش آمدید'],
		['line breaks in a share', 'one\ntwo']
	])('keeps %s', (_, text) => {
		expect(withoutHiddenControls(text)).toBe(text);
	});
});

describe('where free text enters', () => {
	it.each([
		{ type: 'SHARE_TEXT', text: `${RLO}hello` },
		{ type: 'RECORD_AGREEMENT', text: `${RLO}hello` },
		{ type: 'ADD_NOTE', kind: 'theme', text: `${RLO}hello` },
		{ type: 'REFLECT', scope: 'circle', text: `${RLO}hello` }
	])('strips controls from $type', (command) => {
		const parsed = parseCommand(command);
		expect(parsed).toMatchObject({ ok: true, command: { text: 'hello' } });
	});

	it('refuses a text of nothing but invisible characters as empty', () => {
		expect(parseCommand({ type: 'SHARE_TEXT', text: `${ZWSP}${RLO}` })).toMatchObject({ ok: false, issues: ['text: must not be empty'] });
	});

	it('strips controls from names and pronouns, and keeps a Persian name whole', () => {
		expect(v.parse(SeatProfileSchema, { name: `Ana${RLO}`, pronouns: `${ZWSP}she` })).toMatchObject({ name: 'Ana', pronouns: 'she' });
		expect(v.parse(SeatProfileSchema, { name: 'مهر\u200Cناز' }).name).toBe('مهر\u200Cناز');
	});

	it('strips controls from plan titles and prompts', () => {
		const plan = parsePlan({ version: 1, title: { en: `${RLO}Title` }, phases: [{ kind: 'ceremony', id: 'w', title: { en: 'W' }, text: { en: `Hi${ZWSP}` } }] });
		expect(plan).toMatchObject({ ok: true, plan: { title: { en: 'Title' }, phases: [{ text: { en: 'Hi' } }] } });
	});
});
