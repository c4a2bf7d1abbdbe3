import { Type, type Static } from '@sinclair/typebox';
import { ORG_GRADES, ORG_TYPES } from '../kernel/dictionaries.js';
import { PageQuery, RegionCode, StringEnum, Uuid } from './common.js';

/** 发榜—揭榜—承榜 (calls, bids, panel, award): the shapes that cross the wire. */
export const FUNDING_SOURCES = ['government_purchase', 'community_fund', 'venture_philanthropy', 'social_donation'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_SOURCE_ZH: Record<FundingSource, string> = {
  government_purchase: '政府购买服务', community_fund: '社区基金', venture_philanthropy: '公益创投', social_donation: '社会捐赠',
};
export const CALL_STATUSES = ['draft', 'published', 'closed', 'evaluating', 'awarded', 'finalised', 'cancelled'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export const BID_STATUSES = ['draft', 'submitted', 'ineligible', 'withdrawn', 'awarded', 'not_awarded', 'disqualified'] as const;
export type BidStatus = (typeof BID_STATUSES)[number];
export const AWARD_STATUSES = ['noticed', 'objected', 'cancelled', 'finalised'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];
export const CERTIFICATE_LEVELS = ['assistant', 'intermediate', 'senior', 'none'] as const;
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];
export const CERTIFICATE_LEVEL_ZH: Record<CertificateLevel, string> = {
  assistant: '助理社会工作师', intermediate: '社会工作师', senior: '高级社会工作师', none: '无证书',
};
export const PANEL_KINDS = ['street', 'community', 'department', 'expert'] as const;
export type PanelKind = (typeof PANEL_KINDS)[number];

const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
const DateTime = Type.String({ format: 'date-time' });

export const Criterion = Type.Object({
  key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$' }),
  name: Text(40),
  weight: Type.Integer({ minimum: 1, maximum: 100 }),
}, { additionalProperties: false });
export type Criterion = Static<typeof Criterion>;

export const EligibilityRules = Type.Object({
  /** Empty: every organisation type may bid. */
  orgTypes: Type.Array(StringEnum(ORG_TYPES), { uniqueItems: true, maxItems: 10 }),
  minGrade: Type.Union([StringEnum(ORG_GRADES), Type.Null()]),
  requireLocal: Type.Boolean({ description: '须在服务区域内登记或运营' }),
  excludeBlackListed: Type.Boolean({ description: '黑榜（严重违法失信）组织不得揭榜' }),
  excludeAbnormal: Type.Boolean({ description: '列入活动异常名录的组织不得揭榜' }),
}, { additionalProperties: false });
export type EligibilityRules = Static<typeof EligibilityRules>;

export const CallDocument = Type.Object({ name: Text(100), url: Text(500) }, { additionalProperties: false });

export const CallInput = Type.Object({
  title: Text(120, 2),
  serviceContent: Text(5000, 2),
  regionCode: RegionCode,
  budgetFen: Type.Integer({ minimum: 1, maximum: 100_000_000_000 }),
  fundingSource: StringEnum(FUNDING_SOURCES),
  deadline: DateTime,
  criteria: Type.Array(Criterion, { minItems: 1, maxItems: 10 }),
  eligibility: EligibilityRules,
  maxConcurrentAwards: Type.Integer({ minimum: 1, maximum: 20 }),
  noticeDays: Type.Integer({ minimum: 1, maximum: 30 }),
  documents: Type.Array(CallDocument, { maxItems: 20 }),
  needIds: Type.Array(Uuid, { minItems: 1, maxItems: 50, uniqueItems: true }),
}, { additionalProperties: false });
export type CallInput = Static<typeof CallInput>;

export const CallListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(StringEnum(CALL_STATUSES)),
}, { additionalProperties: false });
export type CallListQuery = Static<typeof CallListQuery>;

export const CallEvent = Type.Object({ at: Type.String(), kind: Type.String(), summary: Type.String() });

export const Call = Type.Object({
  id: Type.String(), number: Type.String(), title: Type.String(), serviceContent: Type.String(),
  regionCode: Type.String(), regionName: Type.Union([Type.String(), Type.Null()]),
  budgetFen: Type.Integer(), fundingSource: StringEnum(FUNDING_SOURCES), deadline: Type.String(),
  criteria: Type.Array(Criterion), eligibility: EligibilityRules, maxConcurrentAwards: Type.Integer(), noticeDays: Type.Integer(),
  documents: Type.Array(CallDocument), needIds: Type.Array(Type.String()), status: StringEnum(CALL_STATUSES),
  publishedAt: Type.Union([Type.String(), Type.Null()]),
  roadshow: Type.Union([Type.Object({ heldAt: Type.String(), place: Type.String(), notes: Type.String() }), Type.Null()]),
  version: Type.Integer(),
});
export type Call = Static<typeof Call>;

export const PanelMember = Type.Object({ userId: Type.String(), displayName: Type.String(), kind: StringEnum(PANEL_KINDS) });
export const Award = Type.Object({
  id: Type.String(), bidId: Type.String(), organisationId: Type.String(), organisationName: Type.String(), status: StringEnum(AWARD_STATUSES),
  amountFen: Type.Integer(), awardedAt: Type.String(), noticeEndsAt: Type.String(), finalisedAt: Type.Union([Type.String(), Type.Null()]),
});
export type Award = Static<typeof Award>;
export const Objection = Type.Object({
  id: Type.String(), awardId: Type.String(), text: Type.String(), status: StringEnum(['open', 'upheld', 'dismissed'] as const),
  answer: Type.Union([Type.String(), Type.Null()]), filedAt: Type.String(), answeredAt: Type.Union([Type.String(), Type.Null()]),
});
export const CallDetail = Type.Composite([Call, Type.Object({
  events: Type.Array(CallEvent), panel: Type.Array(PanelMember), awards: Type.Array(Award), objections: Type.Array(Objection),
  canEdit: Type.Boolean(), isPanellist: Type.Boolean(),
})]);
export type CallDetail = Static<typeof CallDetail>;

export const BudgetLine = Type.Object({ item: Text(100), amountFen: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });
export type BudgetLine = Static<typeof BudgetLine>;
export const TeamMember = Type.Object({ name: Text(40), role: Text(40), certificate: StringEnum(CERTIFICATE_LEVELS) }, { additionalProperties: false });
/** One step of a bid's timeline: what happens in which month of the service. */
export const TimelineStep = Type.Object({ month: Type.Integer({ minimum: 1, maximum: 60 }), task: Text(200) }, { additionalProperties: false });

export const BidInput = Type.Object({
  memberOrganisationIds: Type.Array(Uuid, { maxItems: 5, uniqueItems: true, description: '联合体成员（不含牵头方）' }),
  intentLetter: Text(5000, 2),
  servicePlan: Text(20000, 2),
  totalFen: Type.Integer({ minimum: 1 }),
  budgetLines: Type.Array(BudgetLine, { minItems: 1, maxItems: 50 }),
  team: Type.Array(TeamMember, { minItems: 1, maxItems: 50 }),
  timeline: Type.Array(TimelineStep, { minItems: 1, maxItems: 60 }),
}, { additionalProperties: false });
export type BidInput = Static<typeof BidInput>;

export const EligibilityFailure = Type.Object({ organisationId: Type.String(), organisationName: Type.String(), rule: Type.String(), message: Type.String() });
export type EligibilityFailure = Static<typeof EligibilityFailure>;
export const BidMember = Type.Object({ organisationId: Type.String(), organisationName: Type.String(), role: StringEnum(['lead', 'member'] as const), confirmedAt: Type.Union([Type.String(), Type.Null()]) });

export const Bid = Type.Object({
  id: Type.String(), callId: Type.String(), status: StringEnum(BID_STATUSES), leadOrganisationId: Type.String(), leadOrganisationName: Type.String(),
  members: Type.Array(BidMember), intentLetter: Type.String(), servicePlan: Type.String(), totalFen: Type.Integer(),
  budgetLines: Type.Array(BudgetLine), team: Type.Array(TeamMember), timeline: Type.Array(TimelineStep),
  eligibilityFailures: Type.Array(EligibilityFailure), submittedAt: Type.Union([Type.String(), Type.Null()]), version: Type.Integer(),
});
export type Bid = Static<typeof Bid>;

export const PanelInput = Type.Object({
  members: Type.Array(Type.Object({ username: Text(64), kind: StringEnum(PANEL_KINDS) }, { additionalProperties: false }), { minItems: 1, maxItems: 15 }),
}, { additionalProperties: false });
export const ReviewInput = Type.Object({
  conflict: Type.Boolean(),
  conflictReason: Type.Optional(Text(500)),
  scores: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$' }), Type.Number({ minimum: 0, maximum: 100 }))),
  comment: Type.Optional(Text(2000, 0)),
}, { additionalProperties: false });
export type ReviewInput = Static<typeof ReviewInput>;
export const RoadshowInput = Type.Object({ heldAt: DateTime, place: Text(200), notes: Text(5000) }, { additionalProperties: false });
export const AwardInput = Type.Object({ bidId: Uuid, reason: Text(1000) }, { additionalProperties: false });
export const ReasonInput = Type.Object({ reason: Text(1000) }, { additionalProperties: false });
export const ObjectionInput = Type.Object({ awardId: Uuid, text: Text(2000, 5), contact: Type.Optional(Text(100)) }, { additionalProperties: false });
export const ObjectionAnswer = Type.Object({ upheld: Type.Boolean(), answer: Text(2000) }, { additionalProperties: false });

export const BidScore = Type.Object({
  bidId: Type.String(), organisationName: Type.String(), status: StringEnum(BID_STATUSES), panellists: Type.Integer(), conflicts: Type.Integer(),
  weightedMean: Type.Union([Type.Number(), Type.Null()]), zMean: Type.Union([Type.Number(), Type.Null()]),
  rankWeighted: Type.Union([Type.Integer(), Type.Null()]), rankZ: Type.Union([Type.Integer(), Type.Null()]),
});
export const ScoreBoard = Type.Object({ criteria: Type.Array(Criterion), bids: Type.Array(BidScore), reviewsMissing: Type.Integer() });

export const NeedCandidate = Type.Object({ id: Type.String(), number: Type.String(), title: Type.String(), category: Type.String(), regionCode: Type.String(), requestCount: Type.Integer() });
export const PanelCandidate = Type.Object({ username: Type.String(), displayName: Type.String(), role: Type.String() });

/** What the public may see: no personal data, no bid before the deadline, nothing of drafts. */
export const PublicCall = Type.Object({
  id: Type.String(), number: Type.String(), title: Type.String(), serviceContent: Type.String(), regionName: Type.Union([Type.String(), Type.Null()]),
  budgetFen: Type.Integer(), fundingSource: StringEnum(FUNDING_SOURCES), deadline: Type.String(), status: StringEnum(CALL_STATUSES),
  publishedAt: Type.Union([Type.String(), Type.Null()]), criteria: Type.Array(Criterion), eligibility: EligibilityRules,
  maxConcurrentAwards: Type.Integer(), noticeDays: Type.Integer(), documents: Type.Array(CallDocument),
});
export const PublicCallDetail = Type.Composite([PublicCall, Type.Object({
  events: Type.Array(CallEvent),
  awards: Type.Array(Type.Object({ id: Type.String(), organisationName: Type.String(), status: StringEnum(AWARD_STATUSES), amountFen: Type.Integer(), noticeEndsAt: Type.String(), objectionsOpen: Type.Boolean() })),
  scores: Type.Array(Type.Object({ organisationName: Type.String(), weightedMean: Type.Union([Type.Number(), Type.Null()]), zMean: Type.Union([Type.Number(), Type.Null()]) })),
  objections: Type.Array(Type.Object({ filedAt: Type.String(), text: Type.String(), status: Type.String(), answer: Type.Union([Type.String(), Type.Null()]) })),
})]);
