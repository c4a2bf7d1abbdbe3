import ExcelJS from 'exceljs';
import {
  AppError, formatDateTime, NEED_SOURCE_ZH, NEED_STATUS_ZH, NEED_URGENCY_ZH, newId, SERVICE_DOMAIN_ZH, toRegionDate,
  type Need, type NeedListQuery, type NeedSource, type NeedStatus, type NeedUrgency, type ServiceDomain,
} from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { toNeed } from './needs-mapper.js';
import { toFilter } from './needs.service.js';
import * as repo from './needs.repository.js';
import * as support from './needs-support.repository.js';

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 6;

/** The real type of an upload from its first bytes; the client's word (name, header) is not trusted. */
export function sniffMime(b: Buffer): string | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length >= 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (b.length >= 5 && b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

/** Adds a photo or document to a need still being handled (待评估/评榜中), by someone who may record needs and sees it. */
export async function addAttachment(deps: AppDeps, ctx: RequestContext, actor: Actor, needId: string, name: string, body: Buffer): Promise<Need> {
  const mime = sniffMime(body);
  await deps.db.transaction(async (tx) => {
    // Scope first: a need out of scope answers 404 whatever the file is.
    const row = await repo.lockNeed(tx, actor, needId);
    if (!row) throw new AppError('NOT_FOUND');
    const problem = !mime ? '附件须为 JPG、PNG、WebP 图片或 PDF 文件' : body.length > MAX_ATTACHMENT_BYTES ? '单个附件不能超过5MB' : null;
    if (problem) throw new AppError('ATTACHMENT_INVALID', [{ path: 'file', message: problem }]);
    if (row.status !== 'submitted' && row.status !== 'assessing') throw new AppError('NEED_TRANSITION_INVALID', [{ path: 'status', message: '需求已有决定，不能再添加附件' }]);
    if ((await support.countAttachments(tx, needId)) >= MAX_ATTACHMENTS) throw new AppError('ATTACHMENT_INVALID', [{ path: 'file', message: `每条需求最多${MAX_ATTACHMENTS}个附件` }]);
    const now = deps.clock.now();
    const id = newId(now.getTime());
    const safeName = name.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 100) || '附件';
    await support.insertAttachment(tx, { id, needId, name: safeName, mime: mime!, size: body.length, data: body, createdBy: actor.userId, createdAt: now });
    if (!(await repo.updateNeed(tx, needId, row.version, { attachments: [...row.attachments, { id, name: safeName, mime: mime!, size: body.length }], updatedAt: now }))) throw new AppError('CONFLICT');
    await recordAudit(tx, ctx, deps.clock, { action: 'needs.attach', entityType: 'need', entityId: needId, regionPath: row.regionPath, summary: `上传需求附件：${row.number} ${safeName}` });
  });
  const found = await repo.findNeed(deps.db, actor, needId);
  return toNeed(found!);
}

/** The file, if the need is in the actor's scope (404 otherwise, like a missing one). */
export async function getAttachment(deps: AppDeps, actor: Actor, needId: string, id: string) {
  if (!(await repo.findNeed(deps.db, actor, needId))) throw new AppError('NOT_FOUND');
  const a = await support.findAttachment(deps.db, needId, id);
  if (!a) throw new AppError('NOT_FOUND');
  return { name: a.name, mime: a.mime, data: a.data };
}

export const EXPORT_LIMIT = 10_000;
const COLUMNS: { title: string; width: number; value: (n: Need) => string | number }[] = [
  { title: '需求编号', width: 16, value: (n) => n.number },
  { title: '标题', width: 28, value: (n) => n.title },
  { title: '类别', width: 10, value: (n) => SERVICE_DOMAIN_ZH[n.category as ServiceDomain] ?? n.category },
  { title: '社区（网格）', width: 20, value: (n) => n.regionName },
  { title: '来源', width: 10, value: (n) => NEED_SOURCE_ZH[n.source as NeedSource] },
  { title: '紧急程度', width: 8, value: (n) => NEED_URGENCY_ZH[n.urgency as NeedUrgency] },
  { title: '涉及人数', width: 8, value: (n) => n.peopleAffected },
  { title: '提出人次', width: 8, value: (n) => n.requestCount },
  { title: '状态', width: 8, value: (n) => NEED_STATUS_ZH[n.status as NeedStatus] },
  { title: '优先级', width: 6, value: (n) => n.priority ?? '' },
  { title: '决定说明', width: 24, value: (n) => n.decisionReason ?? '' },
  { title: '联系人', width: 8, value: (n) => n.contactName ?? '' },
  { title: '联系电话', width: 14, value: (n) => n.contactPhone ?? '' },
  { title: '登记时间', width: 18, value: (n) => formatDateTime(n.createdAt) },
  { title: '需求描述', width: 50, value: (n) => n.description },
];

/** The filtered list as an Excel 需求清单 (phones masked), audited. */
export async function exportNeeds(deps: AppDeps, ctx: RequestContext, actor: Actor, q: NeedListQuery): Promise<{ buffer: Buffer; filename: string }> {
  const rows = (await repo.listAllNeeds(deps.db, actor, await toFilter(deps, actor, q), EXPORT_LIMIT)).map(toNeed);
  const now = deps.clock.now();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'wushe';
  wb.created = now;
  const ws = wb.addWorksheet('需求清单', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  ws.getCell(1, 1).value = `需求清单（导出时间：${formatDateTime(now)}，共${rows.length}条）`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getRow(2).values = COLUMNS.map((c) => c.title);
  ws.getRow(2).font = { bold: true };
  COLUMNS.forEach((c, i) => { ws.getColumn(i + 1).width = c.width; });
  rows.forEach((n, i) => { ws.getRow(3 + i).values = COLUMNS.map((c) => c.value(n)); });
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await deps.db.transaction((tx) => recordAudit(tx, ctx, deps.clock, { action: 'needs.export', summary: `导出需求清单${rows.length}条`, regionPath: actor.regionPath }));
  return { buffer, filename: `需求清单-${toRegionDate(now)}.xlsx` };
}
