// What a live circle gathers for its harvest: keepers' notes by phase, reflections with consent
// scopes, anonymous feedback (once per person), and equity-of-voice counts per seat.
import { describe, expect, it } from 'vitest';
import { keeper, plan, popcornRound, Ring, seat, sequentialRound, screen } from '../support/circles';

const rounds = plan([sequentialRound({ timing: { turnMs: 60_000 } }), popcornRound()]);
const noTrust = [null, null, null];

describe('keeper notes', () => {
	it('tags each note to the phase it was written in', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'ADD_NOTE', kind: 'theme', text: 'Feeling unheard by the city' });
		ring.send(keeper, { type: 'ADVANCE' }).send(keeper, { type: 'ADD_NOTE', kind: 'agreement', text: 'Speak for yourself' });
		expect(ring.keeperView().harvest.notes.map((n) => [n.kind, n.phaseIndex, n.text])).toEqual([
			['theme', 0, 'Feeling unheard by the city'],
			['agreement', 1, 'Speak for yourself']
		]);
	});

	it('lets a keeper remove a note, and nobody else add one', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'ADD_NOTE', kind: 'theme', text: 'Housing' });
		const id = ring.keeperView().harvest.notes[0]!.id;
		expect(ring.try(seat('a'), { type: 'ADD_NOTE', kind: 'theme', text: 'x' }).ok).toBe(false);
		ring.send(keeper, { type: 'REMOVE_NOTE', id });
		expect(ring.keeperView().harvest.notes).toEqual([]);
	});

	it('keeps notes away from phones and the screen', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'ADD_NOTE', kind: 'theme', text: 'Policing in Meadowview' });
		expect(JSON.stringify(ring.participant('a'))).not.toContain('Meadowview');
		expect(JSON.stringify(ring.screen())).not.toContain('Meadowview');
	});
});

describe('reflections', () => {
	it('shows keepers every reflection without its author, and each person only their own', () => {
		const ring = Ring.live(rounds);
		ring.send(seat('a'), { type: 'REFLECT', scope: 'circle', text: 'I was nervous to come' });
		ring.send(seat('b'), { type: 'REFLECT', scope: 'quote', text: 'Being listened to mattered' });
		expect(ring.keeperView().harvest.reflections).toEqual([
			{ id: 1, scope: 'circle', text: 'I was nervous to come' },
			{ id: 2, scope: 'quote', text: 'Being listened to mattered' }
		]);
		expect(ring.participant('a').you?.reflections.map((r) => r.text)).toEqual(['I was nervous to come']);
		expect(JSON.stringify(ring.participant('b'))).not.toContain('nervous');
		expect(JSON.stringify(ring.screen())).not.toContain('nervous');
	});

	it('refuses a reflection from the screen', () => {
		expect(Ring.live(rounds).try(screen, { type: 'REFLECT', scope: 'theme', text: 'x' }).ok).toBe(false);
	});
});

describe('feedback', () => {
	it('takes trust answers before and feedback after once per participant', () => {
		const ring = Ring.live(rounds);
		ring.send(seat('a'), { type: 'TRUST_BEFORE', trust: [2, 3, null] });
		expect(ring.try(seat('a'), { type: 'TRUST_BEFORE', trust: [5, 5, 5] }).ok).toBe(false);
		ring.send(seat('a'), { type: 'FEEDBACK', heard: 5, safe: 4, trust: [3, 4, null] });
		expect(ring.try(seat('a'), { type: 'FEEDBACK', heard: 1, safe: 1, trust: noTrust }).ok).toBe(false);
		expect(ring.participant('a').you).toMatchObject({ trustAnswered: true, feedbackGiven: true });
		expect(ring.keeperView().harvest).toMatchObject({ trustAnswers: 1, feedbackAnswers: 1 });
	});

	it('refuses feedback from keepers: they do not rate their own circle', () => {
		const result = Ring.live(rounds).try(keeper, { type: 'FEEDBACK', heard: 5, safe: 5, trust: noTrust });
		expect(result.ok ? null : result.error.code).toBe('not_authorized');
	});

	it('keeps answers apart from who gave them', () => {
		const ring = Ring.live(rounds);
		ring.send(seat('c'), { type: 'FEEDBACK', heard: 2, safe: 2, trust: noTrust });
		ring.send(seat('a'), { type: 'FEEDBACK', heard: 5, safe: 5, trust: noTrust });
		const f = ring.ctx.harvest.feedback;
		expect(f.afterFrom).toEqual(['a', 'c']);
		expect(f.after.map((x) => x.heard)).toEqual([2, 5]);
		expect(Object.keys(f.after[0]!)).not.toContain('seatId');
	});

	it.each([
		['an answer of 6', { type: 'FEEDBACK', heard: 6, safe: null, trust: noTrust }],
		['two trust answers instead of three', { type: 'TRUST_BEFORE', trust: [1, 2] }],
		['a fractional answer', { type: 'FEEDBACK', heard: 2.5, safe: null, trust: noTrust }]
	])('rejects %s at the schema', async (_name, command) => {
		const { parseCommand } = await import('$lib/protocol/commands');
		expect(parseCommand(command).ok).toBe(false);
	});
});

describe('equity of voice', () => {
	it('counts holding time as speaking, passes as passes, and second offers as returns', () => {
		const ring = Ring.live(rounds).tick(20_000).done('k').tick(1_000).pass('a').tick(90_000).done('b').tick(30_000).done('c');
		ring.tick(45_000).done('a'); // a speaks when offered the piece again
		const voice = ring.ctx.harvest.voice;
		expect(voice.k).toEqual({ speakingMs: 20_000, turns: 1, passes: 0, returns: 0 });
		expect(voice.a).toEqual({ speakingMs: 45_000, turns: 1, passes: 1, returns: 1 });
		expect(voice.b).toEqual({ speakingMs: 90_000, turns: 1, passes: 0, returns: 0 });
	});

	it('does not count the keeper holding the piece after the round as speaking', () => {
		const ring = Ring.live(rounds).done('k').done('a').done('b').done('c');
		const before = ring.ctx.harvest.voice.k;
		ring.tick(60_000).send(keeper, { type: 'ADVANCE' });
		expect(ring.ctx.harvest.voice.k).toEqual(before);
	});
});
