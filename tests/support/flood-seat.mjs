// A flooding participant in its own process (so its sending does not slow the server under test): opens
// `devices` sockets with one rejoin token and sends REFLECT as fast as it can, reconnecting when cut off.
// Usage: node flood-seat.mjs <url> <token> <devices> <ms>; prints how many commands it sent.
import { io } from 'socket.io-client';

const [url, token, devices, ms] = process.argv.slice(2);
const until = Date.now() + Number(ms);
const text = 'x'.repeat(1_900);
let sent = 0;

async function device() {
	while (Date.now() < until) {
		const socket = io(url, { auth: { kind: 'participant', token }, transports: ['websocket'], reconnection: false, forceNew: true });
		const ok = await new Promise((resolve) => {
			socket.once('connect', () => resolve(true));
			socket.once('connect_error', () => resolve(false));
		});
		while (ok && socket.connected && Date.now() < until) {
			socket.emit('command', { commandId: `f${sent++}`, command: { type: 'REFLECT', scope: 'circle', text } }, () => undefined);
			if (sent % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
		}
		socket.close();
		if (!ok) await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

await Promise.all(Array.from({ length: Number(devices) }, device));
console.log(sent);
process.exit(0);
