// Security headers and the Content-Security-Policy in a real browser: every page is served with a policy that
// allows only its own origin's scripts (SvelteKit's start-up script by nonce), and no page trips it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, keeperCookie, LAPTOP, newCircle, newPage, requireBrowser, signedInKeeper, startRig, type Rig } from './browser';

requireBrowser();

describe.skipIf(!hasChromium)('security headers and CSP', () => {
	let rig: Rig;
	let cookie: string;

	beforeAll(async () => {
		rig = await startRig();
		cookie = await keeperCookie(rig);
	});

	afterAll(async () => {
		await rig?.close();
	});

	it('serves every page with a script policy, frame denial, nosniff and no referrer, and no page violates it', async () => {
		const circle = await newCircle(rig, cookie, { templateId: 'check-in-check-out', keeperName: 'Ana' });
		const keeper = await signedInKeeper(rig, cookie);
		const paths = ['/', '/join', '/setup', '/keeper/login', '/keeper', '/keeper/plans', '/keeper/plans/new', '/review', '/review/trends', '/admin', `/keeper/circle/${circle.id}`, circle.screenPath];
		for (const path of paths) {
			const response = await keeper.goto(path);
			await keeper.waitForLoadState('networkidle');
			const headers = response!.headers();
			expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'nonce-[^']+'/);
			expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
			expect(headers['content-security-policy'], path).toContain("object-src 'none'");
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['x-frame-options'], path).toBe('DENY');
			expect(headers['referrer-policy'], path).toBe('no-referrer');
		}
		expect(rig.cspViolations).toEqual([]);
	});

	it('blocks and reports an injected inline script, so a violation anywhere fails the browser tests', async () => {
		const page = await newPage(rig, { viewport: LAPTOP });
		await page.goto('/');
		await page.addScriptTag({ content: 'window.__injected = true;' }).catch(() => undefined);
		await expect.poll(() => rig.cspViolations.length).toBeGreaterThan(0);
		expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
		expect(rig.cspViolations.join('\n')).toContain('script-src');
		rig.cspViolations.length = 0;
	});
});
