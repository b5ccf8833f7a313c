// Seats taken over HTTP whose phone never connects: released after a while, so the ring does not keep a
// place (and the round a turn) for a device that is not coming. Armed at join, and again after a restart.
import type { FastifyBaseLogger } from 'fastify';
import type { CircleHost } from './circle-host';

/** Releases `seatId` after `ms` if it is still `joining` then. */
export function releaseIfNeverConnected(host: CircleHost, seatId: string, ms: number, log: FastifyBaseLogger): void {
	const timer = setTimeout(() => {
		if (host.stopped || host.circle.snapshot.context.seats[seatId]?.presence !== 'joining') return;
		host.submit({ role: 'system' }, { type: 'SEAT_RELEASED', seatId }).catch((err: unknown) => log.error({ err, circleId: host.id }, 'releasing a never-connected seat failed'));
	}, ms);
	timer.unref();
}

/** After a restart the join-time timers are gone: every seat still joining gets a full wait again. */
export function releaseRestoredJoiningSeats(hosts: Iterable<CircleHost>, ms: number, log: FastifyBaseLogger): void {
	for (const host of hosts) {
		for (const seat of Object.values(host.circle.snapshot.context.seats)) {
			if (seat.presence === 'joining' && seat.role === 'participant') releaseIfNeverConnected(host, seat.id, ms, log);
		}
	}
}
