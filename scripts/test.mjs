// npm test: everything this machine can run.
//   1. unit + API tests on PGlite (vitest)
//   2. the API suite again on PostgreSQL when TEST_DATABASE_URL is set
//   3. browser journeys in Chromium (/usr/bin/chromium) when it is installed
// Under CI=true a missing PostgreSQL or Chromium is a failure, not a skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureWebBuild } from './start.mjs';

const root = path.resolve(import.meta.dirname, '..');
const isCi = process.env.CI === 'true' || process.env.CI === '1';
const out = mkdtempSync(path.join(os.tmpdir(), 'wushe-test-'));
const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
const problems = [];

function vitest(label, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const report = path.join(out, `${label.replace(/\W+/g, '-')}.json`);
  const r = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], {
    cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env },
  });
  if (existsSync(report)) {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    if (j.numTotalTests === 0) problems.push(`${label}: no tests ran`);
  }
  if (r.status !== 0) problems.push(`${label}: vitest exited ${r.status}`);
}

vitest('unit and API on PGlite', []);

if (process.env.TEST_DATABASE_URL) {
  vitest('API on PostgreSQL', ['api/src'], { WUSHE_TEST_DB: 'postgresql' });
} else if (isCi) {
  problems.push('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL suite cannot run');
} else {
  console.log('\n(TEST_DATABASE_URL not set: PostgreSQL suite skipped on this machine)');
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  ensureWebBuild();
  vitest('browser journeys', ['--config', 'e2e/vitest.config.ts'], { CHROMIUM_PATH: chromium });
} else if (isCi) {
  problems.push(`CI=true but ${chromium} is missing: the browser journeys cannot run`);
} else {
  console.log(`\n(${chromium} not found: browser journeys skipped on this machine)`);
}

for (const p of problems) console.error(`FAILED: ${p}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(problems.length || failed ? 1 : 0);
