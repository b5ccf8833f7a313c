// Every string the pages show comes from here: `m.key(inputs, { locale })`, as Paraglide's compiled messages
// (messages/*.json), read from the language's chunk once it has arrived (locale.svelte.ts) and falling back to
// English key by key. Paraglide's own `m` would import all eleven languages into every page.
import type * as Messages from '$lib/paraglide/messages/_index.js';
import { catalogOf, currentLocale } from './locale.svelte';
import type { Locale } from './locale.svelte';

type Message = (inputs?: Record<string, unknown>, options?: { locale?: Locale }) => string;

function message(key: string): Message {
	return (inputs = {}, options = {}) => {
		const text = catalogOf(options.locale ?? currentLocale())?.[key] ?? catalogOf('en')?.[key];
		return text ? text(inputs) : '';
	};
}

const cache = new Map<string, Message>();

/** The messages, typed as Paraglide's; each is one stable function per key. */
export const m = new Proxy({} as typeof Messages, {
	get(_target, key) {
		if (typeof key !== 'string') return undefined;
		let fn = cache.get(key);
		if (!fn) cache.set(key, (fn = message(key)));
		return fn;
	}
});
