// npm run dev: API with reload on :3000 and the Vite dev server (proxying /api) on :5173.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const env = { WUSHE_DEMO: '1', ...process.env };
const api = spawn('npx', ['tsx', 'watch', 'api/src/main.ts'], { cwd: root, stdio: 'inherit', env });
const web = spawn('npm', ['run', 'dev', '-w', 'web'], { cwd: root, stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { api.kill(sig); web.kill(sig); });
