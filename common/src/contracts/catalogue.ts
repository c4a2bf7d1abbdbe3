import { Type, type Static } from '@sinclair/typebox';
import { CATALOGUE_CLASSES, CATALOGUE_ITEM_STATUSES, ORDER_STATUSES, SERVICE_DOMAINS } from '../kernel/dictionaries.js';
import { PageQuery, RegionCode, StringEnum, Uuid } from './common.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** A service an organisation offers on the menu (菜单式服务). Price in fen; 0 = free. */
export const CatalogueItemInput = Type.Object({
  catalogueClass: StringEnum(CATALOGUE_CLASSES),
  category: StringEnum(SERVICE_DOMAINS),
  title: Type.String({ minLength: 2, maxLength: 60 }),
  content: Type.String({ minLength: 5, maxLength: 2000 }),
  regionCodes: Type.Array(RegionCode, { minItems: 1, maxItems: 50, uniqueItems: true }),
  priceFen: Type.Integer({ minimum: 0, maximum: 100_000_000 }),
  monthlyCapacity: Type.Integer({ minimum: 1, maximum: 100_000 }),
}, { additionalProperties: false });
export type CatalogueItemInput = Static<typeof CatalogueItemInput>;

export const CatalogueItem = Type.Object({
  id: Type.String(), organisationId: Type.String(), organisationName: Type.String(),
  catalogueClass: StringEnum(CATALOGUE_CLASSES), category: Type.String(), title: Type.String(), content: Type.String(),
  regionCodes: Type.Array(Type.String()), regionNames: Type.Array(Type.String()),
  priceFen: Type.Integer(), monthlyCapacity: Type.Integer(), status: StringEnum(CATALOGUE_ITEM_STATUSES), version: Type.Integer(),
  ratingAverage: Nullable(Type.Number()), ratingCount: Type.Integer(),
});
export type CatalogueItem = Static<typeof CatalogueItem>;

export const CatalogueQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 60 })),
  catalogueClass: Type.Optional(StringEnum(CATALOGUE_CLASSES)),
  category: Type.Optional(StringEnum(SERVICE_DOMAINS)),
  regionCode: Type.Optional(RegionCode),
  ...PageQuery,
}, { additionalProperties: false });
export type CatalogueQuery = Static<typeof CatalogueQuery>;

export const OrderInput = Type.Object({
  itemId: Uuid,
  regionCode: RegionCode,
  note: Type.String({ minLength: 2, maxLength: 500 }),
  contactName: Type.String({ minLength: 1, maxLength: 40 }),
  contactPhone: Type.String({ maxLength: 30 }),
}, { additionalProperties: false });
export type OrderInput = Static<typeof OrderInput>;

export const Order = Type.Object({
  id: Type.String(), number: Type.String(), itemId: Type.String(), itemTitle: Type.String(), organisationId: Type.String(), organisationName: Type.String(),
  regionCode: Type.String(), regionName: Type.String(), note: Type.String(), priceFen: Type.Integer(),
  contactName: Type.String(), contactPhone: Type.String({ description: 'masked' }),
  status: StringEnum(ORDER_STATUSES), respondBy: Type.String(), overdue: Type.Boolean(),
  declineReason: Nullable(Type.String()), deliveryNote: Nullable(Type.String()), rating: Nullable(Type.Integer()), ratingComment: Nullable(Type.String()),
  orderedByName: Nullable(Type.String()),
  /** True when the viewer placed the order (only they may cancel or rate it). */
  mine: Type.Boolean(),
  version: Type.Integer(), createdAt: Type.String(), updatedAt: Type.String(),
});
export type Order = Static<typeof Order>;

export const OrderQuery = Type.Object({ status: Type.Optional(StringEnum(ORDER_STATUSES)), overdue: Type.Optional(Type.Boolean()), ...PageQuery }, { additionalProperties: false });
export type OrderQuery = Static<typeof OrderQuery>;
export const OrderAction = Type.Object({ version: Type.Integer({ minimum: 1 }), note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });
export const RatingInput = Type.Object({ version: Type.Integer({ minimum: 1 }), rating: Type.Integer({ minimum: 1, maximum: 5 }), comment: Type.String({ maxLength: 500 }) }, { additionalProperties: false });
export const VersionInput = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

/** The public catalogue: only what may be public (no contacts, no orders). */
export const PublicCatalogueItem = Type.Object({
  id: Type.String(), organisationName: Type.String(), catalogueClass: Type.String(), category: Type.String(), title: Type.String(), content: Type.String(),
  regionNames: Type.Array(Type.String()), priceFen: Type.Integer(), monthlyCapacity: Type.Integer(), ratingAverage: Nullable(Type.Number()), ratingCount: Type.Integer(),
});

export const OrderDetail = Type.Object({
  order: Order,
  timeline: Type.Array(Type.Object({ at: Type.String(), action: Type.String(), actorName: Nullable(Type.String()), fromStatus: Nullable(Type.String()), toStatus: Nullable(Type.String()), note: Nullable(Type.String()) })),
});
export type OrderDetail = Static<typeof OrderDetail>;
export const CatalogueItemPatch = Type.Composite([Type.Partial(CatalogueItemInput), Type.Object({ version: Type.Integer({ minimum: 1 }) })], { additionalProperties: false });
export type CatalogueItemPatch = Static<typeof CatalogueItemPatch>;
