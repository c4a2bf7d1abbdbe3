import { AppError, newId, type CatalogueItem, type CatalogueItemInput, type CatalogueItemPatch, type CatalogueQuery } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { foldForSearch } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { findRegions } from '../regions/index.js';
import { toItem, toPublicItem } from './catalogue-mapper.js';
import { nextItemStatus, type ItemAction } from './order-rules.js';
import * as repo from './catalogue.repository.js';

async function withNames(db: Executor, rows: repo.ItemWithNames[]): Promise<CatalogueItem[]> {
  const names = await repo.regionNames(db, [...new Set(rows.flatMap((r) => r.item.regionCodes))]);
  return rows.map((r) => toItem(r, names));
}

async function filterOf(deps: AppDeps, q: CatalogueQuery): Promise<repo.ItemFilter> {
  const f: repo.ItemFilter = { catalogueClass: q.catalogueClass, category: q.category };
  if (q.q?.trim()) f.textFolded = foldForSearch(q.q);
  if (q.regionCode) f.servesPath = (await findRegions(deps.db, [q.regionCode]))[0]?.path ?? '/no-such-region/';
  return f;
}

/** The public catalogue (no login): published items only, nothing personal. */
export async function publicCatalogue(deps: AppDeps, q: CatalogueQuery) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const { items, total } = await repo.listItems(deps.db, { ...(await filterOf(deps, q)), publishedOnly: true }, pageSize, (page - 1) * pageSize);
  return { items: (await withNames(deps.db, items)).map(toPublicItem), total, page, pageSize };
}

export async function publicItem(deps: AppDeps, id: string) {
  const row = await repo.findItem(deps.db, id, { publishedOnly: true });
  if (!row) throw new AppError('NOT_FOUND');
  return toPublicItem((await withNames(deps.db, [row]))[0]!);
}

/** An organisation's own items, published or withdrawn (admins see every organisation's). */
export async function myItems(deps: AppDeps, actor: Actor, q: CatalogueQuery) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const own = ownerFilter(actor);
  const { items, total } = await repo.listItems(deps.db, { ...(await filterOf(deps, q)), ...own }, pageSize, (page - 1) * pageSize);
  return { items: await withNames(deps.db, items), total, page, pageSize };
}

function ownerFilter(actor: Actor): repo.ItemFilter {
  if (actor.dataScope === 'all') return {};
  return { organisationId: actor.organisationId ?? '00000000-0000-0000-0000-000000000000' };
}

async function servedPaths(tx: Executor, codes: string[]): Promise<string[]> {
  const found = new Map((await findRegions(tx, codes)).map((r) => [r.code, r.path]));
  const missing = codes.findIndex((c) => !found.has(c));
  if (missing >= 0) throw new AppError('VALIDATION_FAILED', [{ path: `regionCodes[${missing}]`, message: `服务区域（regionCodes）${codes[missing]}不存在` }]);
  return codes.map((c) => found.get(c)!);
}

/** An organisation publishes an item on the menu. Only accounts of an organisation can (the item is theirs). */
export async function createItem(deps: AppDeps, ctx: RequestContext, actor: Actor, input: CatalogueItemInput): Promise<CatalogueItem> {
  if (!actor.organisationId) throw new AppError('FORBIDDEN', [{ path: 'organisationId', message: '只有社会组织账号可以发布服务项目' }]);
  const id = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row: repo.ItemInsert = {
      id: newId(now.getTime()), organisationId: actor.organisationId!, ...input, title: input.title.trim(), content: input.content.trim(),
      textSearch: foldForSearch(`${input.title} ${input.content}`), regionPaths: await servedPaths(tx, input.regionCodes),
      status: 'published', createdBy: actor.userId, createdAt: now, updatedAt: now,
    };
    await repo.insertItems(tx, [row]);
    await recordAudit(tx, ctx, deps.clock, { action: 'catalogue.item.create', entityType: 'catalogue_item', entityId: row.id, summary: `发布服务项目：${row.title}`, diff: { after: { ...input } } });
    return row.id;
  });
  return getItem(deps, actor, id);
}

export async function getItem(deps: AppDeps, actor: Actor, id: string): Promise<CatalogueItem> {
  const row = await repo.findItem(deps.db, id, ownerFilter(actor));
  if (!row) throw new AppError('NOT_FOUND');
  return (await withNames(deps.db, [row]))[0]!;
}

async function lockOwnItem(tx: Executor, actor: Actor, id: string) {
  const row = await repo.lockItem(tx, id);
  const own = ownerFilter(actor);
  if (!row || (own.organisationId && row.organisationId !== own.organisationId)) throw new AppError('NOT_FOUND');
  return row;
}

export async function updateItem(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, patch: CatalogueItemPatch): Promise<CatalogueItem> {
  await deps.db.transaction(async (tx) => {
    const row = await lockOwnItem(tx, actor, id);
    const { version, ...fields } = patch;
    const set: Partial<repo.ItemInsert> = { ...fields, updatedAt: deps.clock.now() };
    if (fields.title !== undefined || fields.content !== undefined) set.textSearch = foldForSearch(`${fields.title ?? row.title} ${fields.content ?? row.content}`);
    if (fields.regionCodes) set.regionPaths = await servedPaths(tx, fields.regionCodes);
    if (!(await repo.updateItem(tx, id, version, set))) throw new AppError('CONFLICT');
    await recordAudit(tx, ctx, deps.clock, { action: 'catalogue.item.update', entityType: 'catalogue_item', entityId: id, summary: `修改服务项目：${fields.title ?? row.title}`, diff: { after: fields } });
  });
  return getItem(deps, actor, id);
}

/** 下架 / 重新上架. */
export async function changeItemStatus(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, action: ItemAction, version: number): Promise<CatalogueItem> {
  await deps.db.transaction(async (tx) => {
    const row = await lockOwnItem(tx, actor, id);
    const to = nextItemStatus(row.status as 'published', action);
    if (!to) throw new AppError('CATALOGUE_ITEM_TRANSITION_INVALID', [{ path: 'status', message: action === 'withdraw' ? '该服务项目已下架' : '该服务项目已在架上' }]);
    if (!(await repo.updateItem(tx, id, version, { status: to, updatedAt: deps.clock.now() }))) throw new AppError('CONFLICT');
    await recordAudit(tx, ctx, deps.clock, { action: `catalogue.item.${action}`, entityType: 'catalogue_item', entityId: id, summary: `${action === 'withdraw' ? '下架' : '上架'}服务项目：${row.title}`, diff: { before: { status: row.status }, after: { status: to } } });
  });
  return getItem(deps, actor, id);
}

