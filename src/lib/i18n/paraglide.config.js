// How Paraglide compiles messages/*.json into src/lib/paraglide (git-ignored), shared by the Vite plugin
// (dev and build) and `npm run i18n:compile` (svelte-check runs before any build, so it compiles first).
// The generated code is not linted (eslint.config.js ignores it): a language without plural forms compiles to unused selectors.

/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// The page sets its own language (src/lib/i18n/locale.svelte.ts) and reads messages through
	// src/lib/i18n/messages.ts; this strategy matters only to Paraglide's own runtime, which pages do not load.
	strategy: ['custom-circle', 'baseLocale'],
	includeEslintDisableComment: false,
	// One module per language (messages/<locale>.js), so a phone loads only its own: see src/lib/i18n/messages.ts.
	outputStructure: 'locale-modules'
};
