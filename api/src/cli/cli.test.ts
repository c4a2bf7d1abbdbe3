import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The operator's commands, run as a person would: a fresh embedded data directory, then seed, then verify.
const root = path.resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wushe-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function wushe(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'api/src/cli/main.ts', ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, WUSHE_DATA_DIR: dataDir, DATABASE_URL: '', WUSHE_DEMO: '1' }, timeout: 120_000,
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('wushe CLI', () => {
  it('seeds the demo city and verifies the audit chain', () => {
    const seed = wushe('seed');
    expect(seed.code).toBe(0);
    expect(seed.out).toContain('已载入示范城市 鄂尔多斯市');
    const verify = wushe('audit', 'verify');
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/OK：审计日志共 \d+ 条，哈希链完整/);
  });

  it('imports a county from the national division data and refuses a bad code', () => {
    const ok = wushe('regions', 'import', '370213');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/已导入 \d+ 个区划（省1、市1、县级1、乡级\d+、村级\d+）/);
    const bad = wushe('regions', 'import', 'abc');
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('用法');
  });

  it('prints usage for an unknown command', () => {
    const r = wushe('nope');
    expect(r.code).toBe(2);
    expect(r.out).toContain('audit verify');
  });
});
