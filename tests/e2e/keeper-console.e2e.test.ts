// Two corners of the keeper console in real browsers (issue 8): the passer offered the piece again leaves, and the
// console says so plainly, names nobody, and puts Done beside the words; then the keeper adds a name said in the room
// that nobody typed (and meets the list's limit, said beside the field), closes, and the harvest draft shows "[name]"
// where a note had it. Phones never see that list; axe finds nothing on either state of the console.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MAX_NAMES_TO_REDACT } from '../../src/lib/protocol/seats';
import { SOCKET_PER_SECOND } from '../../server/socket/socket-limits';
import { hasChromium, joinByCode, keeperCookie, LAPTOP, newCircle, newPage, PHONE, requireBrowser, shot, signedInKeeper, startRig, type Rig } from './browser';

requireBrowser();

/** Nobody in the ring is called this, and the name-finding layer alone does not catch it (checked against the redactor). */
const SPOKEN_OF = 'Kwabena';
const NOTE = `${SPOKEN_OF} from next door asked about the park.`;
const PLAN = {
	version: 1,
	title: { en: 'Park neighbours circle' },
	phases: [
		{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'What brings you here?' }, timing: { turnMs: 120_000 } },
		{ kind: 'ceremony', id: 'closing', title: { en: 'Closing' }, text: { en: 'Thank you for being here.' } }
	]
};

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const text = async (page: Page, testid: string) => ((await page.getByTestId(testid).textContent()) ?? '').trim();

/** axe's findings on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
	return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe.skipIf(!hasChromium)('the keeper console', () => {
	let rig: Rig;

	beforeAll(async () => {
		rig = await startRig();
	});

	afterAll(async () => {
		await rig?.close();
	});

	it('says plainly when the return-pass holder has left, with Done in reach; then keeps a spoken-of name out of the harvest', { timeout: 120_000 }, async () => {
		const cookie = await keeperCookie(rig);
		const circle = await newCircle(rig, cookie, { plan: PLAN, keeperName: 'Keeper' });
		const keeper = await signedInKeeper(rig, cookie);
		await keeper.goto(`/keeper/circle/${circle.id}`);
		await keeper.getByTestId('join-code').waitFor();
		const ana = await newPage(rig, { viewport: PHONE, phone: true });
		await joinByCode(ana, circle.joinCode, { name: 'Ana Lima' });
		const bo = await newPage(rig, { viewport: PHONE, phone: true });
		await joinByCode(bo, circle.joinCode, { name: 'Bo Chen' });
		await expect.poll(() => keeper.getByTestId('seat').count()).toBe(3);

		// Check-in: the keeper speaks, Ana passes, Bo speaks; the piece is offered again to Ana.
		await keeper.getByRole('button', { name: 'Open the lobby' }).click();
		await keeper.getByRole('button', { name: 'Begin the circle' }).click();
		await keeper.getByTestId('timeline').getByText('Check-in').waitFor();
		await keeper.getByRole('button', { name: 'Done', exact: true }).click();
		await ana.getByRole('heading', { name: 'Your turn' }).waitFor();
		await ana.getByRole('button', { name: 'Pass', exact: true }).click();
		await bo.getByRole('heading', { name: 'Your turn' }).waitFor();
		await bo.getByRole('button', { name: 'Done', exact: true }).click();
		await ana.getByText('The piece has come back to you. You may speak, or pass again.').waitFor();
		await expect.poll(() => text(keeper, 'keeper-piece')).toBe('Offered again to Ana Lima (return pass)');
		expect(await keeper.getByTestId('holder-left').count()).toBe(0);

		// Ana leaves while the piece is offered to her again.
		await ana.getByRole('button', { name: 'Leave the circle' }).click();
		await ana.getByRole('button', { name: 'Yes, leave' }).click();
		const notice = keeper.getByTestId('holder-left');
		await notice.waitFor();
		expect(await notice.getByRole('alert').textContent()).toBe('The person offered the piece again has left. Press Done to move on.');
		expect(await keeper.locator('main').textContent()).not.toContain('phone is still away');
		expect(await text(keeper, 'keeper-piece')).toBe('Offered again (return pass)');
		// Done sits in the notice itself, inside the laptop's first screen, and it is the only Done on the console.
		const done = notice.getByRole('button', { name: 'Done', exact: true });
		const [box, doneBox] = [await notice.boundingBox(), await done.boundingBox()];
		expect(box && doneBox).toBeTruthy();
		expect(doneBox!.y + doneBox!.height).toBeLessThanOrEqual(LAPTOP.height);
		expect(doneBox!.x >= box!.x && doneBox!.x + doneBox!.width <= box!.x + box!.width + 0.5).toBe(true);
		expect(await keeper.getByRole('button', { name: /^Done/ }).count()).toBe(1);
		expect(await keeper.getByRole('button', { name: /^Pass/ }).count()).toBe(0);
		expect(await keeper.getByRole('button', { name: /minute for this turn/ }).count()).toBe(0);
		expect(await violations(keeper)).toEqual([]);
		await shot(keeper, 'keeper-holder-left');
		await done.click();
		await expect.poll(() => text(keeper, 'keeper-piece')).toBe('The piece is back with you');
		expect(await keeper.getByTestId('holder-left').count()).toBe(0);

		// A note names someone who never sat; the keeper adds that name to keep it out of the harvest.
		await keeper.getByLabel('Note (a short paraphrase)').fill(NOTE);
		await keeper.getByRole('button', { name: 'Add note' }).click();
		await keeper.getByTestId('notes').getByText(NOTE).waitFor();
		const redact = keeper.getByTestId('redact-names');
		await redact.getByText('No names added yet.').waitFor();
		await redact.getByRole('button', { name: 'Add name' }).click();
		await expect.poll(() => text(keeper, 'redact-error')).toBe('Write a name of up to 40 characters.');
		expect(await redact.getByLabel('Name to keep out').getAttribute('aria-invalid')).toBe('true');
		await redact.getByLabel('Name to keep out').fill(SPOKEN_OF);
		await redact.getByRole('button', { name: 'Add name' }).click();
		await expect.poll(() => redact.getByTestId('redact-names-list').locator('li').allTextContents()).toEqual([SPOKEN_OF]);
		expect(await keeper.getByTestId('redact-error').count()).toBe(0);
		expect(await redact.getByLabel('Name to keep out').inputValue()).toBe('');
		await redact.scrollIntoViewIfNeeded();
		await shot(keeper, 'keeper-names-to-redact');
		expect(await violations(keeper)).toEqual([]);
		// The list has a limit: at it, the field says so beside itself, and the names already added stay. (Added at the
		// socket's steady rate: faster, the gateway's flood limit answers first.)
		for (let i = 1; i < MAX_NAMES_TO_REDACT; i++) {
			await keeper.waitForTimeout(1000 / SOCKET_PER_SECOND);
			await redact.getByLabel('Name to keep out').fill(`Qzx${i}`);
			await redact.getByRole('button', { name: 'Add name' }).click();
			await expect.poll(() => redact.getByTestId('redact-names-list').locator('li').count()).toBe(i + 1);
		}
		await expect.poll(() => text(keeper, 'redact-error')).toBe(`The list is full (${MAX_NAMES_TO_REDACT} names). The names on it are still kept out.`);
		expect(await redact.getByRole('button', { name: 'Add name' }).isDisabled()).toBe(true);
		expect(await redact.getByLabel('Name to keep out').getAttribute('aria-describedby')).toContain('redact-error');
		expect(await redact.getByTestId('redact-names-list').locator('li').count()).toBe(MAX_NAMES_TO_REDACT);
		// Only keepers see the list.
		expect(await bo.locator('body').textContent()).not.toContain(SPOKEN_OF);

		// Close: the harvest draft has "[name]" where the note had the spoken-of name.
		await keeper.getByRole('button', { name: 'Close the circle' }).click();
		await keeper.getByRole('button', { name: 'Yes, close it' }).click();
		await keeper.getByRole('link', { name: 'Open the harvest' }).click();
		await keeper.waitForURL('**/harvest');
		await expect.poll(() => text(keeper, 'harvest-status'), { timeout: 20_000 }).toBe('Draft');
		expect(await keeper.getByLabel(/^Themes 1/).inputValue()).toBe('[name] from next door asked about the park.');
		expect(await keeper.locator('main').textContent()).not.toContain(SPOKEN_OF);

		for (const p of [keeper, ana, bo]) await p.context().close();
	});
});
