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
export const RankedCandidate = Type.Object({
  id: Uuid, kind: Type.String(), name: Type.String(), regionName: Type.Union([Type.String(), Type.Null()]),
  score: Type.Number(), terms: Type.Array(CandidateTerm),
});
export const ExcludedCandidate = Type.Object({
  id: Uuid, kind: Type.String(), name: Type.String(), reasons: Type.Array(Type.Object({ code: Type.String(), message: Type.String() })),
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
}, { additionalProperties: false });
export type FairInput = Static<typeof FairInput>;

export const FairConfirmInput = Type.Composite([FairInput, Type.Object({ title: Type.String({ minLength: 2, maxLength: 100 }) })], { additionalProperties: false });
export type FairConfirmInput = Static<typeof FairConfirmInput>;

export const FairnessFigures = Type.Object({ awarded: Type.Integer(), gini: Type.Number(), top10Share: Type.Number(), objective: Type.Number() });
export const FairResult = Type.Object({
  objective: Type.Number(),
  assignments: Type.Array(Type.Object({ needId: Uuid, needTitle: Type.String(), organisationId: Uuid, organisationName: Type.String(), score: Type.Number() })),
  unmatched: Type.Array(Type.Object({ needId: Uuid, needTitle: Type.String(), reason: Type.String(), reasonText: Type.String() })),
  fairness: Type.Object({ withCap: FairnessFigures, withoutCap: FairnessFigures }),
});
export type FairResult = Static<typeof FairResult>;

export const Fair = Type.Composite([FairResult, Type.Object({ id: Uuid, title: Type.String(), createdAt: Type.String(), createdByName: Type.Union([Type.String(), Type.Null()]) })]);
export type Fair = Static<typeof Fair>;
export const FairSummary = Type.Object({ id: Uuid, title: Type.String(), createdAt: Type.String(), needs: Type.Integer(), matched: Type.Integer(), organisations: Type.Integer() });
