import { AppError, isValidPhone, maskPhone, newId, normalisePhone, ORDER_STATUS_ZH, toRegionDate, type Order, type OrderDetail, type OrderInput, type OrderQuery, type OrderStatus } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { canUseRegionPath, type Actor, type RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { findRegion } from '../regions/index.js';
import { toOrder } from './catalogue-mapper.js';
import { hasCapacity, monthStartShanghai, nextOrderStatus, respondByOf, type OrderAction } from './order-rules.js';
import * as repo from './catalogue.repository.js';

const ACTION_ZH: Record<OrderAction, string> = { accept: '接单', decline: '拒单', cancel: '取消', deliver: '完成服务', rate: '评价' };

/** 社区点单 / 居民点单: a community worker or resident orders a published item that serves their community. */
export async function placeOrder(deps: AppDeps, ctx: RequestContext, actor: Actor, input: OrderInput): Promise<Order> {
  const phone = normalisePhone(input.contactPhone);
  if (!isValidPhone(phone)) throw new AppError('VALIDATION_FAILED', [{ path: 'contactPhone', message: '联系电话（contactPhone）格式不正确' }]);
  const id = await deps.db.transaction(async (tx) => {
    const region = await findRegion(tx, input.regionCode);
    const ownCommunity = actor.dataScope === 'self' && !!actor.regionPath && !!region && region.path.startsWith(actor.regionPath);
    if (!region || !(canUseRegionPath(actor, region.path) || ownCommunity)) throw new AppError('REGION_OUT_OF_SCOPE', [{ path: 'regionCode', message: '服务地点（regionCode）不在您所在的社区' }]);
    const item = await repo.lockItem(tx, input.itemId);
    if (!item) throw new AppError('NOT_FOUND');
    if (item.status !== 'published' || !item.regionPaths.some((p) => region.path.startsWith(p))) {
      throw new AppError('CATALOGUE_ITEM_UNAVAILABLE', [{ path: 'itemId', message: `「${item.title}」已下架或不服务${region.name}` }]);
    }
    const now = deps.clock.now();
    // The item row is locked, so two orders cannot both take the last place of the month.
    if (!hasCapacity(item.monthlyCapacity, await repo.countTaken(tx, item.id, monthStartShanghai(now)))) {
      throw new AppError('CATALOGUE_CAPACITY_FULL', [{ path: 'itemId', message: `「${item.title}」本月${item.monthlyCapacity}个名额已满，请下月再约` }]);
    }
    const prefix = `DD${toRegionDate(now).replaceAll('-', '')}-`;
    const last = await repo.lastOrderNumber(tx, prefix);
    const row: repo.OrderInsert = {
      id: newId(now.getTime()), number: `${prefix}${String(last ? Number(last.slice(prefix.length)) + 1 : 1).padStart(4, '0')}`,
      itemId: item.id, organisationId: item.organisationId, regionCode: region.code, regionPath: region.path, note: input.note.trim(), priceFen: item.priceFen,
      contactName: input.contactName.trim(), contactPhoneEnc: deps.cipher.encrypt(phone), contactPhoneHash: deps.cipher.blindIndex(phone), contactPhoneMasked: maskPhone(phone),
      status: 'placed', respondBy: respondByOf(now), orderedBy: actor.userId, createdAt: now, updatedAt: now,
    };
    await repo.insertOrders(tx, [row]);
    await repo.insertOrderEvents(tx, [{ id: newId(now.getTime()), orderId: row.id, at: now, action: 'place', actorId: actor.userId, actorName: actor.displayName, fromStatus: null, toStatus: 'placed', note: row.note }]);
    await recordAudit(tx, ctx, deps.clock, { action: 'catalogue.order.place', entityType: 'catalogue_order', entityId: row.id, regionPath: region.path, summary: `点单：${row.number} ${item.title}` });
    return row.id;
  });
  return (await getOrder(deps, actor, id)).order;
}

export async function listOrders(deps: AppDeps, actor: Actor, q: OrderQuery) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const now = deps.clock.now();
  const { items, total } = await repo.listOrders(deps.db, actor, { status: q.status, overdueAt: q.overdue ? now : undefined }, pageSize, (page - 1) * pageSize);
  return { items: items.map((r) => toOrder(r, now, actor.userId)), total, page, pageSize };
}

export async function getOrder(deps: AppDeps, actor: Actor, id: string): Promise<OrderDetail> {
  const row = await repo.findOrder(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const timeline = (await repo.listOrderEvents(deps.db, id)).map((e) => ({ at: e.at.toISOString(), action: e.action, actorName: e.actorName, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note }));
  return { order: toOrder(row, deps.clock.now(), actor.userId), timeline };
}

/**
 * One transition of an order. The organisation accepts, declines and delivers; the orderer cancels and rates
 * (both checked here, beyond the permission: a community worker who did not place the order cannot rate it).
 */
export async function actOnOrder(
  deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, action: OrderAction,
  input: { version: number; note?: string; rating?: number; comment?: string },
): Promise<OrderDetail> {
  await deps.db.transaction(async (tx) => {
    const row = await repo.lockOrder(tx, actor, id);
    if (!row) throw new AppError('NOT_FOUND');
    const byOrganisation = action === 'accept' || action === 'decline' || action === 'deliver';
    if (byOrganisation ? actor.organisationId !== row.organisationId && actor.dataScope !== 'all' : row.orderedBy !== actor.userId) {
      throw new AppError('FORBIDDEN', [{ path: 'id', message: byOrganisation ? '只有承接该服务的社会组织可以操作' : '只有下单人可以取消或评价' }]);
    }
    const from = row.status as OrderStatus;
    const to = nextOrderStatus(from, action);
    if (!to) throw new AppError('ORDER_TRANSITION_INVALID', [{ path: 'status', message: `订单当前为「${ORDER_STATUS_ZH[from]}」，不能${ACTION_ZH[action]}` }]);
    const note = input.note?.trim() || null;
    if (action === 'decline' && !note) throw new AppError('VALIDATION_FAILED', [{ path: 'note', message: '拒单须说明原因（note），将告知下单人' }]);
    const now = deps.clock.now();
    const patch: Partial<repo.OrderInsert> = { status: to, updatedAt: now };
    if (action === 'decline') patch.declineReason = note;
    if (action === 'deliver') patch.deliveryNote = note;
    if (action === 'rate') Object.assign(patch, { rating: input.rating, ratingComment: input.comment?.trim() || null });
    if (!(await repo.updateOrder(tx, id, input.version, patch))) throw new AppError('CONFLICT');
    const eventNote = action === 'rate' ? `${input.rating}星${input.comment?.trim() ? `：${input.comment.trim()}` : ''}` : note;
    await repo.insertOrderEvents(tx, [{ id: newId(now.getTime()), orderId: id, at: now, action, actorId: actor.userId, actorName: actor.displayName, fromStatus: from, toStatus: to, note: eventNote }]);
    await recordAudit(tx, ctx, deps.clock, { action: `catalogue.order.${action}`, entityType: 'catalogue_order', entityId: id, regionPath: row.regionPath, summary: `${ACTION_ZH[action]}：${row.number}`, diff: { before: { status: from }, after: { status: to } } });
  });
  return getOrder(deps, actor, id);
}
