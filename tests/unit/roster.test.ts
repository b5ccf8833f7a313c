// The roster the harvest redacts is everyone who ever sat plus the names keepers add: leavers and removed seats
// stay in the (sealed) state until close, and a keeper-only command adds names of people spoken of.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lifecycle } from '$lib/protocol/circle';
import { parseCommand } from '$lib/protocol/commands';
import { rosterNames } from '$lib/protocol/circle-context';
import { MACHINE_VERSION } from '$lib/protocol/machine';
import { persistCircle, restoreCircle, type PersistedCircle } from '$lib/protocol/persistence';
import { MAX_NAMES_EVER_SEATED, MAX_NAMES_TO_REDACT } from '$lib/protocol/seats';
import { keeper, plan, Ring, seat, sequentialRound, system } from '../support/circles';

const rounds = plan([sequentialRound()]);

describe('roster of everyone who sat', () => {
	it('keeps the name of a participant who left, for the harvest, while no view shows it', () => {
		const ring = Ring.live(rounds, ['a', 'b']);
		ring.join('j', 'participant', { name: 'Joy Okonkwo' }).send(seat('j'), { type: 'LEAVE' });
		expect(ring.ctx.seats.j).toBeUndefined();
		expect(ring.ctx.departedNames).toEqual(['Joy Okonkwo']);
		expect(rosterNames(ring.ctx)).toContain('Joy Okonkwo');
		expect(JSON.stringify([ring.screen(), ring.participant('a'), ring.keeperView()])).not.toContain('Joy Okonkwo');
	});

	it('keeps the name of a seat the keeper removed, once even if the same name left twice', () => {
		const ring = Ring.live(rounds, ['a']);
		ring.join('s1', 'participant', { name: 'sunny gill' }).send(keeper, { type: 'REMOVE_SEAT', seatId: 's1' });
		ring.join('s2', 'participant', { name: 'sunny gill' }).send(seat('s2'), { type: 'LEAVE' });
		expect(ring.ctx.departedNames).toEqual(['sunny gill']);
	});

	it(`stops taking joins once ${MAX_NAMES_EVER_SEATED} names have sat, so joining and leaving cannot grow the state without end`, () => {
		const ring = Ring.live(rounds, ['a']);
		for (let i = 0; ring.ctx.departedNames.length + Object.keys(ring.ctx.seats).length < MAX_NAMES_EVER_SEATED; i++) {
			ring.join(`s${i}`, 'participant', { name: `Churn ${i}` }).send(seat(`s${i}`), { type: 'LEAVE' });
		}
		const before = ring.ctx;
		const refused = ring.try(system, { type: 'JOIN', seatId: 'late', role: 'participant', profile: { name: 'Late', pronouns: '', language: 'en', access: { largeText: false, screenReader: false, extraTime: false, prefersToType: false } } });
		expect(refused.ok).toBe(false);
		expect(ring.ctx).toEqual(before);
	});

	it('counts the keepers’ typed names as roster names', () => {
		const ring = new Ring(rounds).join('k', 'keeper', { name: 'Farhad Rahimi' });
		expect(rosterNames(ring.ctx)).toEqual(['Farhad Rahimi']);
	});
});

describe('ADD_NAME_TO_REDACT', () => {
	it('adds a keeper’s name to the roster once, trimmed at the wire', () => {
		const ring = Ring.live(rounds, ['a']);
		const parsed = parseCommand({ type: 'ADD_NAME_TO_REDACT', name: '  Hope Tuiasosopo ' });
		if (!parsed.ok) return expect.fail(parsed.issues.join());
		ring.send(keeper, parsed.command).send(keeper, { type: 'ADD_NAME_TO_REDACT', name: 'Hope Tuiasosopo' });
		expect(ring.ctx.namesToRedact).toEqual(['Hope Tuiasosopo']);
		expect(rosterNames(ring.ctx)).toContain('Hope Tuiasosopo');
	});

	it('refuses participants, and leaves the state unchanged', () => {
		const ring = Ring.live(rounds, ['a']);
		const before = ring.ctx;
		const result = ring.try(seat('a'), { type: 'ADD_NAME_TO_REDACT', name: 'Mark Lee' });
		expect(result.ok ? null : result.error.code).toBe('not_authorized');
		expect(ring.ctx).toEqual(before);
	});

	it.each([
		['an empty name', ''],
		['a name longer than a seat name', 'x'.repeat(41)],
		['a name with control characters', 'Ma\u0000rk']
	])('refuses %s at the wire', (_, name) => {
		expect(parseCommand({ type: 'ADD_NAME_TO_REDACT', name }).ok).toBe(false);
	});

	it(`refuses more than ${MAX_NAMES_TO_REDACT} names with a reason`, () => {
		const ring = Ring.live(rounds, ['a']);
		for (let i = 0; i < MAX_NAMES_TO_REDACT; i++) ring.send(keeper, { type: 'ADD_NAME_TO_REDACT', name: `Name ${i}` });
		const result = ring.try(keeper, { type: 'ADD_NAME_TO_REDACT', name: 'One more' });
		expect(result.ok ? null : result.error).toMatchObject({ code: 'not_allowed_now', message: expect.stringMatching(/full/) });
	});
});

describe('IDLE_CLOSE', () => {
	it('closes a circle when the server sends it', () => {
		const ring = Ring.live(rounds, ['a']).send(system, { type: 'IDLE_CLOSE' });
		expect(lifecycle(ring.circle)).toBe('closed');
	});

	it('is refused from anyone but the server', () => {
		const ring = Ring.live(rounds, ['a']);
		expect(ring.try(keeper, { type: 'IDLE_CLOSE' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
		expect(lifecycle(ring.circle)).toBe('live');
	});
});

describe('snapshot migration 5 → 6', () => {
	const fixture = JSON.parse(readFileSync('tests/fixtures/snapshot-v5.json', 'utf8')) as PersistedCircle;

	it('restores a stored version 5 snapshot with empty departed and added names, and everything else as it was', () => {
		expect(fixture.version).toBe(5);
		const restored = restoreCircle(fixture);
		const ctx = restored.snapshot.context;
		expect(ctx.departedNames).toEqual([]);
		expect(ctx.namesToRedact).toEqual([]);
		expect(Object.values(ctx.seats).map((s) => s.name)).toEqual(['Oyelaran Adebayo', 'Quillaqori Mamani']);
		expect(ctx.agreements).toEqual(['We listen to Quillaqori first.']);
		expect(lifecycle(restored)).toBe('lobby');
		expect(persistCircle(restored).version).toBe(MACHINE_VERSION);
	});

	it('carries on after the migration: a leaver of a migrated circle is kept for redaction', () => {
		const restored = restoreCircle(fixture);
		const ring = Object.assign(Object.create(Ring.prototype) as Ring, { now: 1_764_000_100_000, circle: restored });
		ring.send(seat('seatquilla'), { type: 'LEAVE' });
		expect(ring.ctx.departedNames).toEqual(['Quillaqori Mamani']);
	});
});
