// SvelteKit configuration: kept tiny so the move to SvelteKit 3 (config in vite.config) is a small edit.
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		typescript: {
			// Server, benchmarks and scripts live outside src/ but share one strict type check.
			config(tsconfig) {
				tsconfig.include.push('../server/**/*.ts', '../bench/**/*.ts', '../scripts/**/*.ts');
			}
		}
	}
};

export default config;
