// Vite builds the pages; Vitest runs every suite (unit, integration, browser) from the same config.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
