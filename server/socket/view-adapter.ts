// Socket.io's session-aware adapter, minus the replay buffer for views. With connection-state recovery on,
// socket.io keeps every emitted packet for the recovery window; views are full state that every
// (re)connected socket is sent anyway, so keeping copies of them only cost memory (~75 KB per socket at
// 500 circles in the benchmark). Every other event is still kept and replayed as before.
import { Adapter, SessionAwareAdapter } from 'socket.io-adapter';

type Packet = Parameters<Adapter['broadcast']>[0];
type Options = Parameters<Adapter['broadcast']>[1];

/** Events that are complete state, never worth replaying. */
const UNREPLAYED_EVENTS = new Set(['view']);

export class ViewAdapter extends SessionAwareAdapter {
	override broadcast(packet: Packet, opts: Options): void {
		const event = Array.isArray(packet.data) ? packet.data[0] : undefined;
		if (typeof event === 'string' && UNREPLAYED_EVENTS.has(event)) {
			// Skip the session-aware layer (which stores the packet) and send it as the in-memory adapter does.
			Adapter.prototype.broadcast.call(this, packet, opts);
			return;
		}
		super.broadcast(packet, opts);
	}
}
