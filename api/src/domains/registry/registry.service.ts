/** The register's use cases after import: browse, review, split (corrections and tasks have their own files). One transaction each. */
import {
  AppError, maskPhone, newId, normalisePhone, type RegistryEntity, type RegistryEntityDetail, type RegistryListQuery, type RegistryReviewItem,
} from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { nextReviewStatus, type ReviewStatus } from './registry-rules.js';
import { reconcile } from './registry.reconcile.js';
import * as repo from './registry.repository.js';

export const notFound = (path = 'id') => new AppError('NOT_FOUND', [{ path, message: '记录不存在或不在您的数据权限范围内' }]);
type Source = { value: string; department: string; sourceRowId: string | null };

function toEntity(row: { e: repo.EntityRow; regionName: string | null }, sources: number): RegistryEntity {
  const e = row.e;
  return {
    id: e.id, name: e.name, creditCode: e.creditCode, legalRepresentative: e.legalRepresentative, phoneMasked: e.phoneMasked,
    address: e.address, foundedOn: e.foundedOn, kind: e.kind, ledger: e.ledger as RegistryEntity['ledger'], committee: e.committee,
    regionCode: e.regionCode, regionName: row.regionName ?? '', partyCoverage: e.partyCoverage as RegistryEntity['partyCoverage'],
    verification: e.verification as RegistryEntity['verification'], sources, conflictFields: Object.keys(e.conflicts as object),
    status: e.status, version: e.version,
  };
}

/** The list's query as the repository filters it; a region outside the actor's scope simply selects nothing. */
export async function entityFilter(deps: AppDeps, q: Omit<RegistryListQuery, 'page' | 'pageSize'>): Promise<repo.EntityFilter> {
  const region = q.regionCode ? (await repo.regionNodes(deps.db)).find((n) => n.code === q.regionCode) : undefined;
  if (q.regionCode && !region) throw new AppError('NOT_FOUND', [{ path: 'regionCode', message: '所选区划不存在' }]);
  return { ledger: q.ledger, verification: q.verification, q: q.q?.trim() || undefined, regionPath: region?.path, pending: q.pending };
}

export async function listEntities(deps: AppDeps, actor: Actor, q: RegistryListQuery) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const { items, total } = await repo.listEntities(deps.db, actor, await entityFilter(deps, q), page, pageSize);
  const counts = await repo.sourceCounts(deps.db, items.map((i) => i.e.id));
  return { items: items.map((i) => toEntity(i, counts.get(i.e.id) ?? 0)), total, page, pageSize };
}

export async function getEntity(deps: AppDeps, actor: Actor, id: string): Promise<RegistryEntityDetail> {
  const row = await repo.findEntity(deps.db, actor, id);
  if (!row) throw notFound();
  const rows = await repo.rowsOfEntity(deps.db, id);
  return {
    ...toEntity(row, rows.filter((r) => r.r.current).length),
    provenance: row.e.provenance as Record<string, Source>,
    conflicts: row.e.conflicts as Record<string, Source[]>,
    rows: rows.map(({ r, importedAt }) => {
      const cells = JSON.parse(deps.cipher.decrypt(r.mappedEnc)) as Record<string, string>;
      if (cells.phone) cells.phone = maskPhone(normalisePhone(cells.phone));
      return { id: r.id, department: r.department, fileName: r.fileName, rowNo: r.rowNo, importedAt: importedAt.toISOString(), current: r.current, cells };
    }),
  };
}

export async function listReview(deps: AppDeps, actor: Actor, page = 1, pageSize = 20) {
  const { items, total } = await repo.listReview(deps.db, actor, page, pageSize);
  const names = await repo.entityNames(deps.db, items.flatMap((i) => [i.entityA, i.entityB]));
  const rows = new Map((await repo.sourceRowsByIds(deps.db, items.flatMap((i) => [i.rowA, i.rowB]))).map((r) => [r.id, r]));
  const side = (entityId: string, rowId: string) => ({ entityId, name: names.get(entityId) ?? '', rowName: rows.get(rowId)?.name ?? '', department: rows.get(rowId)?.department ?? '' });
  const out: RegistryReviewItem[] = items.map((i) => ({
    id: i.id, score: i.score, status: i.status, evidence: i.evidence as RegistryReviewItem['evidence'], a: side(i.entityA, i.rowA), b: side(i.entityB, i.rowB),
  }));
  return { items: out, total, page, pageSize };
}

/** One click: confirm (the two entries are one organisation) or reject (they are not); the register re-resolves. */
export async function decideReview(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, decision: 'confirm' | 'reject') {
  return deps.db.transaction(async (tx) => {
    const item = await repo.findReview(tx, actor, id);
    if (!item) throw notFound();
    const next = nextReviewStatus(item.status as ReviewStatus, decision);
    if (!next) throw new AppError('REGISTRY_REVIEW_DECIDED', [{ path: 'decision', message: '该待确认项已处理，不能再次确认或驳回' }]);
    const now = deps.clock.now();
    await repo.decideReview(tx, id, next, actor.userId, now);
    await repo.insertDecisions(tx, [{ id: newId(), rowA: item.rowA, rowB: item.rowB, same: decision === 'confirm', createdBy: actor.userId, createdAt: now }]);
    const result = await reconcile(tx, deps);
    await recordAudit(tx, ctx, deps.clock, {
      action: decision === 'confirm' ? 'registry.review.confirm' : 'registry.review.reject', entityType: 'registry_review', entityId: id, regionPath: item.regionPath,
      summary: decision === 'confirm' ? '确认两条记录为同一主体并合并' : '确认两条记录为不同主体', diff: { score: item.score, evidence: item.evidence },
    });
    return { entityId: result.entityOfRow.get(item.rowA) ?? item.entityA, reviewQueue: result.review };
  });
}

/** Splits source rows off an entry: they are kept apart from its remaining rows from now on. */
export async function splitEntity(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, sourceRowIds: string[], version: number) {
  return deps.db.transaction(async (tx) => {
    const row = await repo.findEntity(tx, actor, id);
    if (!row) throw notFound();
    if (row.e.version !== version) throw new AppError('CONFLICT', [{ path: 'version', message: '该主体已被他人修改，请刷新后重试' }]);
    const rows = (await repo.rowsOfEntity(tx, id)).filter((r) => r.r.current).map((r) => r.r.id);
    const off = new Set(sourceRowIds);
    if (sourceRowIds.some((r) => !rows.includes(r)) || off.size >= rows.length) {
      throw new AppError('REGISTRY_SPLIT_INVALID', [{ path: 'sourceRowIds', message: '拆分的来源行必须属于该主体，且至少保留一行' }]);
    }
    const now = deps.clock.now();
    const stay = rows.filter((r) => !off.has(r));
    const decisions = [...off].flatMap((a) => stay.map((b) => ({ id: newId(), rowA: a, rowB: b, same: false, createdBy: actor.userId, createdAt: now })));
    // the split-off rows stay together with each other
    const offList = [...off];
    for (let i = 1; i < offList.length; i++) decisions.push({ id: newId(), rowA: offList[0]!, rowB: offList[i]!, same: true, createdBy: actor.userId, createdAt: now });
    await repo.insertDecisions(tx, decisions);
    const result = await reconcile(tx, deps);
    const newEntityId = result.entityOfRow.get(offList[0]!)!;
    await recordAudit(tx, ctx, deps.clock, { action: 'registry.entity.split', entityType: 'registry_entity', entityId: id, regionPath: row.e.regionPath, summary: `从“${row.e.name}”拆分出 ${off.size} 条来源记录`, diff: { sourceRowIds, newEntityId } });
    return { entityId: id, newEntityId };
  });
}
