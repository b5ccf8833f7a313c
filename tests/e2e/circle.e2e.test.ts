// A whole small circle in a real browser: a keeper signs up and runs the console, a participant joins by code on a
// phone-sized page, the room screen follows along. Needs the built pages (`npx vite build`) and Debian's Chromium.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, removeDir, type TestServer } from '../support/server';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const RESULTS = 'test-results';
const SCREENSHOTS = 'docs/screenshots';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };
const STEP_MS = 10_000;

const hasChromium = existsSync(CHROMIUM);
const missing = `Chromium is not installed at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`;

if (!hasChromium && process.env.REQUIRE_BROWSER === '1') {
	describe('browser tests', () => {
		it('need Chromium', () => {
			throw new Error(missing);
		});
	});
} else if (!hasChromium) {
	console.warn(`Skipping browser tests. ${missing}`);
}

describe.skipIf(!hasChromium)('a circle in the browser', () => {
	let server: TestServer;
	let browser: Browser;

	beforeAll(async () => {
		if (!existsSync('build/handler.js')) throw new Error('The pages are not built: run `npx vite build` first.');
		server = await startServer({}, { pagesDir: 'build' });
		browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
		mkdirSync(RESULTS, { recursive: true });
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		if (server) removeDir(server.dataDir);
	});

	async function shot(page: Page, name: string): Promise<string> {
		const path = `${RESULTS}/${name}.png`;
		await page.screenshot({ path, fullPage: false });
		return path;
	}

	it('a keeper opens a circle, a participant joins by code, takes a turn and passes; the screen never names the passer', { timeout: 90_000 }, async () => {
		const keeper = await (await browser.newContext({ viewport: LAPTOP, baseURL: server.url })).newPage();
		const phone = await (await browser.newContext({ viewport: PHONE, baseURL: server.url, isMobile: true, hasTouch: true })).newPage();
		const screen = await (await browser.newContext({ viewport: PROJECTOR, baseURL: server.url, reducedMotion: 'reduce' })).newPage();
		for (const p of [keeper, phone, screen]) p.setDefaultTimeout(STEP_MS);

		// The keeper sets up the server and creates a circle from the check-in / check-out template.
		await keeper.goto('/setup');
		await keeper.getByLabel('Email').fill('keeper@example.org');
		await keeper.getByLabel('Password', { exact: true }).fill('a long enough password');
		await keeper.getByRole('button', { name: 'Create account' }).click();
		await keeper.waitForURL('**/keeper');
		await keeper.getByLabel('Template').selectOption('check-in-check-out');
		await keeper.getByLabel('Your name in the ring').fill('Ana');
		await keeper.getByRole('button', { name: 'Create circle' }).click();
		const joinCode = (await keeper.getByTestId('join-code').textContent())?.trim() ?? '';
		expect(joinCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		const screenHref = await keeper.getByRole('link', { name: 'Open the screen for the projector' }).getAttribute('href');
		await keeper.getByRole('link', { name: 'Open the console' }).click();
		await keeper.waitForURL('**/keeper/circle/*');
		await expect.poll(() => keeper.getByTestId('keeper-status').textContent()).toContain('Scheduled');

		await screen.goto(screenHref!);

		// The participant types the code carelessly: lower case, spaces, no dash.
		await phone.goto('/');
		await phone.getByLabel('Join code').fill(` ${joinCode.replace('-', ' ').toLowerCase()} `);
		await phone.getByRole('button', { name: 'Join' }).click();
		await phone.getByLabel('Your name').fill('Maria');
		await phone.getByLabel('Pronouns (optional)').fill('she/her');
		await phone.getByLabel('Language').selectOption('es');
		await phone.getByLabel('Extra time for my turns').check();
		await phone.getByRole('button', { name: 'Continue' }).click();
		await expect.poll(() => phone.getByRole('heading', { level: 1 }).textContent()).toBe('Our agreements');
		await expect.poll(() => phone.locator('main').textContent()).toContain('Names are deleted when the circle closes.');
		await phone.getByRole('button', { name: 'I accept, take my seat' }).click();
		await phone.waitForURL('**/circle/*');
		await phone.getByText('Waiting for the circle to begin.').waitFor();
		await keeper.getByTestId('seat').filter({ hasText: 'Maria' }).waitFor();
		await screen.getByText(joinCode).waitFor();
		await shot(screen, 'screen-lobby');

		// The keeper opens the lobby, begins, and moves on to the first round; the piece starts with the keeper.
		await keeper.getByRole('button', { name: 'Open the lobby' }).click();
		await keeper.getByRole('button', { name: 'Begin the circle' }).click();
		await keeper.getByRole('heading', { name: 'Welcome', exact: true }).waitFor();
		await keeper.getByRole('button', { name: 'Next part' }).click();
		await keeper.getByRole('heading', { name: 'Check-in', exact: true }).waitFor();
		await expect.poll(() => keeper.getByTestId('keeper-piece').textContent()).toContain('Ana holds the piece');
		await phone.getByRole('heading', { name: 'You’re next' }).waitFor();
		await expect.poll(() => phone.getByTestId('announcer').textContent()).toBe('You’re next');

		// The keeper finishes; Maria's phone says it is her turn, with Done and Pass.
		await keeper.getByRole('button', { name: 'Done', exact: true }).click();
		await phone.getByRole('heading', { name: 'Your turn' }).waitFor();
		await expect.poll(() => phone.getByTestId('announcer').textContent()).toBe('Your turn');
		await phone.getByRole('button', { name: 'Done' }).waitFor();
		await screen.getByText('Maria has the piece').waitFor();
		const participantShot = await shot(phone, 'participant-your-turn');
		const screenShot = await shot(screen, 'screen-round');

		// Maria passes. The keeper sees it; the screen shows only that the piece is offered again.
		await phone.getByRole('button', { name: 'Pass' }).click();
		await keeper.getByTestId('seat').filter({ hasText: 'Maria' }).getByText('passed', { exact: true }).waitFor();
		await screen.getByText('The piece is offered again').waitFor();
		expect(await screen.locator('main').textContent()).not.toMatch(/pass|Maria has the piece/i);
		await phone.getByText('The piece has come back to you').waitFor();
		const keeperShot = await shot(keeper, 'keeper-console');

		// Offered again, she speaks this time; the piece goes back to the keeper.
		await phone.getByRole('button', { name: 'Done' }).click();
		await phone.getByRole('heading', { name: 'Listening' }).waitFor();
		await expect.poll(() => phone.getByTestId('announcer').textContent()).toBe('The piece is back with the keeper');
		await shot(phone, 'participant-listening');

		mkdirSync(SCREENSHOTS, { recursive: true });
		copyFileSync(participantShot, `${SCREENSHOTS}/participant.png`);
		copyFileSync(keeperShot, `${SCREENSHOTS}/keeper-console.png`);
		copyFileSync(screenShot, `${SCREENSHOTS}/screen.png`);
	});
});
