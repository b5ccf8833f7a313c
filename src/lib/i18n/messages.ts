// Every string the pages show comes from here: the compiled Paraglide messages (messages/*.json).
// Importing through this module defines the page's locale strategy before the first message is read.
import './locale.svelte';

export { m } from '$lib/paraglide/messages';
