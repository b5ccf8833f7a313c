// What a keeper sees of phones that took a seat but never connected: each is marked "joining" in the ring, and
// the keeper clears them all with one confirmed press instead of one by one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinCircle } from '../support/server';
import { hasChromium, keeperCookie, newCircle, requireBrowser, signedInKeeper, startRig, type Rig } from './browser';

requireBrowser();

const PLAN = {
	version: 1,
	title: { en: 'Joining' },
	phases: [{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'One word for today?' } }]
};

describe.skipIf(!hasChromium)('seats whose phone never connected', () => {
	let rig: Rig;

	beforeAll(async () => {
		rig = await startRig();
	});

	afterAll(async () => {
		await rig?.close();
	});

	it('shows them as joining and removes them all at once', { timeout: 60_000 }, async () => {
		const cookie = await keeperCookie(rig);
		const circle = await newCircle(rig, cookie, { plan: PLAN });
		const keeper = await signedInKeeper(rig, cookie);
		await keeper.goto(`/keeper/circle/${circle.id}`);
		for (const name of ['Ana', 'Ben']) await joinCircle(rig.server, circle.joinCode, name);
		const seats = keeper.getByTestId('seat');
		await expect.poll(() => seats.count(), { timeout: 10_000 }).toBe(3);
		await expect.poll(async () => (await seats.allTextContents()).filter((t) => t.includes('joining')).length).toBe(2);
		await keeper.getByRole('button', { name: 'Remove the 2 still joining' }).click();
		await keeper.getByRole('button', { name: 'Yes, remove all 2' }).click();
		await expect.poll(() => seats.count(), { timeout: 10_000 }).toBe(1);
		await keeper.context().close();
	});
});
