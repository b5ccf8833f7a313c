// One device in its own process, so a test can freeze it (SIGSTOP) or kill it (SIGKILL) for real.
// Usage: node seat-process.mjs <url> '<auth json>' ['<extra headers json>']; prints "connected" on each (re)connect.
import { io } from 'socket.io-client';

const [url, auth, headers] = process.argv.slice(2);
const socket = io(url, { auth: JSON.parse(auth ?? '{}'), extraHeaders: headers ? JSON.parse(headers) : {}, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 500 });
socket.on('connect', () => console.log('connected'));
socket.on('connect_error', (err) => console.log(`refused ${err.data?.code ?? err.message}`));
