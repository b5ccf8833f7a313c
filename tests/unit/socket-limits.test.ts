// The socket limiter on its own, with time passed in: device places per seat and per screen link, the
// message bucket shared by a seat's devices, and the cool-down after a flood.
import { describe, expect, it } from 'vitest';
import { FLOOD_COOLDOWN_MS, SocketLimiter } from '../../server/socket/socket-limits';

const limits = { burst: 2, perSecond: 1, devicesPerSeat: 2, screensPerCircle: 1 };
const seat = { circleId: 'c', seatId: 's' };
const screen = { circleId: 'c', screen: true } as const;

describe('device places', () => {
	it('refuses a place past the cap and gives one back on release, however often release is called', () => {
		const limiter = new SocketLimiter(limits);
		expect(limiter.reserve(seat, 'a')).toBeNull();
		expect(limiter.reserve(seat, 'b')).toBeNull();
		expect(limiter.reserve(seat, 'c')).toMatch(/already open on 2 devices/);
		limiter.release(seat, 'a');
		limiter.release(seat, 'a');
		expect(limiter.reserve(seat, 'c')).toBeNull();
		expect(limiter.reserve(seat, 'd')).not.toBeNull();
	});

	it('counts a circle’s screens apart from its seats', () => {
		const limiter = new SocketLimiter(limits);
		expect(limiter.reserve(screen, 'x')).toBeNull();
		expect(limiter.reserve(screen, 'y')).toMatch(/screen link is already open on 1 devices/);
		expect(limiter.reserve(seat, 'y')).toBeNull();
	});
});

describe('messages and cool-down', () => {
	it('shares one bucket per sender key', () => {
		const limiter = new SocketLimiter(limits);
		expect([limiter.takeMessage('c/s', 0), limiter.takeMessage('c/s', 0), limiter.takeMessage('c/s', 0)]).toEqual([true, true, false]);
		expect(limiter.takeMessage('c/s', 1_000)).toBe(true);
	});

	it(`refuses a cut-off credential for ${FLOOD_COOLDOWN_MS / 1000} s, then lets it in`, () => {
		const limiter = new SocketLimiter(limits);
		limiter.coolDown('cred', 0);
		expect(limiter.coolingRefusal('cred', FLOOD_COOLDOWN_MS - 1)).toMatch(/Wait a few seconds/);
		expect(limiter.coolingRefusal('other', 0)).toBeNull();
		expect(limiter.coolingRefusal('cred', FLOOD_COOLDOWN_MS)).toBeNull();
	});
});
