// The profile a person gives when taking a seat: each issue names the field and says what to do
// (regression: /api/join answered "Expected Object but received Object").
import { expect, it } from 'vitest';
import * as v from 'valibot';
import { SeatProfileSchema } from '$lib/protocol/seats';

const issues = (input: unknown) => {
	const result = v.safeParse(SeatProfileSchema, input);
	return result.success ? [] : result.issues.map((i) => `${v.getDotPath(i) ?? 'profile'}: ${i.message}`);
};

it.each([
	[{}, ['name: is required']],
	[{ name: 'Ana', colour: 'red' }, ['colour: is not a field of a profile']],
	['Ana', ['profile: must be an object']],
	[undefined, ['profile: a profile is required']],
	[{ name: '' }, ['name: must not be empty']],
	[{ name: 'Ana', language: 'xx' }, ['language: must be a supported language']]
])('explains %j as %j', (input, expected) => {
	expect(issues(input)).toEqual(expected);
});
