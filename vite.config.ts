// Vite builds the pages (SvelteKit's options live here since SvelteKit 3); Vitest runs every suite from it too.
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { paraglideOptions } from './src/lib/i18n/paraglide.config.js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		// Compiles messages/*.json into src/lib/paraglide; the locale comes from the page (see src/lib/i18n/locale.svelte.ts).
		paraglideVitePlugin(paraglideOptions),
		sveltekit({
			preprocess: vitePreprocess(),
			adapter: adapter({ out: 'build' }),
			// Scripts only from this origin (SvelteKit adds a nonce to its own inline start-up script); the socket is
			// same-origin; inline style attributes are how Svelte sets computed positions (the ring, meters).
			csp: {
				mode: 'nonce',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			},
			// SvelteKit 3 deprecates $lib for subpath imports (#lib); kept while parallel branches still import $lib.
			alias: { $lib: 'src/lib' }
		})
	],
	// `npm run dev` runs the API server separately; pages reach it through this proxy.
	server: process.env.DEV_API
		? { proxy: { '/api': process.env.DEV_API, '/healthz': process.env.DEV_API, '/socket.io': { target: process.env.DEV_API, ws: true } } }
		: undefined,
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000,
		hookTimeout: 60_000,
		// What a poll waits for crosses sockets and browser timers; on a loaded 2-core CI machine 1 s (the default) flaked.
		expect: { poll: { timeout: 5_000 } },
		coverage: {
			provider: 'v8',
			include: ['src/lib/protocol/**/*.ts'],
			reporter: ['text-summary', 'text'],
			thresholds: { 'src/lib/protocol/**/*.ts': { lines: 95 } }
		}
	}
});
