import { readFile, writeFile } from 'node:fs/promises';
import { MatchingInputError, solveMatching, type MatchingInstance, type MatchingResult, type SolveOptions } from '../../domains/matching/index.js';

const USAGE = '用法：npm run wushe -- match solve <instance.json> [--out <assignment.json>]';

/**
 * `match solve <instance.json> --out <assignment.json>`: the standalone optimal matcher (docs/matching.md).
 * Pins and forbids may ride in the instance file as top-level "pinned" and "forbidden" lists, so a
 * re-solve from the fair's UI is one self-contained file. Without --out the answer goes to stdout and
 * the summary to stderr. Exit 0 when solved, 2 for a bad command line, file or instance.
 */
export async function runMatchCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  let input: unknown;
  try {
    const text = await readFile(parsed.instancePath, 'utf8');
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message;
    console.error(`${parsed.instancePath}: ${reason}`);
    return 2;
  }

  const started = performance.now();
  let result: MatchingResult;
  try {
    const { instance, options } = splitOptions(input);
    result = solveMatching(instance, options);
  } catch (error) {
    if (!(error instanceof MatchingInputError)) throw error;
    console.error(`${parsed.instancePath}: ${error.headline}`);
    for (const line of error.lines()) console.error(`  ${line}`);
    return 2;
  }
  const seconds = (performance.now() - started) / 1000;

  const json = formatResult(result);
  if (parsed.outPath) await writeFile(parsed.outPath, json);
  else process.stdout.write(json);
  const summary = summarise(result, seconds, parsed.outPath);
  if (parsed.outPath) console.log(summary);
  else console.error(summary);
  return 0;
}

function parseArgs(args: string[]): { instancePath: string; outPath?: string } | undefined {
  const [sub, ...rest] = args;
  if (sub !== 'solve') return undefined;
  let instancePath: string | undefined;
  let outPath: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--out') outPath = rest[++i];
    else if (arg.startsWith('--out=')) outPath = arg.slice('--out='.length);
    else if (arg.startsWith('-') || instancePath !== undefined) return undefined;
    else instancePath = arg;
  }
  if (!instancePath || outPath === '') return undefined;
  if (rest.includes('--out') && outPath === undefined) return undefined;
  return { instancePath, outPath };
}

/** Takes the optional "pinned"/"forbidden" lists off the instance file; the solver validates both. */
function splitOptions(input: unknown): { instance: MatchingInstance; options: SolveOptions } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { instance: input as MatchingInstance, options: {} };
  const { pinned, forbidden, ...instance } = input as Record<string, unknown>;
  return { instance: instance as unknown as MatchingInstance, options: { pinned, forbidden } as SolveOptions };
}

/** One assignment or unmatched need per line, so answers diff well and stay readable at 50,000 lines. */
export function formatResult(result: MatchingResult): string {
  const list = (items: unknown[]): string =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  return [
    '{',
    `  "objective": ${JSON.stringify(result.objective)},`,
    `  "assignments": ${list(result.assignments)},`,
    `  "unmatched": ${list(result.unmatched)},`,
    `  "stats": ${JSON.stringify(result.stats)}`,
    '}',
    '',
  ].join('\n');
}

function summarise(result: MatchingResult, seconds: number, outPath: string | undefined): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  const reasons = new Map<string, number>();
  for (const u of result.unmatched) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  const why = [...reasons].map(([reason, count]) => `${reason} ${n(count)}`).join('，');
  const unmatched = result.unmatched.length > 0 ? `，未匹配 ${n(result.unmatched.length)}（${why}）` : '';
  const target = outPath ? ` → ${outPath}` : '';
  return `最优匹配：${n(result.stats.matched)}/${n(result.stats.needs)} 个需求，总分 ${result.objective}${unmatched}，用时 ${seconds.toFixed(2)} s${target}`;
}
