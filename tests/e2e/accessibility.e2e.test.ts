// axe-core finds no WCAG 2.2 A/AA violations on any state a person meets, in English, Spanish and Persian
// (right to left), on a phone and a projector-sized window; plus what axe cannot see: target sizes, 320 px reflow,
// <html lang dir>, the "translation pending" note on safety text, and no motion for people who asked for less.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Client } from '../support/server';
import { finishJoining, hasChromium, keeperCookie, newCircle, newPage, PHONE, PROJECTOR, requireBrowser, shot, signedInKeeper, startRig, type Rig } from './browser';

requireBrowser();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = [PHONE, PROJECTOR];
const NARROW = { width: 320, height: 640 };
const MIN_TARGET = 24;
const MIN_PRIMARY = 44;

const PLAN = {
	version: 1,
	title: { en: 'Listening session', es: 'Sesión de escucha', fa: 'جلسهٔ شنیدن' },
	phases: [
		{ kind: 'ceremony', id: 'welcome', title: { en: 'Welcome', es: 'Bienvenida' }, text: { en: 'We begin together.', es: 'Comenzamos juntos.' } },
		{
			kind: 'agreements',
			id: 'agreements',
			title: { en: 'Our agreements', es: 'Nuestros acuerdos' },
			prompt: { en: 'Say yes, add one, or pass.', es: 'Diga que sí, agregue uno o pase.' },
			guidelines: [{ en: 'I listen without interrupting.', es: 'Escucho sin interrumpir.' }],
			timing: { turnMs: 600_000 }
		}
	]
};

const LANGUAGES = [
	{ tag: 'en', dir: 'ltr', name: 'Ana' },
	{ tag: 'es', dir: 'ltr', name: 'Lucía' },
	{ tag: 'fa', dir: 'rtl', name: 'Sara' }
] as const;

interface Finding {
	where: string;
	what: string;
}

describe.skipIf(!hasChromium)('accessibility of every state, in three languages', () => {
	let rig: Rig;
	let cookie: string;

	beforeAll(async () => {
		rig = await startRig();
		cookie = await keeperCookie(rig);
	});

	afterAll(async () => {
		await rig?.close();
	});

	/** axe on `page` at each viewport; what it finds is added to `findings` with where it was seen. */
	async function scan(page: Page, state: string, findings: Finding[]): Promise<void> {
		const original = page.viewportSize();
		for (const viewport of VIEWPORTS) {
			await page.setViewportSize(viewport);
			// Legacy mode runs axe in the page itself instead of finishing each run in a fresh page: 3× faster, and the
			// pages have no iframes for the newer mode to reach into.
			const result = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
			for (const v of result.violations) {
				findings.push({ where: `${state} @${viewport.width}`, what: `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}` });
			}
		}
		if (original) await page.setViewportSize(original);
	}

	/** What axe does not check: every target ≥24 px (primary buttons ≥44 px) and no sideways scrolling at 320 px. */
	async function measure(page: Page, state: string, findings: Finding[]): Promise<void> {
		const original = page.viewportSize();
		await page.setViewportSize(NARROW);
		const problems = await page.evaluate(
			({ minTarget, minPrimary }) => {
				const out: string[] = [];
				if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push(`scrolls sideways: ${document.documentElement.scrollWidth}px wide`);
				for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary')) {
					const box = el.getBoundingClientRect();
					if (box.width === 0 && box.height === 0) continue; // not shown
					if (el.closest('.visually-hidden')) continue;
					// A link inside a sentence is exempt (WCAG 2.5.8 "inline").
					const parentText = el.parentElement?.textContent?.trim() ?? '';
					if (el.tagName === 'A' && parentText.length > (el.textContent?.trim().length ?? 0)) continue;
					const label = `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`;
					if (box.width < minTarget || box.height < minTarget) out.push(`${label} is ${Math.round(box.width)}×${Math.round(box.height)}`);
					if (el.matches('button.primary, .button.primary') && box.height < minPrimary) out.push(`primary ${label} is ${Math.round(box.height)}px high`);
				}
				return out;
			},
			{ minTarget: MIN_TARGET, minPrimary: MIN_PRIMARY }
		);
		for (const what of problems) findings.push({ where: `${state} @320`, what });
		if (original) await page.setViewportSize(original);
	}

	/** The projector aims higher than AA: text contrast of 7:1 or more (WCAG 1.4.6), as projectors wash colour out. */
	async function scanScreenContrast(page: Page, state: string, findings: Finding[]): Promise<void> {
		const result = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).setLegacyMode(true).analyze();
		for (const v of result.violations) findings.push({ where: `${state} (7:1)`, what: `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}` });
	}

	/** Tab through the whole page: every control is reached, in order, and shows a visible focus ring. */
	async function keyboardWalk(page: Page, state: string, findings: Finding[]): Promise<void> {
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		const controls = await page.evaluate(() => {
			const all = [...document.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], input, select, textarea, summary')];
			return all.filter((el) => el.getClientRects().length > 0).map((el, i) => (el.dataset.walk = String(i)));
		});
		const reached = new Set<string>();
		for (let i = 0; i < controls.length + 3; i++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				return { walk: el.dataset.walk ?? '', label: (el.textContent ?? '').trim().slice(0, 30), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
			});
			if (!focus) continue;
			reached.add(focus.walk);
			if (!focus.ring) findings.push({ where: `${state} (keyboard)`, what: `no visible focus on "${focus.label}"` });
		}
		const missed = controls.filter((c) => !reached.has(c));
		if (missed.length) findings.push({ where: `${state} (keyboard)`, what: `${missed.length} control(s) not reached by Tab` });
	}

	/** Moves focus with Tab to the button named `name` and presses Enter, as a keeper without a mouse would. */
	async function pressByKeyboard(page: Page, name: string): Promise<void> {
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) {
				await page.keyboard.press('Enter');
				return;
			}
		}
		throw new Error(`No control named "${name}" is reachable by keyboard`);
	}

	for (const language of LANGUAGES) {
		it(`has no violations in ${language.tag}: join flow, lobby, listening, your turn, paused, ended, console, screen`, { timeout: 120_000 }, async () => {
			const findings: Finding[] = [];
			const circle = await newCircle(rig, cookie, { plan: PLAN, keeperName: language.name });
			const control = Client.keeper(rig.server, circle.id, cookie);
			await control.connected();
			const keeper = await signedInKeeper(rig, cookie, language.tag);
			const phone = await newPage(rig, { viewport: PHONE, phone: true, language: language.tag });
			const screen = await newPage(rig, { viewport: PROJECTOR, language: 'en' });

			// The join flow, in the person's language from the first page.
			await phone.goto('/');
			await phone.locator('#code').waitFor();
			await expect.poll(() => phone.locator('html').getAttribute('lang')).toBe(language.tag);
			expect(await phone.locator('html').getAttribute('dir')).toBe(language.dir);
			await scan(phone, 'home', findings);
			await measure(phone, 'home', findings);
			await phone.locator('#code').fill(circle.joinCode);
			await phone.locator('form button[type=submit]').click();
			await phone.locator('#name').waitFor();
			await scan(phone, 'join: about you', findings);
			await measure(phone, 'join: about you', findings);
			// Only English is reviewed: every other language shows its consent texts in English with the draft beside it.
			const pending = language.tag !== 'en';
			await phone.locator('#name').fill('Kim');
			await phone.locator('form button[type=submit]').last().click();
			await phone.locator('.guidelines').waitFor();
			expect(await phone.getByTestId('translation-pending').count()).toBe(pending ? 1 : 0);
			if (pending) {
				// Consent text no person has reviewed yet is English, marked as English, with the note in the reader's language.
				if (language.tag === 'fa') expect(await phone.getByTestId('translation-pending').textContent()).toContain('ترجمه در دست تهیه است');
				expect(await phone.locator('h1 [lang]').first().getAttribute('lang')).toBe('en');
			}
			await scan(phone, 'join: agreements', findings);
			await measure(phone, 'join: agreements', findings);
			await phone.goto('/');
			await phone.locator('#code').fill(circle.joinCode);
			await phone.locator('form button[type=submit]').click();
			await phone.locator('#name').waitFor();
			await finishJoining(phone, { name: 'Kim', languageName: { en: 'English', es: 'Español', fa: 'فارسی' }[language.tag] });

			// The lobby on the phone, the screen and the console.
			await phone.locator('.quiet').waitFor();
			await scan(phone, 'phone: lobby', findings);
			await measure(phone, 'phone: lobby', findings);
			await screen.goto(`${circle.screenPath.replace('#', `?lang=${language.tag},en#`)}`);
			await screen.getByTestId('screen-join-code').waitFor();
			await expect.poll(() => screen.locator('html').getAttribute('dir')).toBe(language.dir);
			await scan(screen, 'screen: lobby', findings);
			await scanScreenContrast(screen, 'screen: lobby', findings);
			await keeper.goto(`/keeper/circle/${circle.id}`);
			await keeper.getByTestId('join-code').waitFor();
			await scan(keeper, 'console: before', findings);
			await measure(keeper, 'console: before', findings);

			// Live: the phone listens (next after the keeper), then holds the piece with its timer.
			for (const type of ['OPEN', 'START', 'ADVANCE']) expect((await control.send({ type })).ok).toBe(true);
			await phone.locator('[data-testid=piece-where]').waitFor();
			await scan(phone, 'phone: listening', findings);
			await measure(phone, 'phone: listening', findings);
			expect((await control.send({ type: 'DONE', response: 'affirm' })).ok).toBe(true);
			await phone.getByTestId('turn-timer').waitFor();
			await scan(phone, 'phone: your turn', findings);
			await measure(phone, 'phone: your turn', findings);
			await phone.emulateMedia({ reducedMotion: 'reduce' });
			expect(await phone.locator('.fill').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
			await phone.emulateMedia({ reducedMotion: 'no-preference' });
			await shot(phone, `a11y-${language.tag}-your-turn`);
			await keeper.getByTestId('keeper-piece').waitFor();
			await scan(keeper, 'console: live', findings);
			await measure(keeper, 'console: live', findings);
			await scan(screen, 'screen: live', findings);
			await scanScreenContrast(screen, 'screen: live', findings);
			if (language.tag === 'en') await keyboardWalk(keeper, 'console: live', findings);
			await shot(screen, `a11y-${language.tag}-screen`);

			// Paused, then ended.
			if (language.tag === 'en') {
				await pressByKeyboard(keeper, 'Pause');
				await expect.poll(() => keeper.getByTestId('keeper-status').textContent()).toContain('Paused');
			} else {
				expect((await control.send({ type: 'PAUSE' })).ok).toBe(true);
			}
			await phone.locator('.quiet h2').waitFor();
			await scan(phone, 'phone: paused', findings);
			await scan(screen, 'screen: paused', findings);
			await scanScreenContrast(screen, 'screen: paused', findings);
			expect((await control.send({ type: 'RESUME' })).ok).toBe(true);
			expect((await control.send({ type: 'CLOSE' })).ok).toBe(true);
			control.close();
			await phone.locator('.quiet h1').waitFor();
			await phone.locator('a.button').waitFor();
			await scan(phone, 'phone: ended', findings);
			await measure(phone, 'phone: ended', findings);
			await scan(screen, 'screen: ended', findings);

			for (const p of [keeper, phone, screen]) await p.context().close();
			expect(findings.map((f) => `${f.where}: ${f.what}`)).toEqual([]);
		});
	}
});
