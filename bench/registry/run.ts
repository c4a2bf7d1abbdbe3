import { spawn } from 'node:child_process';
import path from 'node:path';
import type { ChildResult } from './child.js';

/**
 * `npm run bench -- registry [rows …]`: generates department files with known truth at each size (default
 * 20,000 and 1,000,000 rows), merges them in a fresh process on one core, and prints time, peak memory and
 * quality. Time covers header mapping, normalisation, blocking, comparison and clustering (not generation
 * or file reading).
 */
export async function runRegistryBench(sizes: number[]): Promise<void> {
  const rows: string[] = [];
  for (const size of sizes.length ? sizes : [20_000, 1_000_000]) {
    console.error(`registry bench: ${size.toLocaleString('en-US')} rows, seed ${SEED} …`);
    const r = await measure(size);
    rows.push(line(size, r));
  }
  console.log([
    '| target rows | rows | entities (truth) | entities (found) | candidate pairs | merge time | CPU (with generation) | peak RSS | pairwise P | pairwise R | pairwise F1 | B³ F1 | review queue | target |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n'));
}

/** The generator seed the bench reports on (REGISTRY_SEED, default 7); weights were set looking at seed 3 only. */
const SEED = Number(process.env.REGISTRY_SEED ?? 7);

function measure(size: number): Promise<ChildResult | { failure: string }> {
  const child = path.join(import.meta.dirname, 'child.ts');
  return new Promise((resolve) => {
    const heap = size > 300_000 ? ['--max-old-space-size=6144'] : [];
    const proc = spawn(process.execPath, [...heap, '--import', 'tsx', child, String(size), String(SEED)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    proc.on('close', (code, signal) => {
      const found = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (found) resolve(JSON.parse(found.slice('RESULT '.length)) as ChildResult);
      else resolve({ failure: signal ? `killed (${signal})` : `exit ${code}` });
    });
  });
}

function line(size: number, r: ChildResult | { failure: string }): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if ('failure' in r) return `| ${n(size)} | | | | | failed: ${r.failure} | | | | | | | | ✗ |`;
  const limit = size <= 50_000 ? 10 : 600;
  const ok = r.seconds < limit && r.peakRssMiB < 4096 && r.precision >= 0.998 && r.f1 >= 0.985 && r.reviewShare <= 0.03;
  const f = (x: number) => x.toFixed(4);
  return `| ${n(size)} | ${n(r.rows)} | ${n(r.entities)} | ${n(r.clusters)} | ${n(r.pairs)} | ${r.seconds.toFixed(1)} s | ${r.cpuSeconds.toFixed(1)} s | ${n(Math.round(r.peakRssMiB))} MiB | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} | ${f(r.bcubedF1)} | ${n(r.review)} (${(100 * r.reviewShare).toFixed(1)}%) | ${ok ? '✓' : '✗'} (< ${limit} s, < 4 GiB, P ≥ 0.998, F1 ≥ 0.985, review ≤ 3%) |`;
}
