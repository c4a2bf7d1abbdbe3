import type { CatalogueClass, CatalogueItem, CatalogueItemStatus, Order, OrderStatus } from '@wushe/common';
import type { ItemWithNames, OrderWithNames } from './catalogue.repository.js';
import { isOverdue } from './order-rules.js';

export function toItem(r: ItemWithNames, names: Map<string, string>): CatalogueItem {
  const i = r.item;
  return {
    id: i.id, organisationId: i.organisationId, organisationName: r.organisationName ?? '', catalogueClass: i.catalogueClass as CatalogueClass,
    category: i.category, title: i.title, content: i.content, regionCodes: i.regionCodes, regionNames: i.regionCodes.map((c) => names.get(c) ?? c),
    priceFen: i.priceFen, monthlyCapacity: i.monthlyCapacity, status: i.status as CatalogueItemStatus, version: i.version,
    ratingAverage: r.ratingAverage === null ? null : Number(r.ratingAverage), ratingCount: Number(r.ratingCount),
  };
}

/** The public face of an item: no ids of people, no version, no status (only published items are public). */
export function toPublicItem(i: CatalogueItem) {
  const { id, organisationName, catalogueClass, category, title, content, regionNames, priceFen, monthlyCapacity, ratingAverage, ratingCount } = i;
  return { id, organisationName, catalogueClass, category, title, content, regionNames, priceFen, monthlyCapacity, ratingAverage, ratingCount };
}

export function toOrder(r: OrderWithNames, now: Date, viewerId: string): Order {
  const o = r.order;
  return {
    id: o.id, number: o.number, itemId: o.itemId, itemTitle: r.itemTitle, organisationId: o.organisationId, organisationName: r.organisationName ?? '',
    regionCode: o.regionCode, regionName: r.regionName ?? o.regionCode, note: o.note, priceFen: o.priceFen,
    contactName: o.contactName, contactPhone: o.contactPhoneMasked, status: o.status as OrderStatus, respondBy: o.respondBy.toISOString(),
    overdue: isOverdue(o.status as OrderStatus, o.respondBy, now), declineReason: o.declineReason, deliveryNote: o.deliveryNote,
    rating: o.rating, ratingComment: o.ratingComment, orderedByName: r.orderedByName, mine: o.orderedBy === viewerId, version: o.version,
    createdAt: o.createdAt.toISOString(), updatedAt: o.updatedAt.toISOString(),
  };
}
