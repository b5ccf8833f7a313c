// Vite builds the pages; Vitest runs every suite (unit, integration, browser) from the same config.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
