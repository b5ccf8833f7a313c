// Commands on the wire: schema validation with readable issues, and typed refusals that leave the circle untouched.
import { describe, expect, it } from 'vitest';
import { HOLDER_COMMANDS, KEEPER_COMMANDS, PARTICIPANT_COMMANDS, SEAT_COMMANDS } from '$lib/protocol/authorization';
import { applyEvent, contextOf, lifecycle } from '$lib/protocol/circle';
import { COMMAND_TYPES, parseCommand, type CircleEvent } from '$lib/protocol/commands';
import { ERROR_CODES } from '$lib/protocol/errors';
import { keeper, plan, Ring, screen, seat, sequentialRound, system } from '../support/circles';

describe('parseCommand', () => {
	it.each([
		[{ type: 'DONE' }],
		[{ type: 'DONE', response: 'affirm' }],
		[{ type: 'SHARE_TEXT', text: '  I hear you.  ' }],
		[{ type: 'EXTEND', target: 'turn', ms: 60_000 }],
		[{ type: 'REORDER', order: ['k', 'a-1', 'b_2'] }],
		[{ type: 'SET_LANGUAGE', language: 'zh-Hant' }],
		[{ type: 'ACK_CARE', signalId: 3 }]
	])('accepts %j', (input) => {
		expect(parseCommand(input)).toMatchObject({ ok: true, command: { type: input.type } });
	});

	it('trims shared text', () => {
		expect(parseCommand({ type: 'SHARE_TEXT', text: '  I hear you.  ' })).toEqual({ ok: true, command: { type: 'SHARE_TEXT', text: 'I hear you.' } });
	});

	it.each([
		['not an object', 'DONE', 'must be a known command'],
		['an unknown type', { type: 'DANCE' }, 'must be a known command'],
		['an extra field', { type: 'PASS', seatId: 'a' }],
		['a missing field', { type: 'GIVE_PIECE' }, 'seatId'],
		['a malformed seat id', { type: 'SKIP', seatId: 'a b' }, 'seatId: must be a seat id'],
		['too short an extension', { type: 'EXTEND', target: 'turn', ms: 10 }, 'ms: must be at least 1 second'],
		['too long an extension', { type: 'EXTEND', target: 'turn', ms: 31 * 60_000 }, 'ms: must be at most 30 minutes'],
		['an unknown timer', { type: 'EXTEND', target: 'round', ms: 60_000 }, 'target: must be "turn" or "phase"'],
		['empty shared text', { type: 'SHARE_TEXT', text: '   ' }, 'text: must not be empty'],
		['too long shared text', { type: 'SHARE_TEXT', text: 'x'.repeat(2001) }, 'text: must be at most 2000 characters'],
		['an unsupported language', { type: 'SET_LANGUAGE', language: 'xx' }, 'language: must be a supported language'],
		['a response other than affirm or suggest', { type: 'DONE', response: 'maybe' }, 'response: must be "affirm" or "suggest"'],
		['a negative agreement index', { type: 'REMOVE_AGREEMENT', index: -1 }, 'index'],
		['a non-boolean switch', { type: 'SET_LOCKED', locked: 'yes' }, 'locked: must be true or false'],
		['too many seats in an order', { type: 'REORDER', order: Array.from({ length: 61 }, (_, i) => `s${i}`) }, 'order: must have at most 60 seats']
	])('refuses %s with an issue naming the field', (_, input, message?: string) => {
		const result = parseCommand(input);
		expect(result.ok).toBe(false);
		if (!result.ok && message) expect(result.issues.join('\n')).toContain(message);
	});

	it('refuses events only the server may produce', () => {
		for (const type of ['JOIN', 'SEAT_DROPPED', 'SEAT_RECONNECTED', 'TIMER_EXPIRED']) expect(parseCommand({ type }).ok).toBe(false);
	});

	it('assigns every command to exactly one kind of sender', () => {
		const kinds = [...KEEPER_COMMANDS, ...HOLDER_COMMANDS, ...SEAT_COMMANDS, ...PARTICIPANT_COMMANDS];
		expect([...kinds].sort()).toEqual([...COMMAND_TYPES].sort());
		expect(new Set(kinds).size).toBe(kinds.length);
	});
});

describe('refusals', () => {
	const p = plan([sequentialRound()]);

	it.each([
		['not_authorized', 'a participant uses a keeper control', (r: Ring) => r.try(seat('a'), { type: 'PAUSE' })],
		['not_authorized', 'the screen sends a command', (r: Ring) => r.try(screen, { type: 'DONE' })],
		['not_authorized', 'the server sends a person\'s command', (r: Ring) => r.try(system, { type: 'LEAVE' })],
		['not_authorized', 'a person sends a server event', (r: Ring) => r.try(keeper, { type: 'TIMER_EXPIRED' })],
		['not_holder', 'a participant ends someone else\'s turn', (r: Ring) => r.try(seat('b'), { type: 'DONE' })],
		['unknown_seat', 'a seat that is not in the circle sends a command', (r: Ring) => r.try(seat('zz'), { type: 'CARE_SIGNAL' })],
		['unknown_seat', 'a keeper names a seat that is not in the circle', (r: Ring) => r.try(keeper, { type: 'SKIP', seatId: 'zz' })],
		['not_allowed_now', 'a keeper resumes a running circle', (r: Ring) => r.try(keeper, { type: 'RESUME' })],
		['not_allowed_now', 'a keeper waits when nobody is away', (r: Ring) => r.try(keeper, { type: 'WAIT' })],
		['circle_locked', 'a participant joins a locked circle', (r: Ring) => r.send(keeper, { type: 'SET_LOCKED', locked: true }).try(system, { type: 'JOIN', seatId: 'late', role: 'participant', profile: { name: 'Late', pronouns: '', language: 'en', access: { largeText: false, screenReader: false, extraTime: false, prefersToType: false } } })],
		['circle_closed', 'anyone sends anything to a closed circle', (r: Ring) => r.send(keeper, { type: 'CLOSE' }).try(keeper, { type: 'OPEN' })]
	])('refuses with %s when %s', (code, _, act) => {
		const result = act(Ring.live(p).done());
		expect(result).toMatchObject({ ok: false, error: { code } });
		if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
	});

	it('uses only codes from the one list', () => {
		const ring = Ring.live(p);
		for (const type of COMMAND_TYPES) {
			const result = applyEvent(ring.circle, { type, actor: seat('b'), at: ring.now } as CircleEvent);
			if (!result.ok) expect(ERROR_CODES).toContain(result.error.code);
		}
	});

	it('leaves the circle identical after a refusal: the same object and the same sequence number', () => {
		const ring = Ring.live(p).done();
		const before = ring.circle;
		const context = structuredClone(contextOf(before));
		expect(ring.try(seat('b'), { type: 'PASS' }).ok).toBe(false);
		expect(ring.try(keeper, { type: 'REORDER', order: ['a'] }).ok).toBe(false);
		expect(ring.circle).toBe(before);
		expect(ring.circle.seq).toBe(before.seq);
		expect(contextOf(ring.circle)).toEqual(context);
		expect(lifecycle(ring.circle)).toBe('live');
	});

	it('refuses participants acting on seats that are not theirs to name', () => {
		const ring = Ring.live(p);
		expect(ring.try(seat('a'), { type: 'SKIP', seatId: 'b' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
		expect(ring.try(seat('a'), { type: 'ADMIT', seatId: 'zz' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
	});
});
