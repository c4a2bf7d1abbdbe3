import { Type, type Static } from '@sinclair/typebox';
import { StringEnum, Uuid } from './common.js';

export const RANKING_TERM_KEYS = ['domain', 'distance', 'capacity', 'track', 'standing'] as const;
export type RankingTermKey = (typeof RANKING_TERM_KEYS)[number];

const Weight = Type.Number({ minimum: 0, maximum: 100 });
/** Per-city weights of the ranking terms (any non-negative numbers with a positive sum; shown as shares). */
export const RankingWeights = Type.Object({ domain: Weight, distance: Weight, capacity: Weight, track: Weight, standing: Weight }, { additionalProperties: false });
export type RankingWeights = Static<typeof RankingWeights>;

export const CandidateTerm = Type.Object({
  term: StringEnum(RANKING_TERM_KEYS), value: Type.Number(), contribution: Type.Number(), reason: Type.String(),
});
/** Kinds of candidate ranked today: organisations and their menu services (volunteer teams and experts have no register yet). */
export const CANDIDATE_KINDS = ['organisation', 'catalogue_item'] as const;
export const RankedCandidate = Type.Object({
  id: Uuid, kind: StringEnum(CANDIDATE_KINDS), name: Type.String(), regionName: Type.Union([Type.String(), Type.Null()]),
  /** For a menu service: the organisation offering it and its price in fen. */
  organisationId: Type.Optional(Uuid), organisationName: Type.Optional(Type.String()), priceFen: Type.Optional(Type.Integer()),
  score: Type.Number(), terms: Type.Array(CandidateTerm),
});
export const ExcludedCandidate = Type.Object({
  id: Uuid, kind: StringEnum(CANDIDATE_KINDS), name: Type.String(), reasons: Type.Array(Type.Object({ code: Type.String(), message: Type.String() })),
});
export const CandidateList = Type.Object({
  need: Type.Object({ id: Uuid, title: Type.String(), category: Type.String(), regionName: Type.Union([Type.String(), Type.Null()]) }),
  weights: RankingWeights,
  ranked: Type.Array(RankedCandidate),
  excluded: Type.Array(ExcludedCandidate),
});
export type CandidateList = Static<typeof CandidateList>;

const PairInput = Type.Object({ needId: Uuid, organisationId: Uuid }, { additionalProperties: false });

/** A matchmaking fair (供需对接会 / 牵手计划): needs, the organisations taking part, capacities and 资源限流. */
export const FairInput = Type.Object({
  needIds: Type.Array(Uuid, { minItems: 1, maxItems: 5000, uniqueItems: true }),
  organisationIds: Type.Array(Uuid, { minItems: 1, maxItems: 2000, uniqueItems: true }),
  capacityPerOrganisation: Type.Integer({ minimum: 1, maximum: 100, default: 3, description: '每家组织本次最多承接的需求数' }),
  capPerOrganisation: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: '资源限流：每家组织最多获得的需求数' })),
  minScore: Type.Number({ minimum: 0, maximum: 1, default: 0.3, description: '低于此匹配度的组合不参与分配' }),
  pinned: Type.Array(PairInput, { maxItems: 5000, default: [] }),
  forbidden: Type.Array(PairInput, { maxItems: 5000, default: [] }),
  /** 资源限流 in money: at most this many fen awarded to the organisation in this fair. */
  moneyCaps: Type.Array(Type.Object({ organisationId: Uuid, capFen: Type.Integer({ minimum: 0, maximum: 100_000_000_000 }) }, { additionalProperties: false }), { maxItems: 2000, default: [] }),
  /** The amount an official sets for a need in this fair; without one, the provider's menu price (or 0) counts. */
  amounts: Type.Array(Type.Object({ needId: Uuid, amountFen: Type.Integer({ minimum: 0, maximum: 10_000_000_000 }) }, { additionalProperties: false }), { maxItems: 5000, default: [] }),
}, { additionalProperties: false });
export type FairInput = Static<typeof FairInput>;

export const FairConfirmInput = Type.Composite([FairInput, Type.Object({ title: Type.String({ minLength: 2, maxLength: 100 }) })], { additionalProperties: false });
export type FairConfirmInput = Static<typeof FairConfirmInput>;

export const FairnessFigures = Type.Object({ awarded: Type.Integer(), gini: Type.Number(), top10Share: Type.Number(), objective: Type.Number(), amountFen: Type.Integer() });
export const UNMATCHED_REASONS = ['NO_EDGES', 'FORBIDDEN', 'NO_POSITIVE_SCORE', 'GROUP_CAP', 'MONEY_CAP', 'CAPACITY'] as const;
export const FairResult = Type.Object({
  objective: Type.Number(),
  /** 'flow' (exact min-cost flow) without money caps, 'milp' (HiGHS, exact) with them. */
  method: StringEnum(['flow', 'milp'] as const),
  assignments: Type.Array(Type.Object({
    needId: Uuid, needTitle: Type.String(), organisationId: Uuid, organisationName: Type.String(), score: Type.Number(),
    /** What counts against the organisation's money cap; the menu service the order would be for, if any. */
    amountFen: Type.Integer(), itemId: Type.Union([Uuid, Type.Null()]), itemTitle: Type.Union([Type.String(), Type.Null()]),
  })),
  unmatched: Type.Array(Type.Object({
    needId: Uuid, needTitle: Type.String(), reason: StringEnum(UNMATCHED_REASONS), reasonText: Type.String(),
    /** For MONEY_CAP: the organisations whose money cap stopped the need. */
    organisationNames: Type.Array(Type.String()),
  })),
  fairness: Type.Object({ withCap: FairnessFigures, withoutCap: FairnessFigures }),
});
export type FairResult = Static<typeof FairResult>;

export const FOLLOW_UP_KINDS = ['order', 'invitation'] as const;
/** What confirming created for one assignment: a menu-service order or a call invitation (对接邀请). */
export const FairFollowUp = Type.Object({
  needId: Uuid, needTitle: Type.String(), organisationId: Uuid, organisationName: Type.String(),
  kind: StringEnum(FOLLOW_UP_KINDS), refId: Uuid, number: Type.Union([Type.String(), Type.Null()]), status: Type.String(),
});
export type FairFollowUp = Static<typeof FairFollowUp>;
export const Fair = Type.Composite([FairResult, Type.Object({
  id: Uuid, title: Type.String(), createdAt: Type.String(), createdByName: Type.Union([Type.String(), Type.Null()]), followUps: Type.Array(FairFollowUp),
})]);
export type Fair = Static<typeof Fair>;
export const FairSummary = Type.Object({ id: Uuid, title: Type.String(), createdAt: Type.String(), needs: Type.Integer(), matched: Type.Integer(), organisations: Type.Integer() });

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
/** 对接邀请: a confirmed fair invites an organisation to take a need it offers no menu service for; it accepts or declines. */
export const Invitation = Type.Object({
  id: Uuid, fairId: Uuid, fairTitle: Type.String(), needId: Uuid, needTitle: Type.String(), regionName: Type.Union([Type.String(), Type.Null()]),
  organisationId: Uuid, organisationName: Type.String(), amountFen: Type.Integer(), score: Type.Number(),
  status: StringEnum(INVITATION_STATUSES), responseNote: Type.Union([Type.String(), Type.Null()]), respondedAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(), version: Type.Integer(),
});
export type Invitation = Static<typeof Invitation>;
export const InvitationResponse = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  note: Type.Optional(Type.String({ maxLength: 500, description: '答复说明；谢绝时必填' })),
}, { additionalProperties: false });
export type InvitationResponse = Static<typeof InvitationResponse>;
