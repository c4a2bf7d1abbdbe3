import { maskPhone, newId, toRegionDate, type OrderStatus } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import { foldForSearch } from '../../platform/text.js';
import { nextOrderStatus, respondByOf, type OrderAction } from './order-rules.js';
import * as repo from './catalogue.repository.js';

export interface ItemTemplate { catalogueClass: string; category: string; title: string; content: string; priceFen: number; monthlyCapacity: number }

/**
 * The demo menu: `total` items made from the templates, each offered by a demo organisation working in its category
 * (rotating through them), serving that organisation's banner/district. `first` takes the first items.
 */
export async function seedCatalogue(tx: Executor, deps: AppDeps, templates: ItemTemplate[], total: number, first: string): Promise<{ id: string; organisationId: string; title: string }[]> {
  const orgs = await repo.organisationsForSeed(tx);
  const now = deps.clock.now();
  const used = new Map<string, number>();
  const rows: repo.ItemInsert[] = [];
  for (let i = 0; i < total; i++) {
    const t = templates[i % templates.length]!;
    const fit = orgs.filter((o) => o.serviceDomains.includes(t.category));
    const pool = fit.length ? fit : orgs;
    const turn = used.get(t.category) ?? 0;
    used.set(t.category, turn + 1);
    const org = i < 8 ? orgs.find((o) => o.id === first) ?? pool[0]! : pool[turn % pool.length]!;
    const banner = org.operatingRegionPath.split('/').filter(Boolean)[2] ?? org.operatingRegionCode;
    const bannerPath = `/${org.operatingRegionPath.split('/').filter(Boolean).slice(0, 3).join('/')}/`;
    const at = new Date(now.getTime() - (total - i) * 3_600_000);
    rows.push({
      id: newId(at.getTime()), organisationId: org.id, catalogueClass: t.catalogueClass, category: t.category, title: t.title, content: t.content,
      textSearch: foldForSearch(`${t.title} ${t.content}`), regionCodes: [banner], regionPaths: [bannerPath], priceFen: t.priceFen,
      monthlyCapacity: t.monthlyCapacity, status: 'published', createdAt: at, updatedAt: at,
    });
  }
  await repo.insertItems(tx, rows);
  return rows.map((r) => ({ id: r.id!, organisationId: r.organisationId, title: r.title }));
}

export interface OrderSeed {
  item: { id: string; organisationId: string }; orderedBy: { id: string; name: string }; handledBy: { id: string; name: string };
  regionCode: string; regionPath: string; note: string; contactName: string; contactPhone: string; priceFen: number; hoursAgo: number;
  steps: OrderAction[]; rating?: number; comment?: string; declineReason?: string;
}

/** Demo orders at every stage, moved through the same state machine as the app's. */
export async function seedOrders(tx: Executor, deps: AppDeps, seeds: OrderSeed[]): Promise<void> {
  const base = deps.clock.now().getTime();
  let serial = 0;
  for (const s of [...seeds].sort((a, b) => b.hoursAgo - a.hoursAgo)) {
    const at = new Date(base - s.hoursAgo * 3_600_000);
    serial++;
    const row: repo.OrderInsert = {
      id: newId(at.getTime()), number: `DD${toRegionDate(at).replaceAll('-', '')}-${String(serial).padStart(4, '0')}`, itemId: s.item.id, organisationId: s.item.organisationId,
      regionCode: s.regionCode, regionPath: s.regionPath, note: s.note, priceFen: s.priceFen, contactName: s.contactName,
      contactPhoneEnc: deps.cipher.encrypt(s.contactPhone), contactPhoneHash: deps.cipher.blindIndex(s.contactPhone), contactPhoneMasked: maskPhone(s.contactPhone),
      status: 'placed', respondBy: respondByOf(at), orderedBy: s.orderedBy.id, createdAt: at, updatedAt: at,
    };
    const events: repo.OrderEventInsert[] = [{ id: newId(at.getTime()), orderId: row.id, at, action: 'place', actorId: s.orderedBy.id, actorName: s.orderedBy.name, fromStatus: null, toStatus: 'placed', note: s.note }];
    let status: OrderStatus = 'placed';
    s.steps.forEach((action, k) => {
      const to = nextOrderStatus(status, action);
      if (!to) throw new Error(`demo order cannot ${action} from ${status}`);
      const when = new Date(at.getTime() + (k + 1) * 5 * 3_600_000);
      const by = action === 'rate' || action === 'cancel' ? s.orderedBy : s.handledBy;
      const note = action === 'rate' ? `${s.rating}星：${s.comment}` : action === 'decline' ? s.declineReason! : null;
      events.push({ id: newId(when.getTime()), orderId: row.id, at: when, action, actorId: by.id, actorName: by.name, fromStatus: status, toStatus: to, note });
      status = to;
      row.updatedAt = when;
    });
    Object.assign(row, { status, rating: s.rating ?? null, ratingComment: s.comment ?? null, declineReason: s.declineReason ?? null, deliveryNote: s.steps.includes('deliver') ? '已按约定完成服务。' : null });
    await repo.insertOrders(tx, [row]);
    await repo.insertOrderEvents(tx, events);
  }
}
