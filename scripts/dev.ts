// Development: the server restarts on change (tsx watch, port 3001) and Vite serves pages with hot reload,
// proxying /api and /socket.io to it, so dev runs the same server code as production. Its JSON log is shown
// through pino-pretty; production keeps plain JSON lines.
import { spawn } from 'node:child_process';

const apiPort = process.env.API_PORT ?? '3001';
const api = spawn('npx', ['tsx', 'watch', 'server/main.ts'], { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, PORT: apiPort } });
const pretty = spawn('npx', ['pino-pretty', '--colorize', '--translateTime', 'SYS:HH:MM:ss', '--ignore', 'pid,hostname'], { stdio: ['pipe', 'inherit', 'inherit'] });
api.stdout.pipe(pretty.stdin);
const pages = spawn('npx', ['vite', 'dev', '--port', process.env.PORT ?? '3000'], { stdio: 'inherit', env: { ...process.env, DEV_API: `http://127.0.0.1:${apiPort}` } });
const stop = () => {
	api.kill('SIGTERM');
	pages.kill('SIGTERM');
	pretty.stdin.end();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
api.on('exit', stop);
pages.on('exit', stop);
