// PUBLIC_URL is where passkeys are bound, so only an origin WebAuthn accepts may start the server.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

describe('PUBLIC_URL', () => {
	it.each([
		['https://circles.example.org', 'https://circles.example.org'],
		['https://circles.example.org/', 'https://circles.example.org'],
		['https://circles.example.org:8443', 'https://circles.example.org:8443'],
		['http://localhost:3000', 'http://localhost:3000'],
		['', '']
	])('accepts %j as %j', (raw, expected) => {
		expect(loadConfig({ PUBLIC_URL: raw }).publicUrl).toBe(expected);
	});

	it.each([
		['http://circles.example.org', 'plain http away from localhost'],
		['https://192.0.2.7', 'an IP address, which can never be an RP id'],
		['https://[::1]', 'an IPv6 address'],
		['https://circles.example.org/app', 'a path'],
		['circles.example.org', 'no scheme'],
		['https://circles.example.org?x=1', 'a query']
	])('refuses %j (%s)', (raw) => {
		expect(() => loadConfig({ PUBLIC_URL: raw })).toThrow(ConfigError);
		expect(() => loadConfig({ PUBLIC_URL: raw })).toThrow(/PUBLIC_URL/);
	});
});
