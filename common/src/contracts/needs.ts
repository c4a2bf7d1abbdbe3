import { Type, type Static } from '@sinclair/typebox';
import { NEED_DECISIONS, NEED_SOURCES, NEED_STATUSES, NEED_URGENCIES, SERVICE_DOMAINS } from '../kernel/dictionaries.js';
import { PageQuery, RegionCode, StringEnum, Uuid } from './common.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
export const NeedSourceSchema = StringEnum(NEED_SOURCES);
export const NeedUrgencySchema = StringEnum(NEED_URGENCIES);
export const NeedStatusSchema = StringEnum(NEED_STATUSES);

/** What a resident (点单), community worker or grid head writes when recording a need. */
export const NeedInput = Type.Object({
  title: Type.String({ minLength: 2, maxLength: 60 }),
  description: Type.String({ minLength: 5, maxLength: 2000 }),
  category: StringEnum(SERVICE_DOMAINS),
  regionCode: RegionCode,
  source: NeedSourceSchema,
  urgency: NeedUrgencySchema,
  peopleAffected: Type.Integer({ minimum: 1, maximum: 100000 }),
  contactName: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  contactPhone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
}, { additionalProperties: false });
export type NeedInput = Static<typeof NeedInput>;

export const NeedAttachment = Type.Object({ id: Type.String(), name: Type.String(), mime: Type.String(), size: Type.Integer() });

export const Need = Type.Object({
  id: Type.String(), number: Type.String(), title: Type.String(), description: Type.String(),
  category: Type.String(), regionCode: Type.String(), regionName: Type.String(),
  source: NeedSourceSchema, urgency: NeedUrgencySchema, peopleAffected: Type.Integer(), requestCount: Type.Integer(),
  status: NeedStatusSchema, priority: Nullable(Type.Integer()), decisionReason: Nullable(Type.String()), mergedIntoId: Nullable(Type.String()),
  contactName: Nullable(Type.String()), contactPhone: Nullable(Type.String({ description: 'masked' })),
  attachments: Type.Array(NeedAttachment), createdByName: Nullable(Type.String()),
  version: Type.Integer(), createdAt: Type.String(), updatedAt: Type.String(),
});
export type Need = Static<typeof Need>;

export const NeedListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 60 })),
  regionCode: Type.Optional(RegionCode),
  category: Type.Optional(StringEnum(SERVICE_DOMAINS)),
  status: Type.Optional(NeedStatusSchema),
  source: Type.Optional(NeedSourceSchema),
  /** Keyset cursor: the id of the last row of the previous page. */
  after: Type.Optional(Uuid),
  pageSize: PageQuery.pageSize,
}, { additionalProperties: false });
export type NeedListQuery = Static<typeof NeedListQuery>;

export const NeedPage = Type.Object({
  items: Type.Array(Need),
  total: Type.Integer(),
  /** True when `total` is a lower bound (free-text search counts at most 500). */
  totalIsLowerBound: Type.Boolean(),
  nextCursor: Nullable(Type.String()),
});
export type NeedPage = Static<typeof NeedPage>;

/** Per-status counts in the actor's scope, for the region itself and each child region. */
export const NeedStatusCounts = Type.Object({
  regionCode: Nullable(Type.String()),
  total: Type.Record(Type.String(), Type.Integer()),
  children: Type.Array(Type.Object({ regionCode: Type.String(), regionName: Type.String(), counts: Type.Record(Type.String(), Type.Integer()) })),
});
export type NeedStatusCounts = Static<typeof NeedStatusCounts>;

export const SimilarNeed = Type.Object({ id: Type.String(), number: Type.String(), title: Type.String(), status: NeedStatusSchema, requestCount: Type.Integer(), similarity: Type.Number() });
export type SimilarNeed = Static<typeof SimilarNeed>;
export const NeedCreated = Type.Object({ need: Need, similar: Type.Array(SimilarNeed) });

export const MergeInput = Type.Object({ intoId: Uuid, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const AssignInput = Type.Object({ assessorIds: Type.Array(Uuid, { minItems: 1, maxItems: 10, uniqueItems: true }), version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const Score = Type.Integer({ minimum: 1, maximum: 5 });
export const AssessmentInput = Type.Object({ importance: Score, urgency: Score, feasibility: Score, comment: Type.String({ minLength: 2, maxLength: 1000 }) }, { additionalProperties: false });
export type AssessmentInput = Static<typeof AssessmentInput>;
export const DecisionInput = Type.Object({
  decision: StringEnum(NEED_DECISIONS),
  priority: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
  reason: Type.Optional(Type.String({ maxLength: 1000 })),
  mergeIntoId: Type.Optional(Uuid),
  version: Type.Integer({ minimum: 1 }),
}, { additionalProperties: false });
export type DecisionInput = Static<typeof DecisionInput>;

export const Assessment = Type.Object({
  id: Type.String(), needId: Type.String(), needNumber: Type.String(), needTitle: Type.String(),
  assessorId: Type.String(), assessorName: Type.String(), status: StringEnum(['assigned', 'submitted'] as const),
  importance: Nullable(Type.Integer()), urgency: Nullable(Type.Integer()), feasibility: Nullable(Type.Integer()), comment: Nullable(Type.String()),
  assignedAt: Type.String(), submittedAt: Nullable(Type.String()),
});
export type Assessment = Static<typeof Assessment>;
export const Assessor = Type.Object({ id: Type.String(), displayName: Type.String(), role: Type.String() });

export const NeedTimelineEvent = Type.Object({
  at: Type.String(), action: Type.String(), actorName: Nullable(Type.String()), fromStatus: Nullable(Type.String()), toStatus: Nullable(Type.String()), note: Nullable(Type.String()),
});
export type NeedTimelineEvent = Static<typeof NeedTimelineEvent>;

export const NeedDetail = Type.Object({
  need: Need, assessments: Type.Array(Assessment), timeline: Type.Array(NeedTimelineEvent),
  /** Mean scores of the submitted assessments and the priority they suggest (1 highest … 4). */
  suggestion: Nullable(Type.Object({ importance: Type.Number(), urgency: Type.Number(), feasibility: Type.Number(), priority: Type.Integer(), count: Type.Integer() })),
});
export type NeedDetail = Static<typeof NeedDetail>;
