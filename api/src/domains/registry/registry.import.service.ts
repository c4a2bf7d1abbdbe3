/** Bringing in a department file: preview the header mapping, then commit (all or nothing) and re-resolve. */
import { AppError, newId, type RegistryImportInput, type RegistryImportPreview, type RegistryImportReport } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { foldHeader, mapTable, normaliseRow, buildRegionIndex, type FieldKey, type MappedTable } from './engine/index.js';
import { readSheetBytes, UnreadableFileError } from './files/read-sheet.js';
import { inheritedEntityIds } from './registry.continuity.js';
import { reconcile } from './registry.reconcile.js';
import * as repo from './registry.repository.js';

interface Parsed {
  mapped: MappedTable;
  cells: string[][];
  sheet: string;
  encoding: string;
}

async function parse(deps: AppDeps, input: RegistryImportInput): Promise<Parsed> {
  const remembered = new Map<string, FieldKey | null>();
  for (const m of await repo.rememberedMappings(deps.db, input.department)) remembered.set(m.header, m.field as FieldKey | null);
  for (const [header, field] of Object.entries(input.mapping ?? {})) remembered.set(foldHeader(header), field);
  let file;
  try {
    file = await readSheetBytes(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    throw new AppError('REGISTRY_FILE_UNREADABLE', [{ path: 'contentBase64', message: error.message }]);
  }
  for (const sheet of file.sheets) {
    const mapped = mapTable(input.fileName, input.department, sheet.cells, remembered);
    if (mapped.mapping) return { mapped, cells: sheet.cells, sheet: sheet.sheet, encoding: file.encoding };
  }
  throw new AppError('REGISTRY_NO_HEADER', [{ path: 'contentBase64', message: `${input.fileName}：前15行中找不到表头（需要“单位名称”等名称列）` }]);
}

export async function previewImport(deps: AppDeps, _actor: Actor, input: RegistryImportInput): Promise<RegistryImportPreview> {
  const p = await parse(deps, input);
  const m = p.mapped.mapping!;
  const data = p.cells.slice(m.headerRow + 1);
  const index = buildRegionIndex([]);
  const problems = p.mapped.rows.flatMap((r, i) => normaliseRow(r, i, index).problems.map((x) => ({
    row: r.row, column: m.headers[m.columns.indexOf(x.field)] ?? x.field, message: `第${r.row}行“${m.headers[m.columns.indexOf(x.field)] ?? x.field}”列：${x.message}`,
  }))).slice(0, 200);
  return {
    sheet: p.sheet, encoding: p.encoding, headerRow: m.headerRow + 1, rows: p.mapped.rows.length,
    columns: m.headers.map((header, i) => ({ header, field: m.columns[i] ?? null, samples: data.slice(0, 3).map((line) => String(line[i] ?? '')) })),
    unknown: m.unknown,
    problems,
  };
}

export async function commitImport(deps: AppDeps, ctx: RequestContext, actor: Actor, input: RegistryImportInput): Promise<RegistryImportReport> {
  const p = await parse(deps, input);
  const m = p.mapped.mapping!;
  const importId = newId();
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    for (const [header, field] of Object.entries(input.mapping ?? {})) await repo.saveMapping(tx, input.department, foldHeader(header), field, actor.userId, now);
    await repo.insertImport(tx, {
      id: importId, department: input.department, fileName: input.fileName, sheet: p.sheet, encoding: p.encoding, headerRow: m.headerRow + 1,
      mapping: m.headers.map((header, i) => ({ header, field: m.columns[i] ?? null })), rowCount: p.mapped.rows.length, report: {},
      regionPath: actor.regionPath ?? '/', createdBy: actor.userId, createdAt: now,
    });
    const previous = await repo.retireDepartmentRows(tx, input.department);
    const rowIds = p.mapped.rows.map(() => newId());
    const inherited = inheritedEntityIds(deps, input.department, previous, p.mapped.rows);
    await repo.insertSourceRows(tx, p.mapped.rows.map((r, i) => {
      const line = p.cells[m.headerRow + r.row] ?? [];
      const raw = Object.fromEntries(m.headers.map((h, c) => [h || `第${c + 1}列`, String(line[c] ?? '')]));
      return {
        id: rowIds[i]!, importId, department: input.department, fileName: input.fileName, rowNo: r.row,
        rawEnc: deps.cipher.encrypt(JSON.stringify(raw)), mappedEnc: deps.cipher.encrypt(JSON.stringify(r.cells)),
        name: r.cells.name ?? '', current: true, createdAt: now,
        entityId: inherited[i] ?? null,
      };
    }));
    const result = await reconcile(tx, deps);
    const mine = new Set(rowIds.map((id) => result.entityOfRow.get(id)!));
    const before = new Set(previous.map((r) => r.entityId).filter((e): e is string => !!e));
    const report: RegistryImportReport = {
      importId,
      rows: rowIds.length,
      newEntities: [...mine].filter((e) => result.created.has(e)).length,
      changedEntities: [...mine].filter((e) => result.changed.has(e)).length,
      // gone: the department listed them last time and does not any more
      goneEntities: [...before].filter((e) => !mine.has(e)).length,
      reviewQueue: result.review,
      entities: result.entities,
    };
    await repo.setImportReport(tx, importId, report);
    await recordAudit(tx, ctx, deps.clock, {
      action: 'registry.import', entityType: 'registry_import', entityId: importId,
      summary: `导入${input.department}名录“${input.fileName}”${report.rows}行：新增${report.newEntities}、变更${report.changedEntities}、不再列出${report.goneEntities}，待确认${report.reviewQueue}`,
      diff: report,
    });
    return report;
  });
}
