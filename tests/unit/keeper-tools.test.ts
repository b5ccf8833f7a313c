// The screen's privacy shutter and the keeper's working aids: phase timeline, per-seat controls,
// passes in the return pass, and each phone's own access needs.
import { describe, expect, it } from 'vitest';
import { persistCircle, restoreCircle } from '$lib/protocol/persistence';
import { keeper, plan, popcornRound, Ring, seat, sequentialRound } from '../support/circles';

const rounds = plan([sequentialRound(), popcornRound()]);

describe('privacy shutter', () => {
	it('shows the screen nothing of the circle while the keeper has the shutter closed', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'RECORD_AGREEMENT', text: 'Speak from the heart' });
		ring.send(keeper, { type: 'SET_SHUTTER', closed: true });
		const view = ring.screen();
		expect(view.shutter).toBe(true);
		expect(view.ring).toEqual([]);
		expect(view.phase).toBeNull();
		expect(view.piece).toBeNull();
		expect(view.agreements).toEqual([]);
		expect(JSON.stringify(view)).not.toContain('Name a');
	});

	it('leaves phones and keepers seeing the circle while the shutter is closed', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'SET_SHUTTER', closed: true });
		expect(ring.participant('a').piece?.holderSeatId).toBe('k');
		expect(ring.keeperView().ring).toHaveLength(4);
	});

	it('shows the circle again when the shutter opens', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'SET_SHUTTER', closed: true }).send(keeper, { type: 'SET_SHUTTER', closed: false });
		expect(ring.screen().ring).toHaveLength(4);
		expect(ring.screen().shutter).toBe(false);
	});

	it('refuses the shutter to participants', () => {
		const ring = Ring.live(rounds);
		const result = ring.try(seat('a'), { type: 'SET_SHUTTER', closed: true });
		expect(result.ok).toBe(false);
		expect(result.ok ? null : result.error.code).toBe('not_authorized');
	});
});

describe('keeper view', () => {
	it('lists the whole plan for the timeline', () => {
		const view = Ring.live(rounds).keeperView();
		expect(view.phases.map((p) => [p.index, p.id, p.kind, p.mode])).toEqual([
			[0, 'check-in', 'round', 'sequential'],
			[1, 'popcorn', 'round', 'popcorn']
		]);
	});

	it('says per seat which seat controls apply now', () => {
		const ring = Ring.live(rounds).done(); // a holds the piece; b and c wait
		const actions = ring.keeperView().seatActions;
		expect(actions.a).toEqual(['SKIP', 'REMOVE_SEAT']);
		expect(actions.b).toEqual(['GIVE_PIECE', 'SKIP', 'REMOVE_SEAT']);
		expect(actions.k).toEqual(['GIVE_PIECE', 'REMOVE_SEAT']);
	});

	it('offers Admit only for people waiting to be admitted', () => {
		const ring = new Ring(rounds, { admitAll: false }).join('k', 'keeper').send(keeper, { type: 'OPEN' }).join('a');
		expect(ring.keeperView().seatActions.a).toEqual(['ADMIT', 'REMOVE_SEAT']);
	});

	it('tells keepers who passed again when offered the piece a second time', () => {
		const ring = Ring.live(rounds).done().pass('a').done('b').done('c');
		expect(ring.holder).toBe('a');
		ring.pass('a');
		expect(ring.keeperView().round?.passedAgain).toEqual(['a']);
		expect(JSON.stringify(ring.screen())).not.toContain('passedAgain');
	});
});

describe('participant view', () => {
	it('gives each phone its own access needs and nobody else\'s', () => {
		const access = { largeText: true, screenReader: false, extraTime: true, prefersToType: false };
		const ring = Ring.live(rounds, []).join('d', 'participant', { access }).join('e');
		expect(ring.participant('d').you?.access).toEqual(access);
		expect(ring.participant('e').you?.access.extraTime).toBe(false);
	});
});

describe('persistence of the shutter and second passes', () => {
	it('restores a closed shutter and passes in the return pass', () => {
		const ring = Ring.live(rounds).done().pass('a').done('b').done('c').pass('a');
		ring.send(keeper, { type: 'SET_SHUTTER', closed: true });
		const restored = restoreCircle(JSON.parse(JSON.stringify(persistCircle(ring.circle))));
		expect(restored.snapshot.context.shutter).toBe(true);
		expect(restored.snapshot.context.phase?.piece?.passedAgain).toEqual(['a']);
	});

	it('migrates a version 2 snapshot: shutter open, no second passes recorded', () => {
		const ring = Ring.live(rounds).done().pass('a');
		const stored = JSON.parse(JSON.stringify(persistCircle(ring.circle)));
		delete stored.machine.context.shutter;
		delete stored.machine.context.phase.piece.passedAgain;
		const restored = restoreCircle({ ...stored, version: 2 });
		expect(restored.snapshot.context.shutter).toBe(false);
		expect(restored.snapshot.context.phase?.piece?.passedAgain).toEqual([]);
		expect(restored.snapshot.context.phase?.piece?.passed).toEqual(['a']);
	});
});

describe('phases reached', () => {
	it('remembers how far the plan went after it completes', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'ADVANCE' }).send(keeper, { type: 'ADVANCE' });
		expect(ring.ctx.phase).toBeNull();
		expect(ring.ctx.phasesReached).toBe(2);
	});

	it('migrates a version 4 snapshot from its current phase', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'ADVANCE' });
		const stored = JSON.parse(JSON.stringify(persistCircle(ring.circle)));
		delete stored.machine.context.phasesReached;
		expect(restoreCircle({ ...stored, version: 4 }).snapshot.context.phasesReached).toBe(2);
	});
});
