// Development: the server restarts on change (tsx watch, port 3001) and Vite serves pages with hot reload,
// proxying /api and /socket.io to it, so dev runs the same server code as production.
import { spawn } from 'node:child_process';

const api = spawn('npx', ['tsx', 'watch', 'server/main.ts'], { stdio: 'inherit', env: { ...process.env, PORT: process.env.API_PORT ?? '3001' } });
const pages = spawn('npx', ['vite', 'dev', '--port', process.env.PORT ?? '3000'], { stdio: 'inherit', env: { ...process.env, DEV_API: `http://127.0.0.1:${process.env.API_PORT ?? '3001'}` } });
const stop = () => {
	api.kill('SIGTERM');
	pages.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
api.on('exit', stop);
pages.on('exit', stop);
