import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const PORT = Number(process.env.E2E_PORT ?? 3456);
let server: ChildProcess | null = null;
let dataDir = '';

/** Starts wushe exactly as `npm start` would (built web, fresh PGlite, demo city) on a private port. */
export async function setup(project: TestProject) {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'wushe-e2e-'));
  const root = path.resolve(import.meta.dirname, '..');
  server = spawn(process.execPath, ['--import', 'tsx', '--import', './e2e/time-shift.ts', 'api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', WUSHE_DATA_DIR: dataDir, WUSHE_DEMO: '1', LOG_LEVEL: 'silent', WUSHE_E2E_TIME_SHIFT_FILE: path.join(dataDir, 'time-shift-ms') },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${PORT}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('wushe did not start within 120 s');
    await new Promise((r) => setTimeout(r, 500));
  }
  project.provide('baseUrl', base);
  project.provide('timeShiftFile', path.join(dataDir, 'time-shift-ms'));
}

export async function teardown() {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dataDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Write milliseconds here to move the e2e server's clock forward (see time-shift.ts). */
    timeShiftFile: string;
  }
}
