// Vite builds the pages; Vitest runs every suite (unit, integration, browser) from the same config.
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { paraglideOptions } from './src/lib/i18n/paraglide.config.js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		// Compiles messages/*.json into src/lib/paraglide; the locale comes from the page (see src/lib/i18n/locale.svelte.ts).
		paraglideVitePlugin(paraglideOptions),
		sveltekit()
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
		coverage: {
			provider: 'v8',
			include: ['src/lib/protocol/**/*.ts'],
			reporter: ['text-summary', 'text'],
			thresholds: { 'src/lib/protocol/**/*.ts': { lines: 95 } }
		}
	}
});
