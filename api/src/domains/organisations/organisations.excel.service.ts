import { AppError, toRegionDate, type ImportQuery, type ImportResult, type OrganisationInput, type OrganisationListQuery, ORG_TYPE_ZH, ORG_STATUS_ZH, SERVICE_DOMAIN_ZH } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import { canUseRegionPath, type Actor, type RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { findRegions, listScopeRegionsForTemplate, findRegionsByName } from '../regions/index.js';
import { buildExportWorkbook, buildImportTemplate, parseImportWorkbook } from './excel/index.js';
import { checkOrganisation } from './organisation-rules.js';
import { auditView, diffOf, nameSearchOf, newOrganisationRow, phoneColumns, toOrganisation } from './organisation-mapper.js';
import * as repo from './organisations.repository.js';
import { toFilter } from './organisations.service.js';

/** Exports are bounded so one click cannot pull a whole province into memory. */
export const EXPORT_LIMIT = 100_000;
/** Rows per import file. */
export const IMPORT_ROW_LIMIT = 10_000;

/** The filtered list as .xlsx; the export itself is audited with its filters and row count. */
export async function exportOrganisations(deps: AppDeps, ctx: RequestContext, actor: Actor, q: OrganisationListQuery): Promise<{ buffer: Buffer; filename: string }> {
  const rows = await repo.listAllOrganisations(deps.db, actor, await toFilter(deps, actor, q), EXPORT_LIMIT);
  const now = deps.clock.now();
  const filtersText = describeFilters(q) || '无';
  const buffer = await buildExportWorkbook(rows.map(toOrganisation), { title: '社会组织名录', generatedAt: now, filtersText, includeRegionCodes: true });
  await deps.db.transaction((tx) => recordAudit(tx, ctx, deps.clock, { action: 'organisations.export', entityType: 'organisation', summary: `导出社会组织 ${rows.length} 条（${filtersText}）`, diff: { filters: { ...q, page: undefined, pageSize: undefined }, count: rows.length } }));
  return { buffer, filename: `社会组织名录-${toRegionDate(now)}.xlsx` };
}

function describeFilters(q: OrganisationListQuery): string {
  return [
    q.q ? `关键词“${q.q}”` : '', q.regionCode ? `区划${q.regionCode}` : '', q.type ? `类型：${ORG_TYPE_ZH[q.type]}` : '',
    q.status ? `状态：${ORG_STATUS_ZH[q.status]}` : '', q.domain ? `服务领域：${SERVICE_DOMAIN_ZH[q.domain]}` : '',
  ].filter(Boolean).join('，');
}

/** The import template, with region drop-downs limited to the actor's scope. */
export async function importTemplate(deps: AppDeps, actor: Actor): Promise<Buffer> {
  const regions = await listScopeRegionsForTemplate(deps.db, actor, 5000);
  return buildImportTemplate({ regions });
}

type RowPlan = { row: number; input: OrganisationInput; action: 'create' | 'update'; existing: repo.OrganisationRow | null; registrationRegionPath: string; operatingRegionPath: string; creditCode: string | null; phone: string | null; name: string };

/**
 * Reads the file, checks every row against the same rules as the form, and — unless previewing — writes
 * all rows (mode "all", only when every row is valid) or the valid rows (mode "validOnly") in one transaction.
 */
export async function importOrganisations(deps: AppDeps, ctx: RequestContext, actor: Actor, file: Buffer, q: ImportQuery): Promise<ImportResult> {
  const mode = q.mode ?? 'preview';
  let parsed;
  try {
    parsed = await parseImportWorkbook(file);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IMPORT_FILE_UNREADABLE');
  }
  if (parsed.headerErrors.length) throw new AppError('IMPORT_FILE_UNREADABLE', parsed.headerErrors.map((m) => ({ path: 'file', message: m })), parsed.headerErrors.join('；'));
  if (parsed.rows.length > IMPORT_ROW_LIMIT) throw new AppError('PAYLOAD_TOO_LARGE', [], `单个文件最多导入${IMPORT_ROW_LIMIT}行`);
  return deps.db.transaction(async (tx) => {
    const today = toRegionDate(deps.clock.now());
    const results: ImportResult['rows'] = [];
    const plans: RowPlan[] = [];
    for (const r of parsed.rows) {
      const errors = [...r.errors];
      const v = r.values;
      const reg = await resolveRegion(tx, actor, v.registrationRegionCode, v.registrationRegionText, '登记区划', errors);
      const op = await resolveRegion(tx, actor, v.operatingRegionCode, v.operatingRegionText, '实际运营区划', errors);
      let plan: RowPlan | null = null;
      if (errors.length === 0 && reg && op) {
        const input: OrganisationInput = {
          name: v.name ?? '', creditCode: v.creditCode ?? null, type: v.type!, serviceDomains: v.serviceDomains ?? [], isHub: v.isHub ?? false,
          isBrand: v.isBrand ?? false, registrationRegionCode: reg.code, operatingRegionCode: op.code, legalRepresentative: v.legalRepresentative ?? null,
          phone: v.phone ?? null, address: v.address ?? null, foundedOn: v.foundedOn ?? null, grade: v.grade ?? null, gradeValidUntil: v.gradeValidUntil ?? null,
        };
        const c = checkOrganisation(input, today);
        for (const e of c.errors) errors.push({ column: columnOf(e.path), message: e.message.replace(/（[a-zA-Z]+）/, '') });
        if (c.errors.length === 0) {
          const existing = c.creditCode ? await repo.findByCreditCode(tx, c.creditCode) : null;
          if (v.phoneMasked && !existing) errors.push({ column: '联系电话', message: '联系电话是脱敏号码，新登记的组织请填写完整号码' });
          else if (existing && !q.updateExisting) errors.push({ column: '统一社会信用代码', message: '统一社会信用代码已登记（如需更新请勾选“更新已有数据”）' });
          else if (existing && !(await repo.findOrganisation(tx, actor, existing.id))) errors.push({ column: '统一社会信用代码', message: '该统一社会信用代码已由其他辖区登记，无权更新' });
          else plan = { row: r.row, input, action: existing ? 'update' : 'create', existing, registrationRegionPath: reg.path, operatingRegionPath: op.path, creditCode: c.creditCode, phone: c.phone, name: c.name };
        }
      }
      results.push({ row: r.row, name: v.name ?? '', creditCode: v.creditCode ?? null, action: plan && errors.length === 0 ? plan.action : 'error', errors });
      if (plan && errors.length === 0) plans.push(plan);
    }
    const invalid = results.filter((r) => r.action === 'error').length;
    const messages = results.flatMap((r) => r.errors.map((e) => `第${r.row}行: ${e.message}`));
    const summary = { total: results.length, valid: results.length - invalid, invalid, rows: results, messages };
    if (mode === 'preview') return { ...summary, committed: false, created: 0, updated: 0 };
    if (mode === 'all' && invalid > 0) {
      throw new AppError('IMPORT_INVALID', messages.slice(0, 200).map((m) => ({ path: 'file', message: m })), `导入文件有${invalid}行错误，未写入任何数据`);
    }
    let created = 0;
    let updated = 0;
    for (const p of plans) {
      if (p.action === 'create') { await createFromPlan(deps, tx, ctx, actor, p); created++; }
      else { await updateFromPlan(deps, tx, ctx, p); updated++; }
    }
    await recordAudit(tx, ctx, deps.clock, { action: 'organisations.import', entityType: 'organisation', summary: `导入社会组织：新增${created}条，更新${updated}条，跳过${invalid}条`, diff: { mode, created, updated, skipped: invalid } });
    return { ...summary, committed: true, created, updated };
  });
}

const COLUMN_BY_PATH: Record<string, string> = {
  name: '组织名称', creditCode: '统一社会信用代码', type: '组织类型', phone: '联系电话', foundedOn: '成立日期', grade: '等级', gradeValidUntil: '等级有效期至',
};
function columnOf(path: string): string {
  return COLUMN_BY_PATH[path] ?? path;
}

/** A region cell: by code, or by a name that is unique within the actor's scope. */
async function resolveRegion(tx: Executor, actor: Actor, code: string | null | undefined, text: string | null | undefined, column: string, errors: { column: string; message: string }[]) {
  if (!code && !text) return null;
  if (code) {
    const [r] = await findRegions(tx, [code]);
    if (!r || !canUseRegionPath(actor, r.path)) { errors.push({ column, message: `${column}“${text ?? code}”不存在或不在您的管辖范围内` }); return null; }
    return r;
  }
  const matches = (await findRegionsByName(tx, text!)).filter((r) => canUseRegionPath(actor, r.path));
  if (matches.length === 1) return matches[0]!;
  errors.push({ column, message: matches.length === 0 ? `${column}“${text}”不存在或不在您的管辖范围内` : `${column}“${text}”对应多个区划，请填写“名称（代码）”` });
  return null;
}

async function createFromPlan(deps: AppDeps, tx: Executor, ctx: RequestContext, actor: Actor, p: RowPlan) {
  const row = newOrganisationRow(deps.cipher, p.input, {
    name: p.name, creditCode: p.creditCode, phone: p.phone, registrationRegionPath: p.registrationRegionPath,
    operatingRegionPath: p.operatingRegionPath, createdBy: actor.userId, now: deps.clock.now(),
  });
  await repo.insertOrganisations(tx, [row]);
  await recordAudit(tx, ctx, deps.clock, { action: 'organisations.create', entityType: 'organisation', entityId: row.id, regionPath: row.operatingRegionPath, summary: `导入登记：${p.name}（第${p.row}行）`, diff: { after: auditView(row) } });
}

async function updateFromPlan(deps: AppDeps, tx: Executor, ctx: RequestContext, p: RowPlan) {
  const old = p.existing!;
  const { phone: _phone, ...input } = p.input;
  const set: Partial<repo.OrganisationInsert> = {
    ...input, name: p.name, nameSearch: nameSearchOf(p.name), creditCode: p.creditCode, ...(p.phone ? phoneColumns(deps.cipher, p.phone) : {}),
    registrationRegionPath: p.registrationRegionPath, operatingRegionPath: p.operatingRegionPath, updatedAt: deps.clock.now(),
  };
  if (!(await repo.updateOrganisation(tx, old.id, old.version, set))) throw new AppError('CONFLICT');
  const diff = diffOf(auditView(old), auditView(set));
  delete diff.before.updatedAt; delete diff.after.updatedAt;
  await recordAudit(tx, ctx, deps.clock, { action: 'organisations.update', entityType: 'organisation', entityId: old.id, regionPath: p.operatingRegionPath, summary: `导入更新：${p.name}（第${p.row}行）`, diff });
}

