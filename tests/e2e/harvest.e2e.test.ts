// The harvest in real browsers: two people with distinctive names answer the trust questions, speak, reflect (one
// reflection in each consent scope, each naming someone) and give feedback; the keeper notes a theme and closes.
// Then the keeper edits and approves the harvest, an admin invites an organizer, and the organizer reads it with
// small counts hidden and exports a CSV with no count from 1 to 10 and no name. After close the database holds no
// name anywhere; and axe finds nothing on the pages this adds, on a phone and a laptop.
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MIN_RELEASE_CIRCLES } from '../../src/lib/harvest/release';
import { NO_PROGRAM } from '../../src/lib/wire/review';
import { getHarvest, insertDraft, setStatus } from '../../server/store/harvests';
import { hasChromium, joinByCode, keeperCookie, LAPTOP, newCircle, newContext, newPage, PHONE, requireBrowser, signedInKeeper, startRig, type Rig } from './browser';

requireBrowser();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const NAMES = ['Txawj Vang', 'Farhad Rahimi'];
const NAME_PARTS = ['Txawj', 'Vang', 'Farhad', 'Rahimi'];
/** How long the purge may take in this test: close purges at once; the sweep job is the fallback. */
const PURGE_WAIT_MS = 20_000;
const PLAN = {
	version: 1,
	title: { en: 'Library neighbours circle', es: 'Círculo de vecinos de la biblioteca' },
	phases: [
		{ kind: 'round', id: 'check-in', title: { en: 'Check-in', es: 'Ronda de llegada' }, prompt: { en: 'What brings you here?', es: '¿Qué le trae aquí?' }, timing: { turnMs: 120_000 } },
		{ kind: 'ceremony', id: 'closing', title: { en: 'Closing', es: 'Cierre' }, text: { en: 'Thank you for being here.', es: 'Gracias por estar aquí.' } }
	]
};

const findings: string[] = [];

/** axe at the phone and laptop sizes; every violation is kept with where it was seen. */
async function scan(page: Page, state: string): Promise<void> {
	const original = page.viewportSize();
	for (const viewport of [PHONE, LAPTOP]) {
		await page.setViewportSize(viewport);
		const result = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
		for (const v of result.violations) findings.push(`${state} @${viewport.width}: ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
	}
	if (original) await page.setViewportSize(original);
}

async function answer(page: Page, legend: string, value: string): Promise<void> {
	await page.getByRole('group', { name: legend }).getByLabel(value, { exact: true }).check();
}

describe.skipIf(!hasChromium)('the harvest, from the circle to the organizer', () => {
	let rig: Rig;
	let cookie: string;
	let circleId = '';

	beforeAll(async () => {
		rig = await startRig();
		cookie = await keeperCookie(rig);
	});

	afterAll(async () => {
		await rig?.close();
	});

	it('walks: trust, turns, reflections, notes, feedback → close → edit and approve → organizer reads and exports', { timeout: 180_000 }, async () => {
		const circle = await newCircle(rig, cookie, { plan: PLAN, keeperName: 'Keeper' });
		circleId = circle.id;
		const keeper = await signedInKeeper(rig, cookie);
		await keeper.goto(`/keeper/circle/${circle.id}`);
		await keeper.getByTestId('join-code').waitFor();

		const phones: Page[] = [];
		for (const name of NAMES) {
			const phone = await newPage(rig, { viewport: PHONE, phone: true });
			await joinByCode(phone, circle.joinCode, { name });
			phones.push(phone);
		}
		const [txawj, farhad] = phones as [Page, Page];

		// In the lobby: the three trust questions, each skippable; Farhad skips one.
		for (const [phone, values] of [[txawj, ['2', '4', '3']], [farhad, ['3', null, '4']]] as const) {
			await phone.getByTestId('trust-before').waitFor();
			const legends = ['I trust the city staff here to listen.', 'I trust the community members here.', 'I believe this circle can make a difference.'];
			for (let i = 0; i < legends.length; i++) if (values[i]) await answer(phone, legends[i]!, values[i]!);
			await phone.getByRole('button', { name: 'Send my answers' }).click();
			await phone.getByText('Thank you for answering.').waitFor();
		}
		await expect.poll(() => keeper.getByTestId('answer-counts').textContent()).toContain('Trust questions answered: 2');

		// The circle runs: everyone speaks in the check-in.
		await keeper.getByRole('button', { name: 'Open the lobby' }).click();
		await keeper.getByRole('button', { name: 'Begin the circle' }).click();
		await keeper.getByTestId('timeline').getByText('Check-in').waitFor();
		expect(await keeper.getByTestId('timeline').locator('[aria-current=step]').textContent()).toContain('Check-in');
		await keeper.getByRole('button', { name: 'Done', exact: true }).click();
		for (const phone of [txawj, farhad]) {
			await phone.getByRole('heading', { name: 'Your turn' }).waitFor();
			await phone.getByRole('button', { name: 'Done', exact: true }).click();
		}

		// Reflections, one in each consent scope, each naming someone in the room.
		const reflections: [Page, string, string][] = [
			[txawj, 'Farhad Rahimi made me feel welcome tonight.', 'Stays in the circle'],
			[txawj, 'Bus routes matter to Farhad Rahimi and to all of us.', 'An anonymous theme for organizers'],
			[farhad, 'I told Txawj Vang the library hours are too short.', 'May be quoted anonymously']
		];
		for (const [phone, text, scope] of reflections) {
			if (await phone.getByRole('button', { name: /^(Write a reflection|Your reflections)/ }).isVisible()) await phone.getByRole('button', { name: /^(Write a reflection|Your reflections)/ }).click();
			await phone.getByLabel('What would you like to leave with the circle?').fill(text);
			await phone.getByRole('radio', { name: new RegExp(`^${scope}`) }).check();
			await phone.getByRole('button', { name: 'Save my reflection' }).click();
			await phone.getByTestId('my-reflections').getByText(text).waitFor();
		}
		await expect.poll(() => keeper.getByTestId('keeper-reflections').locator('li').count()).toBe(3);

		// The keeper notes a theme, tagged to the part it was noted in.
		await keeper.getByLabel('Note (a short paraphrase)').fill('People want to hear back after a listening session.');
		await keeper.getByRole('button', { name: 'Add note' }).click();
		await keeper.getByTestId('notes').getByText('Theme · Check-in').waitFor();

		// The last part: the feedback form appears on the phones.
		await keeper.getByRole('button', { name: 'Finish' }).or(keeper.getByRole('button', { name: 'Next part' })).first().click();
		await keeper.getByTestId('timeline').locator('[aria-current=step]').getByText('Closing').waitFor();
		for (const phone of [txawj, farhad]) await phone.getByTestId('feedback-form').waitFor();
		await scan(txawj, 'participant: feedback form');
		for (const phone of [txawj, farhad]) {
			await answer(phone, 'I felt heard.', '5');
			await answer(phone, 'I felt safe to speak.', '4');
			await answer(phone, 'I trust the community members here.', '5');
			await phone.getByRole('button', { name: 'Send feedback' }).click();
			await phone.getByText('Thank you for your feedback.').waitFor();
		}
		await expect.poll(() => keeper.getByTestId('answer-counts').textContent()).toContain('Check-out feedback: 2');

		// Close; the console links to the harvest.
		await keeper.getByRole('button', { name: 'Close the circle' }).click();
		await keeper.getByRole('button', { name: 'Yes, close it' }).click();
		await keeper.getByRole('link', { name: 'Open the harvest' }).click();
		await keeper.waitForURL('**/harvest');
		await expect.poll(() => keeper.getByTestId('harvest-status').textContent(), { timeout: 20_000 }).toBe('Draft');
		await scan(keeper, 'keeper: harvest draft');
		const pageText = (await keeper.locator('main').textContent()) ?? '';
		for (const part of NAME_PARTS) expect(pageText).not.toContain(part);
		expect(pageText).not.toContain('made me feel welcome'); // "stays in the circle" was never kept

		// The keeper rewords the theme (redaction runs again) and approves.
		await keeper.getByLabel(/^Themes 1/).fill('Residents want to hear back from Txawj Vang after listening sessions.');
		await keeper.getByRole('button', { name: 'Save changes' }).click();
		await expect.poll(() => keeper.getByTestId('harvest-saved').textContent()).toContain('Saved');
		expect(await keeper.getByLabel(/^Themes 1/).inputValue()).not.toContain('Txawj');
		await keeper.getByRole('button', { name: 'Approve for organizers…' }).click();
		await keeper.getByRole('button', { name: 'Yes, approve' }).click();
		await expect.poll(() => keeper.getByTestId('harvest-status').textContent()).toBe('Approved');

		// An admin (the first account) invites an organizer; the organizer accepts in another browser.
		await keeper.goto('/admin');
		await keeper.getByLabel('Role').selectOption('organizer');
		await keeper.getByRole('button', { name: 'Create invitation link' }).click();
		const link = await keeper.getByTestId('invite-link').inputValue();
		expect(link).toContain('/invite#t=');
		const organizerContext = await newContext(rig, { viewport: LAPTOP });
		const organizer = await organizerContext.newPage();
		await organizer.goto(link);
		await organizer.getByLabel('Email').fill('organizer@example.org');
		await organizer.getByLabel('Password', { exact: true }).fill('another long enough password');
		await organizer.getByRole('button', { name: 'Create my account' }).click();
		await organizer.waitForURL('**/review');

		// The organizer chooses the circles outside any program: nothing is released yet, and a release must wait.
		await organizer.getByLabel('Program', { exact: true }).selectOption({ label: 'No program' });
		await organizer.getByRole('button', { name: 'Show' }).click();
		const panel = organizer.getByTestId('release-panel');
		await expect.poll(() => panel.textContent()).toContain('Nothing has been released');
		await scan(organizer, 'organizer: release panel');
		await panel.getByRole('button', { name: 'Make release' }).click();
		await expect.poll(() => organizer.getByTestId('release-error').textContent()).toContain(`${MIN_RELEASE_CIRCLES - 1} more`);
		// Two more circles' harvests are approved (written to the store directly: this test is about the pages).
		const { db } = rig.server.app.database;
		const stored = (await getHarvest(db, circleId))!.harvest;
		for (const id of ['e2e-other-1', 'e2e-other-2']) {
			await insertDraft(db, { harvest: { ...stored, circleId: id, title: `Circle ${id}` }, nameHashes: [], now: Date.now() });
			await setStatus(db, id, { status: 'approved', approvedAt: Date.now(), approvedBy: 'keeper', expiresAt: null });
		}
		await panel.getByRole('button', { name: 'Make release' }).click();
		await expect.poll(() => panel.textContent()).toContain('Release 1 is made.');

		// The organizer finds the harvest, reads it with small counts hidden, looks at trends and exports.
		const item = organizer.getByTestId('review-list').getByRole('link', { name: 'Library neighbours circle' });
		await item.waitFor();
		await scan(organizer, 'organizer: review list');
		await item.click();
		await organizer.getByTestId('review-counts').waitFor();
		expect(await organizer.getByTestId('review-counts').textContent()).toContain('<11');
		const reviewText = (await organizer.locator('main').textContent()) ?? '';
		expect(reviewText).toContain('library hours are too short');
		expect(reviewText).toContain('release 1');
		for (const part of NAME_PARTS) expect(reviewText).not.toContain(part);
		await scan(organizer, 'organizer: harvest');
		await organizer.goto(`/review/trends?programId=${NO_PROGRAM}`);
		await expect.poll(() => organizer.getByTestId('trends-summary').textContent()).toContain(`${MIN_RELEASE_CIRCLES} approved harvest`);
		expect(await organizer.getByTestId('trends-release').textContent()).toContain('Release 1 of No program');
		await organizer.goto('/review');
		await organizer.getByLabel('Program', { exact: true }).selectOption({ label: 'No program' });
		await organizer.getByRole('button', { name: 'Show' }).click();
		const [download] = await Promise.all([organizer.waitForEvent('download'), organizer.getByTestId('export-csv').click()]);
		const csv = readFileSync((await download.path())!, 'utf8');
		const [header, ...rows] = csv.trim().split('\n');
		expect(header).toContain('participants');
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			const cells = row.split(',');
			// Counts sit between the five leading fields (id, release, title, program, date) and the two trailing ratios.
			for (const cell of cells.slice(5, -2)) expect(cell).not.toMatch(/^(10|[1-9])$/);
		}
		for (const part of NAME_PARTS) expect(csv).not.toContain(part);

		for (const p of [keeper, organizer, ...phones]) await p.context().close();
	});

	it('keeps no name anywhere in the database once the closed circle is purged', { timeout: 60_000 }, async () => {
		expect(circleId).not.toBe('');
		const db = rig.server.app.database.db;
		await expect
			.poll(async () => (await sql<{ n: number }>`select count(*) as n from circle_snapshots where circle_id = ${circleId}`.execute(db)).rows[0]?.n, { timeout: PURGE_WAIT_MS })
			.toBe(0);
		const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)).rows.map((r) => r.name);
		expect(tables.length).toBeGreaterThan(3);
		const dump: string[] = [];
		for (const table of tables) {
			const rows = (await sql.raw(`select * from "${table.replaceAll('"', '""')}"`).execute(db)).rows as Record<string, unknown>[];
			for (const row of rows) for (const value of Object.values(row)) dump.push(Buffer.isBuffer(value) ? value.toString('latin1') : String(value));
		}
		const all = dump.join('\n');
		for (const part of NAME_PARTS) expect(all, `"${part}" is still stored`).not.toContain(part);
	});

	it('axe finds no violations on the harvest, review and feedback pages', () => {
		expect(findings).toEqual([]);
	});
});
