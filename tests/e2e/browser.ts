// Shared set-up for the browser tests: Debian's Chromium through playwright-core, a real server on port 0 serving
// the built pages, signed-in keeper contexts, phones that join through the real join flow, and screenshots.
import { existsSync, mkdirSync } from 'node:fs';
import { describe, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createCircle, signInFirstKeeper, startServer, type TestServer } from '../support/server';
import type { CreatedCircle } from '../../src/lib/wire/http';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
export const RESULTS = 'test-results';
export const SCREENSHOTS = 'docs/screenshots';
export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1280, height: 800 };
export const PROJECTOR = { width: 1920, height: 1080 };
/** How long one step (a click and what it changes on other devices) may take. */
export const STEP_MS = 10_000;

export const hasChromium = existsSync(CHROMIUM);
const missing = `Chromium is not installed at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`;

/** Without Chromium the browser tests are skipped with a note, or fail when REQUIRE_BROWSER=1 (CI). */
export function requireBrowser(): void {
	if (!hasChromium && process.env.REQUIRE_BROWSER === '1') {
		describe('browser tests', () => {
			it('need Chromium', () => {
				throw new Error(missing);
			});
		});
	} else if (!hasChromium) {
		console.warn(`Skipping browser tests. ${missing}`);
	}
}

export interface Rig {
	server: TestServer;
	browser: Browser;
	/** Every Content-Security-Policy violation any page of this rig reported; `close()` fails if there is one. */
	cspViolations: string[];
	close(): Promise<void>;
}

export async function startRig(): Promise<Rig> {
	if (!existsSync('build/handler.js')) throw new Error('The pages are not built: run `npx vite build` first.');
	const server = await startServer({}, { pagesDir: 'build' });
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	mkdirSync(RESULTS, { recursive: true });
	const cspViolations: string[] = [];
	return {
		server,
		browser,
		cspViolations,
		async close() {
			await browser.close();
			await server.close();
			// Every browser test doubles as a CSP check: a page that needs something its policy forbids is broken.
			if (cspViolations.length > 0) throw new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
		}
	};
}

/** A context whose pages speak `language` from the first paint (as if the person had chosen it before). */
export async function newContext(rig: Rig, options: { viewport: { width: number; height: number }; language?: string; phone?: boolean; reducedMotion?: 'reduce' }): Promise<BrowserContext> {
	const context = await rig.browser.newContext({
		viewport: options.viewport,
		baseURL: rig.server.url,
		locale: 'en-US',
		isMobile: options.phone ?? false,
		hasTouch: options.phone ?? false,
		reducedMotion: options.reducedMotion ?? 'no-preference'
	});
	context.setDefaultTimeout(STEP_MS);
	await context.exposeBinding('__cspViolation', ({ page }, line: string) => void rig.cspViolations.push(`${page.url()}: ${line}`));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __cspViolation: (line: string) => void }).__cspViolation;
			void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
		});
	});
	if (options.language) {
		await context.addInitScript((tag) => localStorage.setItem('circlekeeper:language', tag), options.language);
	}
	return context;
}

export async function newPage(rig: Rig, options: Parameters<typeof newContext>[1]): Promise<Page> {
	return (await newContext(rig, options)).newPage();
}

/** The keeper's session cookie (signing up the first account if needed), for the API and for keeper contexts. */
export async function keeperCookie(rig: Rig): Promise<string> {
	return signInFirstKeeper(rig.server);
}

export async function signedInKeeper(rig: Rig, cookie: string, language?: string): Promise<Page> {
	const context = await newContext(rig, { viewport: LAPTOP, language });
	const [name, ...value] = cookie.split('=');
	await context.addCookies([{ name: name!, value: value.join('='), url: rig.server.url }]);
	return context.newPage();
}

export async function newCircle(rig: Rig, cookie: string, body: Record<string, unknown>): Promise<CreatedCircle> {
	return createCircle(rig.server, cookie, body);
}

export interface Joiner {
	name: string;
	/** The language option's visible name, e.g. 'Español'. */
	languageName?: string;
	extraTime?: boolean;
	prefersToType?: boolean;
}

/** Labels of the join flow in the languages the tests join in. */
const JOIN_LABELS: Record<string, { name: string; next: string; accept: string; extraTime: string; prefersToType: string }> = {
	English: { name: 'Your name', next: 'Continue', accept: 'I accept, take my seat', extraTime: 'Extra time for my turns', prefersToType: 'I prefer to type rather than speak' },
	Español: { name: 'Su nombre', next: 'Continuar', accept: 'Acepto, tomar mi lugar', extraTime: 'Más tiempo en mis turnos', prefersToType: 'Prefiero escribir en lugar de hablar' },
	فارسی: { name: 'نام شما', next: 'ادامه', accept: 'I accept, take my seat', extraTime: 'Extra time for my turns', prefersToType: 'I prefer to type rather than speak' }
};

/** Fills in step 2 (about you) and accepts step 3 (agreements); the page must be on step 2. */
export async function finishJoining(page: Page, who: Joiner): Promise<void> {
	const languageName = who.languageName ?? 'English';
	await page.locator('#language').selectOption({ label: languageName });
	const labels = JOIN_LABELS[languageName]!;
	await page.getByLabel(labels.name, { exact: true }).fill(who.name);
	if (who.extraTime) await page.getByLabel(labels.extraTime).check();
	if (who.prefersToType) await page.getByLabel(labels.prefersToType).check();
	await page.getByRole('button', { name: labels.next, exact: true }).click();
	await page.getByRole('button', { name: labels.accept }).click();
	await page.waitForURL('**/circle/*');
}

/** Joins with the typed code from the home page, the way most people will. */
export async function joinByCode(page: Page, joinCode: string, who: Joiner): Promise<void> {
	await page.goto('/');
	await page.locator('#code').fill(joinCode);
	await page.locator('form button[type=submit]').click();
	await page.locator('#name').waitFor();
	await finishJoining(page, who);
}

export async function shot(page: Page, name: string): Promise<string> {
	const path = `${RESULTS}/${name}.png`;
	await page.screenshot({ path, fullPage: false });
	return path;
}

/**
 * Records what a page's live region says: every change of its text (empty ones left out), from the first paint.
 * Read it back with `spoken(page, testid)`.
 */
export async function recordLiveRegions(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const heard: Record<string, string[]> = {};
		const last: Record<string, string> = {};
		(window as unknown as { __heard: typeof heard }).__heard = heard;
		const observer = new MutationObserver(() => {
			for (const el of document.querySelectorAll<HTMLElement>('[aria-live], [role=status]')) {
				const id = el.dataset.testid;
				if (!id) continue;
				const text = el.textContent?.trim() ?? '';
				if (text !== (last[id] ?? '')) {
					last[id] = text;
					if (text) (heard[id] ??= []).push(text);
				}
			}
		});
		const start = () => observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
		if (document.documentElement) start();
		else document.addEventListener('DOMContentLoaded', start);
	});
}

export async function spoken(page: Page, testid: string): Promise<string[]> {
	return page.evaluate((id) => (window as unknown as { __heard: Record<string, string[]> }).__heard[id] ?? [], testid);
}
