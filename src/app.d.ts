// Ambient SvelteKit types for this app.
declare global {
	namespace App {}
}

export {};
