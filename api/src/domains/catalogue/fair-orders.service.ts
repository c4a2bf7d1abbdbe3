import { newId, toRegionDate } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import type { Executor } from '../../platform/db/client.js';
import { recordAudit } from '../audit/index.js';
import { hasCapacity, monthStartShanghai, respondByOf } from './order-rules.js';
import * as repo from './catalogue.repository.js';

/** A menu-service order a confirmed matchmaking fair places on the need's behalf (contact details already encrypted). */
export interface FairOrderRequest {
  itemId: string;
  regionCode: string;
  regionPath: string;
  note: string;
  contactName: string;
  contactPhoneEnc: string;
  contactPhoneHash: string;
  contactPhoneMasked: string;
}

export type FairOrderOutcome = { placed: true; id: string; number: string } | { placed: false; reason: string };

/**
 * Places the order inside the caller's transaction (the fair's confirmation), with the same checks as 社区点单:
 * the item is published, serves the need's region and has a place left this month (its row is locked). When it
 * cannot take the order the caller is told why, so it can invite the organisation instead.
 */
export async function placeFairOrder(tx: Executor, deps: AppDeps, ctx: RequestContext, actor: Actor, req: FairOrderRequest): Promise<FairOrderOutcome> {
  const item = await repo.lockItem(tx, req.itemId);
  if (!item || item.status !== 'published' || !item.regionPaths.some((p) => req.regionPath.startsWith(p))) return { placed: false, reason: '服务项目已下架或不服务该社区' };
  const now = deps.clock.now();
  if (!hasCapacity(item.monthlyCapacity, await repo.countTaken(tx, item.id, monthStartShanghai(now)))) return { placed: false, reason: `「${item.title}」本月名额已满` };
  const prefix = `DD${toRegionDate(now).replaceAll('-', '')}-`;
  const last = await repo.lastOrderNumber(tx, prefix);
  const row: repo.OrderInsert = {
    id: newId(now.getTime()), number: `${prefix}${String(last ? Number(last.slice(prefix.length)) + 1 : 1).padStart(4, '0')}`,
    itemId: item.id, organisationId: item.organisationId, regionCode: req.regionCode, regionPath: req.regionPath, note: req.note, priceFen: item.priceFen,
    contactName: req.contactName, contactPhoneEnc: req.contactPhoneEnc, contactPhoneHash: req.contactPhoneHash, contactPhoneMasked: req.contactPhoneMasked,
    status: 'placed', respondBy: respondByOf(now), orderedBy: actor.userId, createdAt: now, updatedAt: now,
  };
  await repo.insertOrders(tx, [row]);
  await repo.insertOrderEvents(tx, [{ id: newId(now.getTime()), orderId: row.id, at: now, action: 'place', actorId: actor.userId, actorName: actor.displayName, fromStatus: null, toStatus: 'placed', note: row.note }]);
  await recordAudit(tx, ctx, deps.clock, { action: 'catalogue.order.place', entityType: 'catalogue_order', entityId: row.id, regionPath: req.regionPath, summary: `对接会点单：${row.number} ${item.title}` });
  return { placed: true, id: row.id, number: row.number };
}
