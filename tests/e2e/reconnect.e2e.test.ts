// Phones that drop and come back: a reload mid-turn keeps the seat and the turn; a phone that loses its network
// says so, keeps its seat and carries on when it returns; a phone that was away when the keeper closed the circle
// shows that the circle has ended when it comes back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, joinByCode, keeperCookie, newCircle, newPage, PHONE, requireBrowser, signedInKeeper, startRig, type Rig } from './browser';

requireBrowser();

const PLAN = {
	version: 1,
	title: { en: 'Staff check-in' },
	phases: [{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'One word for today?' } }]
};

const text = async (page: Page, testid: string) => ((await page.getByTestId(testid).textContent()) ?? '').trim();
const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });

describe.skipIf(!hasChromium)('phones that drop and come back', () => {
	let rig: Rig;

	beforeAll(async () => {
		rig = await startRig();
	});

	afterAll(async () => {
		await rig?.close();
	});

	it('keeps seat and turn across a reload and a lost network, and shows the end to a phone that was away', { timeout: 90_000 }, async () => {
		const cookie = await keeperCookie(rig);
		const { id, joinCode } = await newCircle(rig, cookie, { plan: PLAN, keeperName: 'Rosa' });
		const keeper = await signedInKeeper(rig, cookie);
		await keeper.goto(`/keeper/circle/${id}`);
		const ada = await newPage(rig, { viewport: PHONE, phone: true });
		const ben = await newPage(rig, { viewport: PHONE, phone: true });
		await joinByCode(ada, joinCode, { name: 'Ada' });
		await joinByCode(ben, joinCode, { name: 'Ben' });
		await expect.poll(() => keeper.getByTestId('seat').count()).toBe(3);

		await keeper.getByRole('button', { name: 'Open the lobby' }).click();
		await keeper.getByRole('button', { name: 'Begin the circle' }).click();
		await expect.poll(() => text(keeper, 'keeper-piece')).toBe('Rosa holds the piece');
		await keeper.getByRole('button', { name: 'Done', exact: true }).click();

		// Ada reloads in the middle of her turn: same seat, same turn, and Done still works.
		await heading(ada, 'Your turn').waitFor();
		await ada.reload();
		await heading(ada, 'Your turn').waitFor();
		await expect.poll(() => text(ada, 'announcer')).toBe('Your turn');
		expect(await keeper.getByTestId('seat').count()).toBe(3);
		await expect.poll(() => text(keeper, 'keeper-piece')).toBe('Ada holds the piece');
		await ada.getByRole('button', { name: 'Done', exact: true }).click();

		// Ben loses his network while he holds the piece: his phone says so, the keeper sees the turn waiting.
		await heading(ben, 'Your turn').waitFor();
		await ben.context().setOffline(true);
		await expect.poll(() => text(ben, 'reconnecting')).toBe('Reconnecting… your seat is kept.');
		await keeper.getByTestId('seat').filter({ hasText: 'Ben' }).getByText('away', { exact: true }).waitFor();
		await keeper.getByText(/Ben’s phone has dropped\. The turn waits/).waitFor();
		await expect.poll(() => text(ada, 'piece-where')).toBe('Ben has the piece');
		await ada.getByText('Their phone has dropped; the turn waits for them.').waitFor();

		// Back online: the banner goes, the turn is still his, and he finishes it.
		await ben.context().setOffline(false);
		await expect.poll(() => ben.getByTestId('reconnecting').count()).toBe(0);
		await heading(ben, 'Your turn').waitFor();
		await expect.poll(() => keeper.getByTestId('seat').filter({ hasText: 'Ben' }).getByText('away', { exact: true }).count()).toBe(0);
		await ben.getByRole('button', { name: 'Done', exact: true }).click();
		await expect.poll(() => text(keeper, 'keeper-piece')).toBe('The piece is back with you');
		expect(await keeper.getByTestId('seat').count()).toBe(3);

		// Ben goes offline again; meanwhile the keeper closes the circle. Ada sees the end at once, Ben when he is back.
		await ben.context().setOffline(true);
		await ben.getByTestId('reconnecting').waitFor();
		await keeper.getByRole('button', { name: 'Close the circle' }).click();
		await keeper.getByRole('button', { name: 'Yes, close it' }).click();
		await ada.getByText('The circle has ended. Thank you.').waitFor();
		await ben.context().setOffline(false);
		await ben.getByText('The circle has ended. Thank you.').waitFor();
		await ben.getByText('Your name has been removed from this device.').waitFor();
		expect(await ben.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('circlekeeper:seat:')))).toEqual([]);
	});
});
