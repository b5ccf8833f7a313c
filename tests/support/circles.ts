// Test fixtures for the protocol: small plans, seated rings, and a driver that applies events in order.
// Tests read like the spec because the noise of actors, timestamps and ids lives here.
import { expect } from 'vitest';
import { applyEvent, createCircle, type Circle } from '../../src/lib/protocol/circle';
import type { Actor, CircleEvent, Command, SystemEvent } from '../../src/lib/protocol/commands';
import { parsePlan, type Plan, type PlanInput } from '../../src/lib/protocol/plan';
import type { SeatProfile, SeatRole } from '../../src/lib/protocol/seats';
import { viewFor, type Audience, type KeeperView, type ParticipantView, type ScreenView } from '../../src/lib/protocol/views';
import type { LanguageTag } from '../../src/lib/protocol/languages';

export const T0 = 1_700_000_000_000;

export function plan(phases: PlanInput['phases'], extra: Partial<PlanInput> = {}): Plan {
	const result = parsePlan({ version: 1, title: { en: 'Test circle', es: 'Círculo de prueba' }, phases, ...extra });
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.plan;
}

export const sequentialRound = (over: Record<string, unknown> = {}) => ({
	kind: 'round' as const,
	id: 'check-in',
	title: { en: 'Check-in', es: 'Ronda de inicio' },
	prompt: { en: 'How are you arriving today?', es: '¿Cómo llega hoy?' },
	...over
});

export const popcornRound = (over: Record<string, unknown> = {}) => sequentialRound({ id: 'popcorn', mode: 'popcorn', ...over });

export const silenceRound = (over: Record<string, unknown> = {}) =>
	sequentialRound({ id: 'silence', mode: 'silence', timing: { budgetMs: 60_000 }, ...over });

export const ceremony = (over: Record<string, unknown> = {}) => ({
	kind: 'ceremony' as const,
	id: 'welcome',
	title: { en: 'Welcome' },
	text: { en: 'Welcome to the circle.', es: 'Bienvenidos al círculo.' },
	...over
});

export const keeper: Actor = { role: 'keeper', seatId: 'k' };
export const coKeeper = (seatId = 'ck'): Actor => ({ role: 'co-keeper', seatId });
export const system: Actor = { role: 'system' };
export const screen: Actor = { role: 'screen' };
export const seat = (seatId: string): Actor => ({ role: 'participant', seatId });

/** A driver that keeps the clock and the circle, failing loudly when an event it expects to pass is refused. */
export class Ring {
	circle: Circle;
	now = T0;

	constructor(p: Plan, opts: { admitAll?: boolean } = {}) {
		this.circle = createCircle({ plan: p, createdAt: T0, admitAll: opts.admitAll });
	}

	get ctx() {
		return this.circle.snapshot.context;
	}

	get holder(): string | null {
		return this.ctx.phase?.piece?.turn?.seatId ?? null;
	}

	/** The talking piece of the running phase; fails when the phase passes no piece. */
	get piece() {
		const piece = this.ctx.phase?.piece;
		if (!piece) return expect.fail('no talking piece in this phase');
		return piece;
	}

	view(audience: Audience) {
		return viewFor(this.circle, audience);
	}

	screen(languages: LanguageTag[] = ['en']): ScreenView {
		return this.view({ kind: 'screen', languages }) as ScreenView;
	}

	participant(seatId: string): ParticipantView {
		return this.view({ kind: 'participant', seatId }) as ParticipantView;
	}

	keeperView(seatId = 'k', role: 'keeper' | 'co-keeper' = 'keeper'): KeeperView {
		return this.view({ kind: 'keeper', role, seatId }) as KeeperView;
	}

	/** The holder ends their turn (Done), sent from their own device. */
	done(seatId = this.holder ?? ''): this {
		return this.send(seatId === 'k' ? keeper : seat(seatId), { type: 'DONE' });
	}

	/** The holder passes, sent from their own device. */
	pass(seatId = this.holder ?? ''): this {
		return this.send(seatId === 'k' ? keeper : seat(seatId), { type: 'PASS' });
	}

	tick(ms: number): this {
		this.now += ms;
		return this;
	}

	try(actor: Actor, command: Command | SystemEvent) {
		const event = { ...command, actor, at: this.now } as CircleEvent;
		const result = applyEvent(this.circle, event);
		if (result.ok) this.circle = result.circle;
		return result;
	}

	send(actor: Actor, command: Command | SystemEvent): this {
		const result = this.try(actor, command);
		if (!result.ok) expect.fail(`${command.type} by ${actor.role} was refused: ${result.error.code} ${result.error.message}`);
		return this;
	}

	join(seatId: string, role: SeatRole = 'participant', profile: Partial<SeatProfile> = {}): this {
		return this.send(system, {
			type: 'JOIN',
			seatId,
			role,
			profile: { name: profile.name ?? `Name ${seatId}`, pronouns: '', language: 'en', access: { largeText: false, screenReader: false, extraTime: false, prefersToType: false }, ...profile }
		});
	}

	/** Keeper `k` plus participants, opened and started. */
	static live(p: Plan, participants: string[] = ['a', 'b', 'c']): Ring {
		const ring = new Ring(p).join('k', 'keeper');
		ring.send(keeper, { type: 'OPEN' });
		for (const id of participants) ring.join(id);
		return ring.send(keeper, { type: 'START' });
	}

	state(): string {
		return JSON.stringify(this.circle.snapshot.value);
	}
}
