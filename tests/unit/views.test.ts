// Views: what the keeper console, each participant's phone and the room screen may see, in whose language,
// and which commands each may send now. Privacy (rule 4, care signals, access needs) is pinned here.
import { describe, expect, it } from 'vitest';
import { allowedFor } from '$lib/protocol/views';
import { ceremony, coKeeper, keeper, plan, popcornRound, Ring, screen, seat, sequentialRound, system } from '../support/circles';

const TURN = 60_000;
const rounds = plan([
	sequentialRound({ timing: { turnMs: TURN } }),
	popcornRound({ prompt: { en: 'What do you hope for?', es: '¿Qué espera?', vi: 'Bạn hy vọng điều gì?' } })
]);
const spanish = (ring: Ring, id: string) => ring.send(seat(id), { type: 'SET_LANGUAGE', language: 'es' });

describe('languages', () => {
	it('shows each participant the prompt in their own language', () => {
		const ring = spanish(Ring.live(rounds), 'a');
		expect(ring.participant('a').phase?.prompt).toEqual([{ text: '¿Cómo llega hoy?', lang: 'es' }]);
		expect(ring.participant('a').phase?.title).toEqual([{ text: 'Ronda de inicio', lang: 'es' }]);
		expect(ring.participant('a').title).toEqual([{ text: 'Círculo de prueba', lang: 'es' }]);
		expect(ring.participant('b').phase?.prompt).toEqual([{ text: 'How are you arriving today?', lang: 'en' }]);
	});

	it('falls back to English, marked as English, where a translation is missing', () => {
		const ring = Ring.live(rounds).send(seat('a'), { type: 'SET_LANGUAGE', language: 'fa' });
		expect(ring.participant('a').you?.language).toBe('fa');
		expect(ring.participant('a').phase?.prompt).toEqual([{ text: 'How are you arriving today?', lang: 'en' }]);
	});

	it('shows the screen up to two languages, without repeating a fallback', () => {
		const ring = Ring.live(rounds);
		expect(ring.screen(['en', 'es', 'vi']).phase?.prompt.map((t) => t.lang)).toEqual(['en', 'es']);
		expect(ring.screen(['es', 'fa']).phase?.prompt).toEqual([
			{ text: '¿Cómo llega hoy?', lang: 'es' },
			{ text: 'How are you arriving today?', lang: 'en' }
		]);
		expect(ring.screen(['fa', 'ru']).phase?.prompt).toEqual([{ text: 'How are you arriving today?', lang: 'en' }]);
	});

	it('shows the keeper the prompt in the keeper\'s language', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'SET_LANGUAGE', language: 'es' });
		expect(ring.keeperView().phase?.prompt).toEqual([{ text: '¿Cómo llega hoy?', lang: 'es' }]);
	});

	it('uses a joiner\'s chosen language from the start', () => {
		const ring = Ring.live(plan([popcornRound({ prompt: { en: 'Hope?', vi: 'Hy vọng?' } })]), []).join('v', 'participant', { language: 'vi' });
		expect(ring.participant('v').phase?.prompt).toEqual([{ text: 'Hy vọng?', lang: 'vi' }]);
	});
});

describe('what each audience sees', () => {
	it('shows everyone the phase, the holder and who is next', () => {
		const ring = Ring.live(rounds);
		expect(ring.screen()).toMatchObject({
			status: 'live',
			paused: false,
			complete: false,
			phase: { index: 0, count: 2, id: 'check-in', kind: 'round', mode: 'sequential', limit: 'soft', timer: null, timerDone: false },
			piece: { stage: 'turn', holderSeatId: 'k', holderName: 'Name k', nextSeatId: 'a', queue: [], typed: null, holderAway: false }
		});
		expect(ring.screen().ring).toEqual([
			{ seatId: 'k', name: 'Name k', pronouns: '', isKeeper: true },
			{ seatId: 'a', name: 'Name a', pronouns: '', isKeeper: false },
			{ seatId: 'b', name: 'Name b', pronouns: '', isKeeper: false },
			{ seatId: 'c', name: 'Name c', pronouns: '', isKeeper: false }
		]);
	});

	it('tells a participant that it is their turn, or that they are next', () => {
		const ring = Ring.live(rounds);
		expect(ring.participant('a').you).toMatchObject({ seatId: 'a', holding: false, next: true });
		ring.done();
		expect(ring.participant('a').you).toMatchObject({ holding: true, next: false });
		expect(ring.participant('b').you).toMatchObject({ holding: false, next: true });
	});

	it('shows the holder and keepers the turn timer, and nobody else', () => {
		const ring = Ring.live(rounds).done();
		expect(ring.participant('a').piece?.turnTimer).toEqual({ deadlineAt: ring.now + TURN, remainingMs: null, durationMs: TURN });
		expect(ring.keeperView().piece?.turnTimer?.deadlineAt).toBe(ring.now + TURN);
		expect(ring.participant('b').piece?.turnTimer).toBeNull();
		expect(ring.screen().piece?.turnTimer).toBeNull();
	});

	it('shows everyone that the holder\'s device is away, in the main pass', () => {
		const ring = Ring.live(rounds).done().send(system, { type: 'SEAT_DROPPED', seatId: 'a' });
		expect(ring.screen().piece?.holderAway).toBe(true);
		expect(ring.keeperView().round?.graceTimer?.deadlineAt).toBe(ring.now + 30_000);
	});

	it('shows the piece with the keeper after the round, and with the seat a keeper gives it to', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'END_ROUND' });
		expect(ring.screen().piece).toMatchObject({ stage: 'keeper', holderSeatId: 'k' });
		ring.send(keeper, { type: 'GIVE_PIECE', seatId: 'b' });
		expect(ring.screen().piece).toMatchObject({ stage: 'turn', holderSeatId: 'b', holderName: 'Name b' });
	});

	it('gives a participant view with no "you" to someone without a seat', () => {
		const ring = Ring.live(rounds);
		expect(ring.participant('nobody')).toMatchObject({ you: null, allowed: [] });
	});

	it('shows nothing of the ring, roster or piece once the circle is closed', () => {
		const ring = Ring.live(rounds).send(seat('a'), { type: 'CARE_SIGNAL' }).send(keeper, { type: 'CLOSE' });
		expect(ring.keeperView()).toMatchObject({ status: 'closed', ring: [], seats: [], waiting: [], care: [], round: null, piece: null, phase: null, projectedFinishAt: null, allowed: [] });
		expect(ring.participant('a')).toMatchObject({ status: 'closed', ring: [], piece: null, allowed: [] });
	});

	it('shows the keeper every seat\'s presence, language and access needs', () => {
		const access = { largeText: true, screenReader: false, extraTime: true, prefersToType: false };
		const ring = Ring.live(rounds).join('d', 'participant', { pronouns: 'she/her', language: 'es', access });
		expect(ring.keeperView().seats.at(-1)).toEqual({ seatId: 'd', name: 'Name d', pronouns: 'she/her', isKeeper: false, role: 'participant', presence: 'connected', language: 'es', access });
		expect(ring.keeperView().you).toEqual({ seatId: 'k', role: 'keeper' });
		expect(ring.keeperView('ck', 'co-keeper').you).toEqual({ seatId: 'ck', role: 'co-keeper' });
	});

	it('projects the round\'s finish for keepers from the turn guideline and the seats still to speak', () => {
		const ring = Ring.live(rounds).tick(10_000);
		expect(ring.keeperView().projectedFinishAt).toBe(ring.now - 10_000 + 4 * TURN);
		ring.send(keeper, { type: 'END_ROUND' });
		expect(ring.keeperView().projectedFinishAt).toBeNull();
	});

	it('projects an untimed turn (timers off) from when it started', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'SET_TIMERS', on: false });
		expect(ring.keeperView().projectedFinishAt).toBeNull();
		const timed = Ring.live(plan([sequentialRound({ timing: { turnMs: TURN } })])).done().send(system, { type: 'SEAT_DROPPED', seatId: 'a' });
		expect(timed.keeperView().projectedFinishAt).toBe(timed.now + 3 * TURN);
	});

	it('projects a timed phase\'s finish from its timer', () => {
		const ring = Ring.live(plan([popcornRound({ timing: { budgetMs: 120_000 } })]));
		expect(ring.keeperView().projectedFinishAt).toBe(ring.now + 120_000);
		expect(Ring.live(plan([popcornRound()])).keeperView().projectedFinishAt).toBeNull();
		expect(Ring.live(plan([ceremony()])).keeperView().projectedFinishAt).toBeNull();
	});
});

describe('privacy of passes (rule 4)', () => {
	it('tells the screen and other participants nothing when someone passes in the main pass', () => {
		const passed = Ring.live(rounds).done().pass();
		const spoke = Ring.live(rounds).done().done();
		expect(passed.screen()).toEqual(spoke.screen());
		for (const id of ['b', 'c']) expect(passed.participant(id)).toEqual(spoke.participant(id));
		expect(passed.keeperView()).not.toEqual(spoke.keeperView());
	});

	it('shows a passer their own pass, and keepers every pass', () => {
		const ring = Ring.live(rounds).done().pass();
		expect(ring.participant('a').you?.passed).toBe(true);
		expect(ring.participant('b').you?.passed).toBe(false);
		expect(ring.keeperView().round).toMatchObject({ passed: ['a'], tally: { passes: 1 } });
		expect(JSON.stringify(ring.screen())).not.toMatch(/pass/i);
	});

	it('names the holder in the return pass only to themselves and to keepers', () => {
		const ring = Ring.live(rounds).done().pass().done().done();
		expect(ring.holder).toBe('a');
		expect(ring.screen().piece).toMatchObject({ stage: 'offered-again', holderSeatId: null, holderName: null, nextSeatId: null, holderAway: false });
		expect(ring.participant('b').piece).toMatchObject({ stage: 'offered-again', holderSeatId: null, holderName: null });
		expect(ring.participant('a').piece).toMatchObject({ stage: 'offered-again', holderSeatId: 'a' });
		expect(ring.participant('a').you).toMatchObject({ holding: true, passed: true });
		expect(ring.keeperView().piece).toMatchObject({ holderSeatId: 'a', holderName: 'Name a' });
		expect(JSON.stringify(ring.screen().piece)).not.toMatch(/"a"|Name a/);
	});

	it('does not reveal a dropped holder in the return pass', () => {
		const ring = Ring.live(rounds).done().pass().done().done().send(system, { type: 'SEAT_DROPPED', seatId: 'a' });
		expect(ring.screen().piece?.holderAway).toBe(false);
		expect(ring.keeperView().piece?.holderAway).toBe(true);
	});

	it('tells keepers, and only keepers, that the seat offered the piece again has left', () => {
		const ring = Ring.live(rounds).done().pass().done().done();
		expect(ring.keeperView().round).toMatchObject({ holderLeft: false, awaitingKeeper: false });
		ring.send(seat('a'), { type: 'LEAVE' });
		expect(ring.keeperView().round).toMatchObject({ holderLeft: true, awaitingKeeper: true });
		expect(ring.keeperView().piece).toMatchObject({ stage: 'offered-again', holderName: null });
		expect(JSON.stringify([ring.screen(), ring.participant('b')])).not.toContain('holderLeft');
		ring.send(keeper, { type: 'DONE' });
		expect(ring.keeperView().round?.holderLeft).toBe(false);
	});

	it('does not say the holder left when a main-pass holder leaves: the piece moves on', () => {
		const ring = Ring.live(rounds).done().send(seat('a'), { type: 'LEAVE' });
		expect(ring.keeperView().round?.holderLeft).toBe(false);
		expect(ring.holder).toBe('b');
	});

	it('holds nothing private about other seats in a participant\'s view', () => {
		const access = { largeText: true, screenReader: true, extraTime: true, prefersToType: true };
		const ring = Ring.live(rounds).join('d', 'participant', { access, language: 'fa' }).send(system, { type: 'SEAT_DROPPED', seatId: 'b' });
		ring.send(seat('c'), { type: 'CARE_SIGNAL' });
		// The viewer's own access needs are theirs to see; nobody else's are.
		const view = JSON.stringify({ ...ring.participant('a'), you: null });
		for (const secret of ['presence', 'dropped', 'access', 'extraTime', '"fa"', 'care"', 'tally', 'waiting"']) expect(view).not.toContain(secret);
		expect(JSON.stringify(ring.screen())).not.toMatch(/presence|access|care"|tally/);
	});
});

describe('names to redact (keepers only)', () => {
	const named = () =>
		Ring.live(rounds)
			.join('ck', 'co-keeper')
			.send(keeper, { type: 'ADD_NAME_TO_REDACT', name: 'Kwabena' })
			.send(coKeeper(), { type: 'ADD_NAME_TO_REDACT', name: 'Officer Dubrovnik' })
			.send(keeper, { type: 'ADD_NAME_TO_REDACT', name: 'Kwabena' });

	it('shows keepers and co-keepers the names added so far, once each, in the order added', () => {
		const ring = named();
		expect(ring.keeperView().namesToRedact).toEqual(['Kwabena', 'Officer Dubrovnik']);
		expect(ring.keeperView('ck', 'co-keeper').namesToRedact).toEqual(['Kwabena', 'Officer Dubrovnik']);
		expect(Ring.live(rounds).keeperView().namesToRedact).toEqual([]);
	});

	it('never gives participants or the screen the names, or even the field', () => {
		const ring = named();
		const others = [ring.participant('a'), ring.participant('nobody'), ring.screen(), ring.screen(['es', 'vi'])];
		ring.send(keeper, { type: 'SET_SHUTTER', closed: true });
		others.push(ring.screen());
		for (const view of others) {
			expect(view).not.toHaveProperty('namesToRedact');
			expect(JSON.stringify(view)).not.toMatch(/Kwabena|Dubrovnik|namesToRedact/);
		}
	});

	it('leaves participants\' and the screen\'s views exactly as they were when a keeper adds a name', () => {
		const before = Ring.live(rounds);
		const after = Ring.live(rounds).send(keeper, { type: 'ADD_NAME_TO_REDACT', name: 'Kwabena' });
		expect(after.screen()).toEqual(before.screen());
		for (const id of ['a', 'b', 'c']) expect(after.participant(id)).toEqual(before.participant(id));
	});

	it('shows keepers no names once the circle is closed', () => {
		expect(named().send(keeper, { type: 'CLOSE' }).keeperView().namesToRedact).toEqual([]);
	});
});

describe('allowed commands', () => {
	it('lists Done, Pass and writing for the holder, and only their own controls for everyone else', () => {
		const ring = Ring.live(rounds).done();
		expect(ring.participant('a').allowed).toEqual(['DONE', 'PASS', 'SHARE_TEXT', 'CARE_SIGNAL', 'SET_LANGUAGE', 'LEAVE', 'REFLECT', 'TRUST_BEFORE', 'FEEDBACK']);
		expect(ring.participant('b').allowed).toEqual(['CARE_SIGNAL', 'SET_LANGUAGE', 'LEAVE', 'REFLECT', 'TRUST_BEFORE', 'FEEDBACK']);
	});

	it('lists the keeper\'s controls during a turn', () => {
		const ring = Ring.live(rounds).done();
		expect(ring.keeperView().allowed).toEqual([
			'ADVANCE', 'CLOSE', 'PAUSE', 'DONE', 'PASS', 'GIVE_PIECE', 'SKIP', 'EXTEND', 'SET_TIMERS', 'END_ROUND',
			'SET_ADMIT_ALL', 'SET_LOCKED', 'SET_SHUTTER', 'REMOVE_SEAT', 'REMOVE_SEATS', 'RECORD_AGREEMENT', 'ADD_NAME_TO_REDACT', 'CARE_SIGNAL', 'SET_LANGUAGE', 'LEAVE',
			'ADD_NOTE', 'REFLECT'
		]);
	});

	it('lists reordering for the keeper between turns, and asking for the piece in a popcorn round', () => {
		const ring = Ring.live(rounds).send(keeper, { type: 'END_ROUND' });
		expect(ring.keeperView().allowed).toContain('REORDER');
		expect(ring.keeperView().allowed).not.toContain('END_ROUND');
		ring.send(keeper, { type: 'ADVANCE' });
		expect(ring.participant('b').allowed).toEqual(['REQUEST_PIECE', 'CARE_SIGNAL', 'SET_LANGUAGE', 'LEAVE', 'REFLECT', 'TRUST_BEFORE', 'FEEDBACK']);
		ring.send(seat('b'), { type: 'REQUEST_PIECE' }).send(seat('c'), { type: 'REQUEST_PIECE' });
		expect(ring.participant('c').allowed).toContain('WITHDRAW_REQUEST');
	});

	it('lists admitting, acknowledging care and removing agreements only when there is something to act on', () => {
		const ring = Ring.live(rounds);
		expect(ring.keeperView().allowed).not.toEqual(expect.arrayContaining(['ADMIT']));
		ring.send(keeper, { type: 'SET_ADMIT_ALL', on: false }).join('w').send(seat('a'), { type: 'CARE_SIGNAL' });
		ring.send(keeper, { type: 'RECORD_AGREEMENT', text: 'Listen.' });
		expect(ring.keeperView().allowed).toEqual(expect.arrayContaining(['ADMIT', 'ACK_CARE', 'REMOVE_AGREEMENT']));
		expect(ring.participant('a').allowed).not.toContain('CARE_SIGNAL');
	});

	it('lists only resume and seat controls while paused', () => {
		const ring = Ring.live(rounds).send(coKeeper('k'), { type: 'PAUSE' });
		expect(ring.keeperView().allowed).toEqual([
			'CLOSE', 'RESUME', 'SET_ADMIT_ALL', 'SET_LOCKED', 'SET_SHUTTER', 'REMOVE_SEAT', 'REMOVE_SEATS', 'RECORD_AGREEMENT', 'ADD_NAME_TO_REDACT', 'CARE_SIGNAL', 'SET_LANGUAGE', 'LEAVE',
			'ADD_NOTE', 'REFLECT'
		]);
	});

	it('lists nothing for the screen or the server', () => {
		const ring = Ring.live(rounds);
		expect(allowedFor(ring.circle, screen)).toEqual([]);
		expect(allowedFor(ring.circle, system)).toEqual([]);
	});
});
