import { spawn } from 'node:child_process';
import path from 'node:path';
import type { ChildResult } from './child.js';
import { BANNER_FAIR, CITY_QUARTER, type CitySpec } from './generate.js';

interface Scenario {
  key: 'banner' | 'city';
  spec: CitySpec;
  /** issue 5: optimal in under this many seconds and this many MiB */
  targetSeconds: number;
  targetMiB: number;
  /** HiGHS gets this long (its own time_limit), then is reported as not finished */
  highsSeconds: number;
}

const SCENARIOS: Scenario[] = [
  { key: 'banner', spec: BANNER_FAIR, targetSeconds: 1, targetMiB: Infinity, highsSeconds: 300 },
  { key: 'city', spec: CITY_QUARTER, targetSeconds: 15, targetMiB: 2048, highsSeconds: 600 },
];

/**
 * `npm run bench -- matching`: generates the banner fair (5,000 × 2,000) and the city quarter
 * (50,000 × 20,000), solves each with wushe and with HiGHS (LP, simplex) in separate fresh processes, and
 * prints one markdown table. WUSHE_BENCH_ONLY=banner|city runs one; WUSHE_BENCH_HIGHS_SECONDS caps HiGHS.
 */
export async function runMatchingBench(): Promise<void> {
  const only = process.env.WUSHE_BENCH_ONLY;
  const cap = Number(process.env.WUSHE_BENCH_HIGHS_SECONDS) || undefined;
  const rows: string[] = [];
  for (const scenario of SCENARIOS.filter((s) => !only || s.key === only)) {
    const limit = cap ?? scenario.highsSeconds;
    console.error(`matching bench: ${scenario.spec.name}: wushe …`);
    const wushe = await measure(scenario.key, 'wushe', 600);
    console.error(`matching bench: ${scenario.spec.name}: HiGHS (up to ${limit} s) …`);
    const highs = await measure(scenario.key, 'highs', limit);
    rows.push(row(scenario, wushe, highs, limit));
  }
  console.log([
    '| instance | needs × providers | edges | wushe time | wushe peak RSS | wushe objective | HiGHS time | HiGHS peak RSS | HiGHS objective | speed-up | objective Δ (rel.) | target |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n'));
}

/** Runs one engine on one instance in a child process; a crash or a hang becomes a status, not an error. */
function measure(scenario: string, engine: 'wushe' | 'highs', limitSeconds: number): Promise<ChildResult | { failure: string }> {
  const child = path.join(import.meta.dirname, 'child.ts');
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, scenario, engine, String(limitSeconds)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // HiGHS honours time_limit only inside its solve loop; building and presolve get extra grace
    const killer = setTimeout(() => proc.kill('SIGKILL'), (limitSeconds + 180) * 1000);
    proc.on('close', (code, signal) => {
      clearTimeout(killer);
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (line) return resolve(JSON.parse(line.slice('RESULT '.length)) as ChildResult);
      const why = signal ? `killed (${signal})` : `exit ${code}: ${lastLine(stderr)}`;
      resolve({ failure: why });
    });
  });
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter((l) => l.trim()).slice(-1)[0]?.slice(0, 120) ?? '';
}

function row(scenario: Scenario, wushe: ChildResult | { failure: string }, highs: ChildResult | { failure: string }, limit: number): string {
  const size = `${scenario.spec.needs.toLocaleString('en-US')} × ${scenario.spec.providers.toLocaleString('en-US')}`;
  if ('failure' in wushe) return `| ${scenario.spec.name} | ${size} | | failed: ${wushe.failure} | | | | | | | | ✗ |`;
  const time = (s: number): string => (s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`);
  const mib = (m: number): string => `${Math.round(m).toLocaleString('en-US')} MiB`;
  const objective = (x: number): string => x.toFixed(6);
  let highsTime: string;
  let highsRss = '';
  let highsObjective = '';
  let speedUp = '';
  let delta = '';
  if ('failure' in highs) {
    highsTime = `did not finish: ${highs.failure}`;
  } else if (highs.status === 'time-limit') {
    highsTime = `did not finish in ${limit} s`;
    highsRss = mib(highs.peakRssMiB);
    speedUp = `> ${(limit / wushe.seconds).toFixed(0)}×`;
  } else if (highs.status !== 'optimal') {
    highsTime = `no answer: ${highs.detail ?? highs.status}`;
    highsRss = mib(highs.peakRssMiB);
    speedUp = '—';
  } else {
    highsTime = time(highs.seconds);
    highsRss = mib(highs.peakRssMiB);
    highsObjective = objective(highs.objective);
    speedUp = `${(highs.seconds / wushe.seconds).toFixed(1)}×`;
    delta = (Math.abs(wushe.objective - highs.objective) / Math.abs(highs.objective)).toExponential(1);
  }
  const isOnTarget = wushe.seconds < scenario.targetSeconds && wushe.peakRssMiB < scenario.targetMiB;
  const target = `${isOnTarget ? '✓' : '✗'} < ${scenario.targetSeconds} s${Number.isFinite(scenario.targetMiB) ? `, < ${scenario.targetMiB / 1024} GB` : ''}`;
  return [
    '', scenario.spec.name, size, wushe.edges.toLocaleString('en-US'),
    time(wushe.seconds), `${mib(wushe.peakRssMiB)} (instance ${mib(wushe.rssBeforeMiB)})`, objective(wushe.objective),
    highsTime, highsRss, highsObjective, speedUp, delta, target, '',
  ].join(' | ').trim();
}
