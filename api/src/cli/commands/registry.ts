import { open, writeFile } from 'node:fs/promises';
import { newId } from '@wushe/common';
import ordos from '../../domains/regions/data/ordos-150600.json' with { type: 'json' };
import { loadDivisionSubtree } from '../../domains/regions/index.js';
import {
  buildRegionIndex, importFolderToRegister, loadFolder, Resolver, summariseEntities, LEDGER_LABELS, type LoadedFolder, type RegionNode, type Progress, type SourceRow,
} from '../../domains/registry/index.js';
import { openCliContext } from '../context.js';
import { csvLine } from '../../domains/registry/files/csv.js';

const USAGE = '用法：npm run wushe -- registry merge <文件夹> --links <输出.csv> [--region <区划代码>] [--database]';

interface Args { folder: string; links?: string; region?: string; database: boolean }

function parseArgs(args: string[]): Args | undefined {
  const [sub, ...rest] = args;
  if (sub !== 'merge') return undefined;
  const out: Partial<Args> = { database: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--links') out.links = rest[++i];
    else if (a === '--region') out.region = rest[++i];
    else if (a === '--database') out.database = true;
    else if (a.startsWith('-') || out.folder) return undefined;
    else out.folder = a;
  }
  if (!out.folder || (rest.includes('--links') && !out.links) || (rest.includes('--region') && !out.region)) return undefined;
  return out as Args;
}

async function regionNodes(code: string | undefined): Promise<RegionNode[]> {
  if (code) return loadDivisionSubtree(code);
  return (ordos as unknown as [string, string | null, string, number][]).map(([c, parentCode, name, level]) => ({ code: c, parentCode, name, level }));
}

const STAGES: Record<Parameters<Progress>[0], string> = { normalise: '规范化', block: '分块', compare: '比对', cluster: '聚类' };

/**
 * `registry merge <folder> --links <out.csv>`: reads every department file, resolves entities and writes
 * file,row,entity (row = 1-based data row under the header). Progress and the summary go to stderr/stdout.
 */
export async function runRegistryCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  const started = performance.now();
  const progress: Progress = (stage, done, total) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${STAGES[stage]} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}   `);
    else if (done === total) console.error(`${STAGES[stage]}：${total.toLocaleString('en-US')}`);
  };
  // without --database each file's rows go straight into the engine and only what the summary needs is kept
  const resolver = parsed.database ? null : new Resolver({ index: buildRegionIndex(await regionNodes(parsed.region)), onProgress: progress });
  const kept: SourceRow[] = [];
  const take = resolver ? (rows: SourceRow[]): void => {
    for (const r of rows) {
      resolver.add(r);
      kept.push({ file: r.file, department: r.department, row: r.row, cells: { name: r.cells.name, type: r.cells.type, industry: r.cells.industry } });
      if (process.stderr.isTTY && resolver.size % 50_000 === 0) process.stderr.write(`\r读取 ${resolver.size.toLocaleString('en-US')} 行   `);
    }
  } : undefined;
  let loaded;
  try {
    loaded = await loadFolder(parsed.folder, new Map(), parsed.database, take);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
    console.error(`找不到文件夹：${parsed.folder}`);
    return 2;
  }
  for (const f of loaded.files) {
    if (f.problem) { console.error(`跳过 ${f.problem}`); continue; }
    const unknown = f.mapping!.unknown.length ? `；未识别列：${f.mapping!.unknown.join('、')}` : '';
    console.error(`${f.file}（${f.department}，${f.encoding}${f.sheet ? `，工作表“${f.sheet}”` : ''}）：表头在第${f.mapping!.headerRow + 1}行，${f.rows} 行${unknown}`);
  }
  if (loaded.rows.length === 0 && (resolver?.size ?? 0) === 0) {
    console.error('没有可读的数据行');
    return 2;
  }
  if (!resolver) return intoDatabase(loaded, parsed.links, started);
  const res = resolver.resolve();
  if (process.stderr.isTTY) process.stderr.write('\n');
  const entities = summariseEntities(kept, res);
  const ids = entities.map(() => newId());

  const problems = res.records.flatMap((r) => r.problems.map((p) => `${r.file} 第${r.row}行 ${p.message}`));
  for (const p of problems.slice(0, 20)) console.error(p);
  if (problems.length > 20) console.error(`……另有 ${problems.length - 20} 处无法识别的值`);

  if (parsed.links) await writeLinks(parsed.links, res.records.length, (i) => csvLine([res.records[i]!.file, res.records[i]!.row, ids[res.clusterOf[i]!]!]));
  const byLedger = new Map<string, number>();
  for (const e of entities) byLedger.set(e.ledger, (byLedger.get(e.ledger) ?? 0) + 1);
  const n = (x: number): string => x.toLocaleString('en-US');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${n(res.records.length)} 行来自 ${loaded.files.filter((f) => !f.problem).length} 个文件 → ${n(entities.length)} 个主体（用时 ${seconds} s）`);
  for (const [ledger, label] of Object.entries(LEDGER_LABELS)) console.log(`  ${label}：${n(byLedger.get(ledger) ?? 0)}`);
  console.log(`待人工确认：${n(res.review.length)} 对（占主体 ${((100 * res.review.length) / Math.max(1, entities.length)).toFixed(1)}%）`);
  console.log(`自动合并链接 ${n(res.stats.autoLinks)}，拒绝的合并 ${n(res.stats.refused)}，疑似下拉填充代码 ${n(res.stats.filledDown)}，分支机构上的上级代码 ${n(res.stats.parentCodes)}`);
  if (parsed.links) console.log(`链接已写入 ${parsed.links}`);
  return 0;
}

/** The links file written in slices, so a million lines are never one string. */
async function writeLinks(file: string, count: number, line: (i: number) => string): Promise<void> {
  const out = await open(file, 'w');
  try {
    await out.write('file,row,entity\n');
    for (let start = 0; start < count; start += 50_000) {
      const part: string[] = [];
      for (let i = start; i < Math.min(count, start + 50_000); i++) part.push(line(i));
      await out.write(`${part.join('\n')}\n`);
    }
  } finally {
    await out.close();
  }
}

/** `--database`: the same resolution inside the register (people's earlier decisions apply), ids from the register. */
async function intoDatabase(loaded: LoadedFolder, links: string | undefined, started: number): Promise<number> {
  const { deps, database } = await openCliContext();
  try {
    console.error('写入底册并重新归并（区划取自数据库）……');
    const { result, rowIds } = await importFolderToRegister(deps, loaded);
    if (links) {
      const lines = ['file,row,entity', ...loaded.rows.map((r, i) => csvLine([r.file, r.row, result.entityOfRow.get(rowIds[i]!)!]))];
      await writeFile(links, `${lines.join('\n')}\n`);
    }
    const n = (x: number): string => x.toLocaleString('en-US');
    console.log(`${n(loaded.rows.length)} 行 → 底册 ${n(result.entities)} 个主体（新增 ${n(result.created.size)}，变更 ${n(result.changed.size)}，不再出现 ${n(result.gone.size)}；用时 ${((performance.now() - started) / 1000).toFixed(1)} s）`);
    for (const [ledger, label] of Object.entries(LEDGER_LABELS)) console.log(`  ${label}：${n(result.ledgers[ledger] ?? 0)}`);
    console.log(`待人工确认：${n(result.review)} 对`);
    if (links) console.log(`链接已写入 ${links}`);
    return 0;
  } finally {
    await database.close();
  }
}
