// Sequential rounds: the piece goes once around the ring from the keeper, back to passers once, then to the keeper.
// PRODUCT.md "Round modes" (sequential) and talking-piece rules 1–3.
import { describe, expect, it } from 'vitest';
import { keeper, plan, Ring, seat, sequentialRound } from '../support/circles';

const twoRounds = plan([sequentialRound(), sequentialRound({ id: 'second' })]);

/** Who is offered the piece, turn by turn, when each holder does what `choose` says. */
function walk(ring: Ring, choose: (seatId: string, turn: number) => 'done' | 'pass', max = 20): string[] {
	const seen: string[] = [];
	for (let turn = 0; turn < max && ring.piece.stage !== 'reflect'; turn++) {
		const holder = ring.holder!;
		seen.push(holder);
		if (choose(holder, turn) === 'pass') ring.pass();
		else ring.done();
	}
	return seen;
}

describe('sequential round', () => {
	it('starts with the piece at the keeper, who answers first', () => {
		const ring = Ring.live(twoRounds);
		expect(ring.ctx.ring).toEqual(['k', 'a', 'b', 'c']);
		expect(ring.holder).toBe('k');
		expect(ring.piece.stage).toBe('main');
		expect(ring.state()).toBe('{"live":{"running":{"piece":"holding"}}}');
	});

	it('moves the piece one way around the ring, offering each seat once', () => {
		const ring = Ring.live(twoRounds);
		expect(walk(ring, () => 'done')).toEqual(['k', 'a', 'b', 'c']);
		expect(ring.piece.offered).toEqual(['k', 'a', 'b', 'c']);
	});

	it('starts at the seat after the keeper and ends with the keeper when the keeper goes last', () => {
		const ring = Ring.live(plan([sequentialRound({ start: 'keeper-last' })]));
		expect(walk(ring, () => 'done')).toEqual(['a', 'b', 'c', 'k']);
	});

	it('returns the piece to each passer once, in ring order', () => {
		const ring = Ring.live(twoRounds);
		const order = walk(ring, (id, turn) => ((id === 'a' || id === 'c') && turn < 4 ? 'pass' : 'done'));
		expect(order).toEqual(['k', 'a', 'b', 'c', 'a', 'c']);
		expect(ring.piece.returned).toEqual(['a', 'c']);
	});

	it('offers a passer the piece only once more, even when they pass again', () => {
		const ring = Ring.live(twoRounds);
		const order = walk(ring, (id) => (id === 'b' ? 'pass' : 'done'));
		expect(order).toEqual(['k', 'a', 'b', 'c', 'b']);
		expect(ring.piece.stage).toBe('reflect');
		expect(ring.piece.tally).toMatchObject({ turns: 3, passes: 2 });
	});

	it('moves into the return pass only after the main pass, with the passer in the return stage', () => {
		const ring = Ring.live(twoRounds);
		ring.done().pass(); // k done, a passes
		expect(ring.piece.stage).toBe('main');
		expect(ring.piece.passed).toEqual(['a']);
		ring.done().done(); // b, c
		expect(ring.piece.stage).toBe('return');
		expect(ring.holder).toBe('a');
	});

	it('does not return the piece to passers when return to passers is off', () => {
		const ring = Ring.live(plan([sequentialRound({ returnToPassers: false })]));
		const order = walk(ring, (id) => (id === 'a' ? 'pass' : 'done'));
		expect(order).toEqual(['k', 'a', 'b', 'c']);
		expect(ring.piece.returned).toEqual([]);
	});

	it('returns passers in the order the main pass offered them when the keeper goes last', () => {
		const ring = Ring.live(plan([sequentialRound({ start: 'keeper-last' })]));
		const order = walk(ring, (id, turn) => ((id === 'k' || id === 'a') && turn < 4 ? 'pass' : 'done'));
		expect(order).toEqual(['a', 'b', 'c', 'k', 'a', 'k']);
	});

	it('brings the piece back to the keeper to reflect after the round', () => {
		const ring = Ring.live(twoRounds);
		walk(ring, () => 'done');
		expect(ring.piece.stage).toBe('reflect');
		expect(ring.holder).toBe('k');
		expect(ring.state()).toBe('{"live":{"running":{"piece":"reflect"}}}');
		expect(ring.try(keeper, { type: 'DONE' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});

	it('advances to the next phase when the keeper says so, with a fresh main pass', () => {
		const ring = Ring.live(twoRounds);
		walk(ring, () => 'done');
		ring.send(keeper, { type: 'ADVANCE' });
		expect(ring.ctx.phase?.index).toBe(1);
		expect(ring.holder).toBe('k');
		expect(ring.piece.offered).toEqual(['k']);
	});

	it('completes the plan when the keeper advances past the last phase', () => {
		const ring = Ring.live(plan([sequentialRound()]));
		ring.send(keeper, { type: 'ADVANCE' });
		expect(ring.state()).toBe('{"live":{"running":"complete"}}');
		expect(ring.ctx.phase).toBeNull();
		expect(ring.screen().complete).toBe(true);
		expect(ring.try(keeper, { type: 'ADVANCE' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
	});

	it('keeps exactly one holder throughout a running sequential round', () => {
		const ring = Ring.live(twoRounds);
		for (let i = 0; i < 6; i++) {
			expect(ring.holder).not.toBeNull();
			expect(ring.ctx.ring).toContain(ring.holder);
			if (i % 2 === 0) ring.pass();
			else ring.done();
		}
		expect(ring.holder).toBe('k');
	});

	it('lets only the holder end their own turn', () => {
		const ring = Ring.live(twoRounds).done();
		expect(ring.holder).toBe('a');
		expect(ring.try(seat('b'), { type: 'DONE' })).toMatchObject({ ok: false, error: { code: 'not_holder' } });
		expect(ring.try(seat('b'), { type: 'PASS' })).toMatchObject({ ok: false, error: { code: 'not_holder' } });
		ring.send(seat('a'), { type: 'DONE' });
		expect(ring.holder).toBe('b');
	});

	it('lets the holder share in writing during their turn, and the text goes with the turn', () => {
		const ring = Ring.live(twoRounds).done();
		ring.send(seat('a'), { type: 'SHARE_TEXT', text: 'I am glad to be here.' });
		expect(ring.screen().piece?.typed).toBe('I am glad to be here.');
		expect(ring.try(seat('b'), { type: 'SHARE_TEXT', text: 'me too' })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		ring.done();
		expect(ring.screen().piece?.typed).toBeNull();
	});
});

describe('agreements round', () => {
	const agreements = plan([
		{
			kind: 'agreements',
			id: 'guidelines',
			title: { en: 'Our agreements' },
			prompt: { en: 'Which of these can you hold?' },
			guidelines: [{ en: 'Speak from the heart', es: 'Hablar desde el corazón' }, { en: 'Listen from the heart' }]
		}
	]);

	it('passes the piece like a sequential round and counts affirmations and suggestions for the keeper', () => {
		const ring = Ring.live(agreements);
		ring.send(keeper, { type: 'DONE', response: 'affirm' });
		ring.send(seat('a'), { type: 'DONE', response: 'suggest' });
		ring.pass().done();
		expect(ring.holder).toBe('b');
		expect(ring.piece.tally).toMatchObject({ affirm: 1, suggest: 1, passes: 1 });
	});

	it('records and removes agreements, by keepers only', () => {
		const ring = Ring.live(agreements);
		ring.send(keeper, { type: 'RECORD_AGREEMENT', text: 'We listen without interrupting.' });
		ring.send(keeper, { type: 'RECORD_AGREEMENT', text: 'What is said here stays here.' });
		expect(ring.try(seat('a'), { type: 'RECORD_AGREEMENT', text: 'x' })).toMatchObject({ ok: false, error: { code: 'not_authorized' } });
		expect(ring.try(keeper, { type: 'REMOVE_AGREEMENT', index: 2 })).toMatchObject({ ok: false, error: { code: 'not_allowed_now' } });
		ring.send(keeper, { type: 'REMOVE_AGREEMENT', index: 0 });
		expect(ring.screen().agreements).toEqual(['What is said here stays here.']);
		expect(ring.screen().phase?.guidelines[0]).toEqual([{ text: 'Speak from the heart', lang: 'en' }]);
	});
});
