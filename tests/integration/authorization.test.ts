// The authorization matrix over real sockets: every command × every role (keeper, co-keeper, holder,
// non-holder, screen, unauthenticated). A wrong role gets an error ack and the circle's seq does not move.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords';
import { newId } from '../../server/auth/tokens';
import { createAccount } from '../../server/store/accounts';
import { COMMAND_TYPES, type CommandType, type KeeperView } from '../../src/lib/protocol';
import { api, Client, createCircle, joinCircle, removeDir, signInFirstKeeper, startServer, type TestServer } from '../support/server';

type Role = 'keeper' | 'co-keeper' | 'holder' | 'non-holder' | 'screen' | 'unauthenticated';
const ROLES: Role[] = ['keeper', 'co-keeper', 'holder', 'non-holder', 'screen', 'unauthenticated'];

/** From PRODUCT.md's roles, written out here rather than imported, so the server is checked against the spec. */
const KEEPER_ONLY: CommandType[] = [
	'OPEN', 'START', 'ADVANCE', 'CLOSE', 'PAUSE', 'RESUME', 'GIVE_PIECE', 'SKIP', 'WAIT', 'REORDER', 'EXTEND', 'SET_TIMERS',
	'END_ROUND', 'ADMIT', 'SET_ADMIT_ALL', 'SET_LOCKED', 'SET_SHUTTER', 'REMOVE_SEAT', 'REMOVE_SEATS', 'ACK_CARE', 'RECORD_AGREEMENT', 'REMOVE_AGREEMENT',
	'ADD_NOTE', 'REMOVE_NOTE', 'ADD_NAME_TO_REDACT'
];
const HOLDER_OR_KEEPER: CommandType[] = ['DONE', 'PASS'];
const ANY_SEAT: CommandType[] = ['SHARE_TEXT', 'REQUEST_PIECE', 'WITHDRAW_REQUEST', 'CARE_SIGNAL', 'SET_LANGUAGE', 'LEAVE', 'REFLECT'];
/** Anonymous feedback is the participants' own: keepers do not rate their circle. */
const PARTICIPANT_ONLY: CommandType[] = ['TRUST_BEFORE', 'FEEDBACK'];

const CO_KEEPER_EMAIL = 'co-keeper@example.org';
const CO_KEEPER_PASSWORD = 'another long password';

/** The error a role that may not send `type` gets, or null when the role may send it (the state may still refuse). */
function refusalFor(role: Role, type: CommandType): 'not_authorized' | 'not_holder' | null {
	if (role === 'keeper' || role === 'co-keeper') return PARTICIPANT_ONLY.includes(type) ? 'not_authorized' : null;
	if (role === 'screen' || role === 'unauthenticated') return 'not_authorized';
	if (KEEPER_ONLY.includes(type)) return 'not_authorized';
	if (HOLDER_OR_KEEPER.includes(type)) return role === 'holder' ? null : 'not_holder';
	return null;
}

/** A schema-valid example of each command, so a refusal is about the sender, never the payload. */
function sample(type: CommandType, seats: { holder: string; other: string; ring: string[] }): Record<string, unknown> {
	switch (type) {
		case 'DONE': return { type };
		case 'SHARE_TEXT': return { type, text: 'hello' };
		case 'GIVE_PIECE': return { type, seatId: seats.other };
		case 'SKIP': return { type, seatId: seats.holder };
		case 'REORDER': return { type, order: [...seats.ring].reverse() };
		case 'EXTEND': return { type, target: 'turn', ms: 60_000 };
		case 'SET_TIMERS': return { type, on: false };
		case 'ADMIT': return { type, seatId: seats.other };
		case 'SET_ADMIT_ALL': return { type, on: false };
		case 'SET_LOCKED': return { type, locked: true };
		case 'SET_SHUTTER': return { type, closed: true };
		case 'REMOVE_SEAT': return { type, seatId: seats.other };
		case 'REMOVE_SEATS': return { type, seatIds: [seats.other] };
		case 'ACK_CARE': return { type, signalId: 1 };
		case 'RECORD_AGREEMENT': return { type, text: 'We listen.' };
		case 'REMOVE_AGREEMENT': return { type, index: 0 };
		case 'SET_LANGUAGE': return { type, language: 'es' };
		case 'ADD_NOTE': return { type, kind: 'theme', text: 'Trust takes time' };
		case 'REMOVE_NOTE': return { type, id: 1 };
		case 'ADD_NAME_TO_REDACT': return { type, name: 'Hope Tuiasosopo' };
		case 'REFLECT': return { type, scope: 'theme', text: 'I felt heard' };
		case 'TRUST_BEFORE': return { type, trust: [3, null, 4] };
		case 'FEEDBACK': return { type, heard: 4, safe: 5, trust: [4, null, 4] };
		default: return { type };
	}
}

const plan = {
	version: 1,
	title: { en: 'Authorization' },
	phases: [
		{ kind: 'round', id: 'check-in', title: { en: 'Check-in' }, prompt: { en: 'How are you?' }, timing: { turnMs: 120_000 } },
		{ kind: 'round', id: 'popcorn', title: { en: 'Popcorn' }, prompt: { en: 'Anything else?' }, mode: 'popcorn' }
	]
};

let server: TestServer;
let ownerCookie: string;
let coKeeperCookie: string;
const open: Client[] = [];

/** A live circle in its check-in round with the first participant holding the piece, and a connected client per role. */
async function liveCircle() {
	const circle = await createCircle(server, ownerCookie, { plan });
	const named = await api(server, `/api/circles/${circle.id}/co-keeper`, { email: CO_KEEPER_EMAIL }, ownerCookie);
	expect(named.status).toBe(200);
	const keeper = track(Client.keeper(server, circle.id, ownerCookie));
	await keeper.connected();
	await keeper.send({ type: 'OPEN' });
	const holder = await joinCircle(server, circle.joinCode, 'Ana');
	const other = await joinCircle(server, circle.joinCode, 'Ben');
	await keeper.send({ type: 'START' });
	await keeper.send({ type: 'DONE' });
	const auth: Record<Exclude<Role, 'unauthenticated'>, () => Client> = {
		keeper: () => Client.keeper(server, circle.id, ownerCookie),
		'co-keeper': () => Client.keeper(server, circle.id, coKeeperCookie),
		holder: () => Client.participant(server, holder.token),
		'non-holder': () => Client.participant(server, other.token),
		screen: () => Client.screen(server, circle.screenPath)
	};
	/** A fresh socket for `role`, sending one message each; the server's per-seat limits are raised for this matrix. */
	async function connect(role: Role): Promise<Client> {
		const client = track(role === 'unauthenticated' ? new Client(server, { kind: 'keeper', circleId: circle.id }) : auth[role]());
		await client.connected();
		await client.waitFor(() => true);
		return client;
	}
	// One device per seat stays connected, so extra sockets coming and going never change anyone's presence.
	await Promise.all([connect('co-keeper'), connect('holder'), connect('non-holder')]);
	const view = (await keeper.waitFor((v) => v.ring.length === 4)) as KeeperView;
	expect(view.piece?.holderSeatId).toBe(holder.seatId);
	const seats = { holder: holder.seatId, other: other.seatId, ring: view.ring.map((s) => s.seatId) };
	/** The circle's seq on the server, once the commands sent so far are done (views no longer carry it). */
	async function seq(): Promise<number> {
		const host = server.app.registry.peek(circle.id)!;
		await host.drain();
		return host.circle.seq;
	}
	return { circle, connect, seq, seats };
}

function track(client: Client): Client {
	open.push(client);
	return client;
}

beforeAll(async () => {
	// Every cell sends from the same few seats: with the real per-seat rate and device limits, the limits would answer.
	server = await startServer({}, { socketLimits: { burst: 10_000, perSecond: 10_000, devicesPerSeat: 100, screensPerCircle: 100 } });
	ownerCookie = await signInFirstKeeper(server);
	// Only the first admin can be made over HTTP (/api/setup); a second keeper goes straight into the store.
	const created = await createAccount(server.app.database.db, {
		id: newId(),
		email: CO_KEEPER_EMAIL,
		passwordHash: await hashPassword(CO_KEEPER_PASSWORD),
		roles: ['keeper'],
		now: Date.now()
	});
	expect(created.ok).toBe(true);
	coKeeperCookie = await signInFirstKeeper(server, CO_KEEPER_EMAIL, CO_KEEPER_PASSWORD);
});

afterAll(async () => {
	for (const c of open.splice(0)) c.close();
	await server?.close();
	if (server) removeDir(server.dataDir);
});

it('classifies every command the protocol knows', () => {
	expect([...KEEPER_ONLY, ...HOLDER_OR_KEEPER, ...ANY_SEAT, ...PARTICIPANT_ONLY].sort()).toEqual([...COMMAND_TYPES].sort());
});

const cells = COMMAND_TYPES.flatMap((type) => ROLES.map((role) => ({ type, role, refusal: refusalFor(role, type) })));

describe('a role that may not send a command', () => {
	// One circle for all of them: none of these may change it.
	let circle: Awaited<ReturnType<typeof liveCircle>>;
	let seq: number;

	beforeAll(async () => {
		circle = await liveCircle();
		seq = await circle.seq();
	});

	it.each(cells.filter((c) => c.refusal !== null && c.role !== 'unauthenticated'))(
		'$role sending $type gets $refusal and no change',
		async ({ role, type, refusal }) => {
			const sender = await circle.connect(role);
			const ack = await sender.send(sample(type, circle.seats));
			sender.close();
			expect(ack).toMatchObject({ ok: false, error: { code: refusal } });
			expect(await circle.seq()).toBe(seq);
		}
	);

	it.each(cells.filter((c) => c.role === 'unauthenticated'))(
		'$role cannot send $type: the handshake is refused and nothing changes',
		async () => {
			// A keeper handshake without a session cookie; other bad handshakes are in abuse.test.ts.
			const refused = await circle.connect('unauthenticated').then(() => undefined, (err: { data?: { code?: string } }) => err);
			expect(refused?.data?.code).toBe('not_authorized');
			expect(await circle.seq()).toBe(seq);
		}
	);
});

describe('a role that may send a command', () => {
	// Each on a fresh circle, since these may change it; the state may still refuse, but never for the role.
	it.each(cells.filter((c) => c.refusal === null))('$role sending $type is not refused for its role', async ({ role, type }) => {
		const circle = await liveCircle();
		const ack = await (await circle.connect(role)).send(sample(type, circle.seats));
		if (!ack.ok) expect(['not_authorized', 'not_holder', 'invalid_command', 'rate_limited']).not.toContain(ack.error.code);
	});
});
