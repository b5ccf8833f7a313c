// A sentence with an element inside keeps each language's word order: no translated fragments glued together.
import { describe, expect, it } from 'vitest';
import { around } from '$lib/i18n/around';

const sentence = (pattern: string) => (inputs: Record<string, string>) => pattern.replace('{title}', inputs.title!);

describe('around', () => {
	it.each([
		['English puts the title last', 'You are joining {title}', ['You are joining ', '']],
		['Hindi puts the verb after the title', '{title} में आप शामिल हो रहे हैं', ['', ' में आप शामिल हो रहे हैं']],
		['Persian wraps the title in the sentence', 'شما به {title} می‌پیوندید', ['شما به ', ' می‌پیوندید']]
	])('%s', (_case, pattern, parts) => {
		expect(around(sentence(pattern), 'title')).toEqual(parts);
	});

	it('gives the whole sentence before the element when a translation dropped the placeholder', () => {
		expect(around(sentence('Welcome'), 'title')).toEqual(['Welcome', '']);
	});
});
