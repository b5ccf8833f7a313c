// A whole circle in real browsers: a keeper on a laptop, four phones (one in Spanish, one with extra time, one who
// prefers to type) and the room screen in English and Spanish, each in its own browser context. Check-in with one
// pass and its return, a popcorn round, a timed silence, the closing; what each person sees at each step, and that
// the screen never shows who passed.
import { copyFileSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from '../support/server';
import {
	finishJoining,
	hasChromium,
	joinByCode,
	LAPTOP,
	newContext,
	newPage,
	PHONE,
	PROJECTOR,
	recordLiveRegions,
	requireBrowser,
	SCREENSHOTS,
	shot,
	STEP_MS,
	spoken,
	startRig,
	type Rig
} from './browser';
import type { CreatedCircle } from '../../src/lib/wire/http';

requireBrowser();

const SILENCE_MS = 5_000;
const PLAN = {
	version: 1,
	title: { en: 'Neighbours circle', es: 'Círculo de vecinos' },
	phases: [
		{ kind: 'ceremony', id: 'welcome', title: { en: 'Welcome', es: 'Bienvenida' }, text: { en: 'We begin together.', es: 'Comenzamos juntos.' } },
		{
			kind: 'round',
			id: 'check-in',
			title: { en: 'Check-in', es: 'Ronda de llegada' },
			prompt: { en: 'How are you arriving today?', es: '¿Cómo llega hoy?' },
			timing: { turnMs: 120_000 }
		},
		{
			kind: 'round',
			id: 'open-floor',
			mode: 'popcorn',
			title: { en: 'Open floor', es: 'Palabra abierta' },
			prompt: { en: 'Who would like to add something?', es: '¿Quién quiere agregar algo?' },
			timing: { budgetMs: 600_000 }
		},
		{
			kind: 'round',
			id: 'silence',
			mode: 'silence',
			title: { en: 'Silence', es: 'Silencio' },
			prompt: { en: 'A moment of quiet together.', es: 'Un momento de silencio juntos.' },
			timing: { budgetMs: SILENCE_MS }
		},
		{ kind: 'ceremony', id: 'closing', title: { en: 'Closing', es: 'Cierre' }, text: { en: 'Thank you for being here.', es: 'Gracias por estar aquí.' } }
	]
};

const text = async (page: Page, testid: string) => ((await page.getByTestId(testid).textContent()) ?? '').trim();
const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });

describe.skipIf(!hasChromium)('a whole circle in the browser', () => {
	let rig: Rig;

	beforeAll(async () => {
		rig = await startRig();
	});

	afterAll(async () => {
		await rig?.close();
	});

	it('runs check-in with a pass and its return, popcorn, a timed silence and the closing, on every device', { timeout: 120_000 }, async () => {
		// The keeper sets the server up in the browser, then plans a circle (the test sends the plan through the API).
		const keeper = await newPage(rig, { viewport: LAPTOP });
		await keeper.goto('/setup');
		await keeper.getByLabel('Email').fill('keeper@example.org');
		await keeper.getByLabel('Password', { exact: true }).fill('a long enough password');
		await keeper.getByRole('button', { name: 'Create account' }).click();
		await keeper.waitForURL('**/keeper');
		const cookie = (await keeper.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
		const created = await api<CreatedCircle>(rig.server, '/api/circles', { plan: PLAN, keeperName: 'Ana' }, cookie);
		expect(created.status).toBe(201);
		const { joinCode, joinPath } = created.body;
		await keeper.reload();
		await keeper.getByRole('link', { name: /Open console/ }).click();
		await keeper.waitForURL('**/keeper/circle/*');
		await expect.poll(() => text(keeper, 'keeper-status')).toContain('Scheduled');
		expect(await text(keeper, 'join-code')).toBe(joinCode);
		await keeper.getByTestId('qr').locator('svg').waitFor();

		// The room screen, opened from the console in English and Spanish.
		await keeper.getByLabel('Second screen language').selectOption({ label: 'Español' });
		const screenHref = await keeper.getByTestId('screen-link').getAttribute('href');
		expect(screenHref).toMatch(/\?lang=en%2Ces#t=/);
		const screen = await newPage(rig, { viewport: PROJECTOR, reducedMotion: 'reduce' });
		await screen.goto(screenHref!);
		await expect.poll(() => text(screen, 'screen-join-code')).toBe(joinCode);
		await screen.getByTestId('qr').locator('svg').waitFor();
		await screen.getByText('Les damos la bienvenida. El círculo comenzará pronto.').waitFor();
		await shot(screen, 'screen-lobby');

		// Four people join: Maria in Spanish by code, Dev by QR with extra time, Li by code, Sam (prefers to type) by code.
		const phones: Record<'maria' | 'dev' | 'li' | 'sam', Page> = {} as never;
		for (const who of ['maria', 'dev', 'li', 'sam'] as const) {
			const context = await newContext(rig, { viewport: PHONE, phone: true });
			await recordLiveRegions(context);
			phones[who] = await context.newPage();
		}
		const { maria, dev, li, sam } = phones;
		await maria.goto('/');
		await maria.locator('#code').fill(` ${joinCode.replace('-', ' ').toLowerCase()} `);
		await maria.getByRole('button', { name: 'Join' }).click();
		await maria.locator('#name').waitFor();
		await maria.locator('#language').selectOption({ label: 'Español' });
		await expect.poll(() => maria.locator('html').getAttribute('lang')).toBe('es');
		await heading(maria, 'Sobre usted').waitFor();
		await maria.getByLabel('Su nombre', { exact: true }).fill('Maria');
		await maria.getByLabel('Pronombres (opcional)').fill('ella');
		await maria.getByRole('button', { name: 'Continuar', exact: true }).click();
		// No person has reviewed the Spanish consent texts yet: each is English, with its Spanish draft beside it, labelled.
		await maria.getByRole('heading', { name: 'Our agreements' }).waitFor();
		await maria.getByText('Su nombre se borra de la aplicación cuando se cierra el círculo.').waitFor();
		expect(await maria.getByTestId('translation-pending').count()).toBe(1);
		expect(await maria.getByTestId('translation-draft').first().getAttribute('lang')).toBe('es');
		await maria.getByRole('button', { name: 'Acepto, tomar mi lugar' }).click();
		await maria.getByText('Esperando a que empiece el círculo.').waitFor();

		await dev.goto(joinPath);
		await dev.locator('#name').waitFor();
		expect(dev.url()).not.toContain('#t='); // the QR token leaves the address bar at once
		await finishJoining(dev, { name: 'Dev', extraTime: true });
		await joinByCode(li, joinCode, { name: 'Li' });
		await joinByCode(sam, joinCode, { name: 'Sam', prefersToType: true });
		for (const p of [dev, li, sam]) await p.getByText('Waiting for the circle to begin.').waitFor();
		await expect.poll(() => keeper.getByTestId('seat').count()).toBe(5);
		await keeper.getByTestId('seat').filter({ hasText: 'Dev' }).getByText('extra time').waitFor();
		await expect.poll(() => screen.locator('.arrived').textContent()).toBe('Ana · Maria · Dev · Li · Sam');

		// The keeper opens the lobby and begins: the welcome shows everywhere, in each person's language.
		await keeper.getByRole('button', { name: 'Open the lobby' }).click();
		await keeper.getByRole('button', { name: 'Begin the circle' }).click();
		await heading(keeper, 'Welcome').waitFor();
		await heading(maria, 'Bienvenida').waitFor();
		await maria.getByText('Comenzamos juntos.').waitFor();
		await heading(li, 'Welcome').waitFor();
		await screen.getByText('Bienvenida', { exact: true }).waitFor();
		await expect.poll(() => screen.getByRole('img', { name: /^The ring:/ }).getAttribute('aria-label')).toBe('The ring: Ana, Maria, Dev, Li, Sam');
		await screen.getByText('We begin together.').waitFor();

		// Check-in: the piece starts with the keeper; Maria is next.
		await keeper.getByRole('button', { name: 'Next part' }).click();
		await heading(keeper, 'Check-in').waitFor();
		await expect.poll(() => text(keeper, 'keeper-piece')).toBe('Ana holds the piece');
		await heading(maria, 'Usted sigue').waitFor();
		await expect.poll(() => text(maria, 'announcer')).toBe('Ana tiene la pieza. Usted sigue.');
		await maria.getByText('¿Cómo llega hoy?').waitFor();
		await expect.poll(() => text(screen, 'screen-piece')).toContain('Ana has the piece');

		await keeper.getByRole('button', { name: 'Done', exact: true }).click();
		await heading(maria, 'Su turno').waitFor();
		await expect.poll(() => text(maria, 'announcer')).toBe('Su turno');
		await maria.getByTestId('turn-timer').waitFor();
		// A minute before her guideline ends (the phone's clock moved on), the phone says so once.
		await maria.clock.setSystemTime(Date.now() + 65_000);
		// The phone's timer ticks once a second; on a loaded machine a tick can come later than expect.poll's 1 s default.
		await expect.poll(() => text(maria, 'timer-announcer'), { timeout: STEP_MS }).toBe('Queda 1 minuto');
		await maria.clock.setSystemTime(Date.now());
		await expect.poll(() => text(li, 'piece-where')).toBe('Maria has the piece');
		await screen.getByText('Maria tiene la pieza').waitFor();
		const participantShot = await shot(maria, 'participant-your-turn-es');
		await maria.getByRole('button', { name: 'Listo', exact: true }).click();

		// Dev asked for extra time: 1.5 × the two-minute guideline.
		await heading(dev, 'Your turn').waitFor();
		await expect.poll(() => text(keeper, 'keeper-turn-time')).toMatch(/^Turn: (3:00|2:5\d) left$/);
		await heading(li, 'You’re next').waitFor();
		await shot(li, 'participant-next');
		await dev.getByRole('button', { name: 'Done', exact: true }).click();

		// Li passes. The keeper sees it; the screen and the other phones never do.
		await heading(li, 'Your turn').waitFor();
		await li.getByRole('button', { name: 'Pass', exact: true }).click();
		await keeper.getByTestId('seat').filter({ hasText: 'Li' }).getByText('passed', { exact: true }).waitFor();

		// Sam prefers to type: the share box is open, and everyone sees the words while the turn lasts.
		await heading(sam, 'Your turn').waitFor();
		await sam.getByLabel('What you would like to share').fill('Glad to be here with you all.');
		await sam.getByRole('button', { name: 'Share', exact: true }).click();
		for (const p of [maria, li, screen, keeper]) await expect.poll(() => text(p, 'typed-words')).toContain('Glad to be here with you all.');
		expect(await text(maria, 'typed-words')).toContain('Palabras de Sam');
		await sam.getByRole('button', { name: 'Done', exact: true }).click();
		await expect.poll(() => maria.getByTestId('typed-words').count()).toBe(0);

		// The return pass: the piece is offered again to Li; only Li and the keeper know it is her.
		await li.getByText('The piece has come back to you. You may speak, or pass again.').waitFor();
		await expect.poll(() => text(keeper, 'keeper-piece')).toBe('Offered again to Li (return pass)');
		await expect.poll(() => text(screen, 'screen-piece')).toContain('The piece is offered again');
		await expect.poll(() => text(maria, 'piece-where')).toBe('La pieza se ofrece de nuevo a quienes pasaron');
		await expect.poll(() => text(dev, 'piece-where')).toBe('The piece is offered again to those who passed');
		const screenWords = await text(screen, 'screen-words');
		expect(screenWords).not.toMatch(/Li has the piece|Li tiene la pieza|pass|pasó/i);
		expect(await screen.locator('svg text.holder').count()).toBe(0);
		await shot(screen, 'screen-return-pass');
		const keeperShot = await shot(keeper, 'keeper-console');
		await li.getByRole('button', { name: 'Done', exact: true }).click();
		await expect.poll(() => text(keeper, 'keeper-piece')).toBe('The piece is back with you');
		await expect.poll(() => text(li, 'announcer')).toBe('The piece is back with the keeper');

		// Each turn change was said once on Li's phone, in order, with nothing repeated.
		expect(await spoken(li, 'announcer')).toEqual([
			'Ana has the piece',
			'Maria has the piece',
			'Dev has the piece. You’re next.',
			'Your turn',
			'Sam has the piece',
			'Your turn',
			'The piece is back with the keeper'
		]);
		expect(await spoken(maria, 'timer-announcer')).toEqual(['Queda 1 minuto']);

		// A popcorn round: the piece rests in the centre; people ask for it and it goes in the order asked.
		await keeper.getByRole('button', { name: 'Next part' }).click();
		await heading(dev, 'Open floor').waitFor();
		await expect.poll(() => text(dev, 'piece-where')).toBe('The piece is in the centre');
		await expect.poll(() => text(screen, 'screen-piece')).toContain('La pieza está en el centro');
		await maria.getByRole('button', { name: 'Pedir la pieza' }).click();
		await heading(maria, 'Su turno').waitFor();
		await dev.getByRole('button', { name: 'Ask for the piece' }).click();
		await dev.getByText('You are first in line.').waitFor();
		await keeper.getByTestId('seat').filter({ hasText: 'Dev' }).getByText('asked for the piece').waitFor();
		await maria.getByRole('button', { name: 'Listo', exact: true }).click();
		await heading(dev, 'Your turn').waitFor();
		await expect.poll(() => text(sam, 'piece-where')).toBe('Dev has the piece');
		await dev.getByRole('button', { name: 'Done', exact: true }).click();
		await expect.poll(() => text(li, 'piece-where')).toBe('The piece is in the centre');
		await keeper.getByRole('button', { name: 'End the round' }).click();
		await expect.poll(() => text(keeper, 'keeper-piece')).toBe('The piece is back with you');

		// A timed silence: a calm timer everywhere, then a quiet word that the time is over.
		await keeper.getByRole('button', { name: 'Next part' }).click();
		await heading(sam, 'Silence').waitFor();
		await sam.getByText('Rest in the silence together.').waitFor();
		await sam.getByTestId('phase-timer').waitFor();
		await screen.getByTestId('screen-phase-timer').waitFor();
		expect(await screen.getByTestId('screen-phase-timer').getAttribute('role')).toBe('timer');
		await shot(screen, 'screen-silence');
		await sam.getByTestId('phase-timer-done').waitFor({ timeout: SILENCE_MS + 5_000 });
		await screen.getByText('The time for this part is over.').waitFor();
		await maria.getByText('Terminó el tiempo de esta parte.').waitFor();

		// The closing, the end of the plan, and the keeper closes the circle for everyone.
		await keeper.getByRole('button', { name: 'Next part' }).click();
		await heading(li, 'Closing').waitFor();
		await screen.getByText('Gracias por estar aquí.').waitFor();
		await keeper.getByRole('button', { name: 'Finish the plan' }).click();
		await li.getByText('The rounds are complete. The keeper will close the circle.').waitFor();
		await screen.getByText('Thank you for sitting in circle together.').waitFor();
		await keeper.getByRole('button', { name: 'Close the circle' }).click();
		await keeper.getByRole('button', { name: 'Yes, close it' }).click();
		await keeper.getByText('This circle has ended. Names and seats are being deleted.').waitFor();
		await maria.getByText('El círculo ha terminado. Gracias.').waitFor();
		for (const p of [dev, li, sam]) await p.getByText('The circle has ended. Thank you.').waitFor();
		await screen.getByText('The circle has ended. Thank you.').waitFor();
		expect(await maria.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('circlekeeper:seat:')))).toEqual([]);

		// The README's screenshots are refreshed on request only, so a test run leaves the work tree clean.
		if (process.env.UPDATE_SCREENSHOTS === '1') {
			mkdirSync(SCREENSHOTS, { recursive: true });
			copyFileSync(participantShot, `${SCREENSHOTS}/participant.png`);
			copyFileSync(keeperShot, `${SCREENSHOTS}/keeper-console.png`);
			copyFileSync('test-results/screen-return-pass.png', `${SCREENSHOTS}/screen.png`);
		}
	});
});
