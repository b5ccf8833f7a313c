// The settings of encryption at rest, draft expiry and idle close: defaults, accepted values, and one message per
// bad value (the server then refuses to start).
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

const SECRET = 'a data key secret of at least 32 chars';

function problems(env: Record<string, string>): string[] {
	try {
		loadConfig(env);
		return [];
	} catch (error) {
		if (error instanceof ConfigError) return error.problems;
		throw error;
	}
}

describe('configuration of storage privacy', () => {
	it('defaults to a secret file, 30-day drafts, and 14 days / 12 hours of idleness', () => {
		expect(loadConfig({})).toMatchObject({ dataKeySecret: '', dataKeySecretPrevious: '', harvestDraftDays: 30, idleWaitingDays: 14, idleLiveHours: 12 });
	});

	it('takes a secret, a previous secret while rotating, and other limits', () => {
		const env = { DATA_KEY_SECRET: SECRET, DATA_KEY_SECRET_PREVIOUS: 'old', HARVEST_DRAFT_DAYS: '7', IDLE_CLOSE_WAITING_DAYS: '3', IDLE_CLOSE_LIVE_HOURS: '2' };
		expect(loadConfig(env)).toMatchObject({ dataKeySecret: SECRET, dataKeySecretPrevious: 'old', harvestDraftDays: 7, idleWaitingDays: 3, idleLiveHours: 2 });
	});

	it.each([
		['a short secret', { DATA_KEY_SECRET: 'short' }, /DATA_KEY_SECRET must be at least 32/],
		['a previous secret without a new one', { DATA_KEY_SECRET_PREVIOUS: SECRET }, /DATA_KEY_SECRET_PREVIOUS is for rotation/],
		['no draft period', { HARVEST_DRAFT_DAYS: '0' }, /HARVEST_DRAFT_DAYS/],
		['a fractional idle limit', { IDLE_CLOSE_LIVE_HOURS: '1.5' }, /IDLE_CLOSE_LIVE_HOURS/],
		['a word for days', { IDLE_CLOSE_WAITING_DAYS: 'two' }, /IDLE_CLOSE_WAITING_DAYS/]
	])('refuses %s with a message naming the variable', (_, env, message) => {
		const found = problems(env);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(message);
	});
});
