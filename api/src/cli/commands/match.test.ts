import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runMatchCommand } from './match.js';
import { CROSSING } from '../../domains/matching/testing/fixtures.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'wushe-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function file(name: string, content: unknown): string {
  const at = path.join(dir, name);
  writeFileSync(at, typeof content === 'string' ? content : JSON.stringify(content));
  return at;
}

/** Runs the command with console output captured. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const code = await runMatchCommand(args);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// greedy would take n1-p1 (0.9) and leave n2 with 0.1; the optimum is n1-p2 + n2-p1 = 1.65
const instance = { ...CROSSING, needs: [...CROSSING.needs, { id: 'n3' }] };

describe('wushe match solve', () => {
  it('writes the optimal assignment and prints a one-line summary', async () => {
    const out = path.join(dir, 'answer.json');
    const r = await run('solve', file('fair.json', instance), '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`最优匹配：2/3 个需求，总分 1.65，未匹配 1（NO_EDGES 1），用时 ${r.out.match(/用时 (\S+) s/)![1]} s → ${out}`);
    const answer = JSON.parse(readFileSync(out, 'utf8'));
    expect(answer.objective).toBe(1.65);
    expect(answer.assignments).toEqual([
      { need: 'n1', provider: 'p2', score: 0.8 },
      { need: 'n2', provider: 'p1', score: 0.85 },
    ]);
    expect(answer.unmatched).toEqual([{ need: 'n3', reason: 'NO_EDGES' }]);
    expect(readFileSync(out, 'utf8')).toContain('\n    {"need":"n1","provider":"p2","score":0.8},\n');
  });

  it('reads pins and forbids from the instance file', async () => {
    const out = path.join(dir, 'pinned.json');
    const r = await run('solve', file('pinned-in.json', { ...instance, pinned: [{ need: 'n1', provider: 'p1' }] }), `--out=${out}`);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).objective).toBe(1);
  });

  it('rejects a bad instance on stderr with exit 2, naming the item', async () => {
    const bad = { ...instance, edges: [...instance.edges, { need: 'n1', provider: 'p9', score: 0.5 }] };
    const r = await run('solve', file('bad.json', bad), '--out', path.join(dir, 'never.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('invalid matching instance');
    expect(r.err).toContain('edges[4]: provider "p9" is not in providers');
    const pins = await run('solve', file('pins.json', { ...instance, pinned: [{ need: 'n1', provider: 'p1' }, { need: 'n2', provider: 'p1' }] }));
    expect(pins.code).toBe(2);
    expect(pins.err).toContain('pinned[1]: provider "p1" has capacity 1, exceeded by this pin');
  });

  it('refuses unreadable files, broken JSON and a bad command line with exit 2', async () => {
    expect((await run('solve', path.join(dir, 'missing.json'))).code).toBe(2);
    const broken = await run('solve', file('broken.json', '{"needs": ['));
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('not valid JSON');
    expect((await run('solve')).err).toContain('用法');
    expect((await run('solve', 'a.json', '--out')).code).toBe(2);
    expect((await run('explain', 'a.json')).code).toBe(2);
  });

  it('prints the answer to stdout when --out is left out', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const r = await run('solve', file('stdout.json', instance));
    expect(r.code).toBe(0);
    expect(JSON.parse(written.join('')).objective).toBe(1.65);
    expect(r.err).toContain('最优匹配：2/3');
  });
});
