// Passkeys in real Chromium with CDP virtual authenticators (CTAP2, internal, resident keys, user verification):
// the first admin registers one at setup, signs out and back in with the passkey alone, adds a second, renames and
// removes one and is refused removing the last; an invitation is accepted with a passkey; a recovery link works once.
// axe finds no WCAG 2.2 A/AA violations on the new pages and states.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { hasChromium, LAPTOP, newContext, PHONE, requireBrowser, startRig, type Rig } from './browser';

requireBrowser();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Each flow runs several axe scans at two sizes: far longer than one step. */
const FLOW_MS = 120_000;

/** A virtual platform authenticator on `page`, the way a phone or laptop with a screen lock holds passkeys. */
async function addAuthenticator(context: BrowserContext, page: Page): Promise<{ cdp: CDPSession; id: string }> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('WebAuthn.enable');
	const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
		options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true }
	});
	return { cdp, id: authenticatorId };
}

describe.skipIf(!hasChromium)('passkeys in the browser', () => {
	let rig: Rig;
	/** The same rig reached as localhost: an IP address can never be a WebAuthn RP id. */
	let local: Rig;
	const findings: string[] = [];

	beforeAll(async () => {
		rig = await startRig();
		local = { ...rig, server: { ...rig.server, url: rig.server.url.replace('127.0.0.1', 'localhost') } };
	});

	afterAll(async () => {
		await rig?.close();
	});

	async function scan(page: Page, state: string): Promise<void> {
		for (const viewport of [PHONE, LAPTOP]) {
			await page.setViewportSize(viewport);
			const result = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
			for (const v of result.violations) findings.push(`${state} @${viewport.width}: ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		}
	}

	async function newPerson(language?: string) {
		const context = await newContext(local, { viewport: LAPTOP, language });
		const page = await context.newPage();
		const authenticator = await addAuthenticator(context, page);
		return { context, page, authenticator };
	}

	/** The first admin's page, signed in by the first test and used by the next. */
	let admin: Page;

	const passkeyRows = (page: Page) => page.getByTestId('passkeys').getByRole('listitem');

	it('registers at setup, signs in with the passkey only, adds, renames and removes one, and keeps the last', async () => {
		const { context, page, authenticator } = await newPerson();
		admin = page;
		await page.goto('/setup');
		await page.getByLabel('Email').fill('admin@example.org');
		await scan(page, 'setup');
		await page.getByRole('button', { name: 'Set up with a passkey', exact: true }).click();
		await page.waitForURL('**/keeper');

		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.waitForURL('**/keeper/login');
		await scan(page, 'sign-in');
		await page.getByRole('button', { name: 'Sign in with a passkey', exact: true }).click();
		await page.waitForURL('**/keeper');

		await page.getByRole('link', { name: 'Your sign-in' }).click();
		await page.waitForURL('**/account');
		await expect.poll(() => passkeyRows(page).count()).toBe(1);
		// A second device: this authenticator already holds a passkey for the account, which the server excludes.
		await authenticator.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: authenticator.id });
		await addAuthenticator(context, page);
		await page.getByRole('button', { name: 'Add a passkey' }).click();
		await expect.poll(() => passkeyRows(page).count()).toBe(2);
		expect(await page.getByTestId('account-status').textContent()).toBe('Passkey added.');

		await passkeyRows(page).nth(1).getByRole('button', { name: 'Rename' }).click();
		await page.getByLabel('Passkey name').fill('Phone');
		await scan(page, 'account: renaming');
		await page.getByRole('button', { name: 'Save name' }).click();
		await expect.poll(() => passkeyRows(page).nth(1).textContent()).toContain('Phone');

		await page.getByRole('button', { name: /^Remove\s*:\s*Passkey$/ }).click();
		await expect.poll(() => passkeyRows(page).count()).toBe(1);
		await page.getByRole('button', { name: /^Remove\s*:\s*Phone$/ }).click();
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('This is your only way to sign in');
		expect(await passkeyRows(page).count()).toBe(1);
		await scan(page, 'account: refused');

		// The remaining passkey (on the second device) still signs in.
		await page.goto('/keeper');
		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.getByRole('button', { name: 'Sign in with a passkey', exact: true }).click();
		await page.waitForURL('**/keeper');
	}, FLOW_MS);

	it('accepts an invitation with a passkey, and a recovery link once', async () => {
		await admin.goto('/admin');
		await admin.getByLabel('Role').selectOption('keeper');
		await admin.getByRole('button', { name: 'Create invitation link' }).click();
		const link = (await admin.getByTestId('invite-link').inputValue()).replace('127.0.0.1', 'localhost');

		const { page: kim } = await newPerson();
		await kim.goto(link);
		await kim.getByLabel('Email').fill('kim@example.org');
		await scan(kim, 'invite');
		await kim.getByRole('button', { name: 'Use a passkey', exact: true }).click();
		await kim.waitForURL('**/keeper');

		await admin.reload();
		await admin.getByRole('button', { name: /^Make a recovery link\s*:\s*kim@example\.org$/ }).click();
		const recovery = (await admin.getByTestId('recovery-link').inputValue()).replace('127.0.0.1', 'localhost');
		await scan(admin, 'admin: sign-in rules and recovery link');

		const { page: newPhone } = await newPerson('es');
		await newPhone.goto(recovery);
		await scan(newPhone, 'recover (es)');
		await newPhone.getByRole('button', { name: 'Agregar una llave de acceso en este dispositivo' }).click();
		await newPhone.waitForURL('**/account');
		await expect.poll(() => passkeyRows(newPhone).count()).toBe(1);
		await scan(newPhone, 'account (es)');
		// The recovery ended the sessions of the lost device.
		expect(await kim.evaluate(() => fetch('/api/me').then((r) => r.status))).toBe(401);

		const { page: again } = await newPerson();
		await again.goto(recovery);
		await again.getByRole('button', { name: 'Add a passkey on this device' }).click();
		await expect.poll(() => again.getByRole('alert').textContent()).toContain('used, expired or not valid');
	}, FLOW_MS);

	it('finds no accessibility violations on the new pages', () => {
		expect(findings).toEqual([]);
	});
});
