// The baseline server for bench/load.ts: plain Socket.io, one room per circle, one ~1 KB broadcast per command.
// No protocol, no views per audience, no database; reports its port to the parent over IPC.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { MAX_FRAME_BYTES } from '../src/lib/wire/socket';
import { BARE_BODY_BYTES, type BareAck, type BareView } from './bare-wire';

const HOST = '127.0.0.1';
const BODY = 'x'.repeat(BARE_BODY_BYTES);

const http = createServer();
const io = new Server<{ command: (message: unknown, ack: (result: BareAck) => void) => void }, { view: (message: BareView) => void }>(http, {
	maxHttpBufferSize: MAX_FRAME_BYTES
});
const seqs = new Map<string, number>();

io.on('connection', (socket) => {
	const circle: unknown = (socket.handshake.auth as { circle?: unknown }).circle;
	if (typeof circle !== 'string') {
		socket.disconnect(true);
		return;
	}
	const room = `circle:${circle}`;
	void socket.join(room);
	socket.on('command', (_message, ack) => {
		const seq = (seqs.get(circle) ?? 0) + 1;
		seqs.set(circle, seq);
		io.to(room).emit('view', { seq, body: BODY, serverNow: Date.now() });
		if (typeof ack === 'function') ack({ ok: true, seq });
	});
});

http.listen(0, HOST, () => {
	const { port } = http.address() as AddressInfo;
	process.send?.({ url: `http://${HOST}:${port}` });
});
process.once('SIGTERM', () => io.close(() => process.exit(0)));
