import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, PageQuery, RegionCode, StringEnum, Uuid } from './common.js';
import { FUNDING_SOURCES } from './calls.js';

/** Projects (delivery) and 考榜 (evaluation): request/response shapes. Money is integer fen. */
export const PROJECT_STATUS_VALUES = ['contracted', 'in_delivery', 'delivered', 'evaluating', 'evaluated', 'closed', 'terminated'] as const;
export const PARTY_VALUES = ['party_org', 'residents', 'departments', 'experts'] as const;
export const GRADE_VALUES = ['excellent', 'good', 'pass', 'fail'] as const;

const Fen = Type.Integer({ minimum: 0, maximum: 100_000_000_000 });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const strict = { additionalProperties: false } as const;

export const MilestoneInput = Type.Object({ title: Text(100), dueOn: IsoDate, deliverables: Text(1000), paymentFen: Fen }, strict);
export const ProjectInput = Type.Object({
  title: Text(120), organisationId: Uuid, regionCode: RegionCode, budgetFen: Fen, fundingSource: StringEnum(FUNDING_SOURCES),
  needIds: Type.Array(Uuid, { maxItems: 50 }), milestones: Type.Array(MilestoneInput, { minItems: 1, maxItems: 24 }),
}, strict);
export type ProjectInput = Static<typeof ProjectInput>;

export const ProjectListQuery = Type.Object({
  status: Type.Optional(StringEnum(PROJECT_STATUS_VALUES)), q: Type.Optional(Type.String({ maxLength: 60 })), overdue: Type.Optional(Type.Boolean()), ...PageQuery,
}, strict);
export type ProjectListQuery = Static<typeof ProjectListQuery>;

export const ProjectSummary = Type.Object({
  id: Uuid, number: Type.String(), title: Type.String(), callId: Type.Union([Uuid, Type.Null()]), organisationId: Uuid, organisationName: Type.String(),
  regionCode: Type.String(), regionName: Type.String(), budgetFen: Type.Integer(), fundingSource: Type.String(), status: Type.String(),
  overdueCount: Type.Integer(), grade: Type.Union([Type.String(), Type.Null()]), total: Type.Union([Type.Number(), Type.Null()]), createdAt: Type.String(),
});
export type ProjectSummary = Static<typeof ProjectSummary>;

export const Milestone = Type.Object({
  id: Uuid, seq: Type.Integer(), title: Type.String(), dueOn: Type.String(), deliverables: Type.String(), paymentFen: Type.Integer(), status: Type.String(),
  evidence: Type.Union([Type.String(), Type.Null()]), photoIds: Type.Array(Uuid), reviewComment: Type.Union([Type.String(), Type.Null()]), overdue: Type.Boolean(),
});
export const Activity = Type.Object({
  id: Uuid, heldOn: Type.String(), place: Type.String(), content: Type.String(), participants: Type.Integer(), beneficiaries: Type.Integer(), photoIds: Type.Array(Uuid),
});
export const Spending = Type.Object({ id: Uuid, spentOn: Type.String(), item: Type.String(), amountFen: Type.Integer() });
export const Rectification = Type.Object({
  id: Uuid, requirement: Type.String(), deadline: Type.String(), status: Type.String(), answer: Type.Union([Type.String(), Type.Null()]),
  reviewComment: Type.Union([Type.String(), Type.Null()]), overdue: Type.Boolean(), createdAt: Type.String(),
});
export const Complaint = Type.Object({
  id: Uuid, projectId: Uuid, projectTitle: Type.String(), content: Type.String(), status: Type.String(), resolution: Type.Union([Type.String(), Type.Null()]), createdAt: Type.String(),
});
export type Complaint = Static<typeof Complaint>;
export const TimelineEvent = Type.Object({ action: Type.String(), summary: Type.String(), actorName: Type.Union([Type.String(), Type.Null()]), at: Type.String() });
export const Money = Type.Object({ budgetFen: Type.Integer(), paidFen: Type.Integer(), spentFen: Type.Integer() });

export const ProjectDetail = Type.Composite([ProjectSummary, Type.Object({
  needIds: Type.Array(Uuid), ratingToken: Type.Union([Type.String(), Type.Null()]), version: Type.Integer(), money: Money,
  milestones: Type.Array(Milestone), activities: Type.Array(Activity), spendings: Type.Array(Spending), rectifications: Type.Array(Rectification),
  timeline: Type.Array(TimelineEvent),
})]);
export type ProjectDetail = Static<typeof ProjectDetail>;

export const ProjectTransition = Type.Object({ action: StringEnum(['start', 'open_evaluation', 'finalise', 'close', 'terminate'] as const), reason: Type.Optional(Text(500)) }, strict);
export const MilestoneSubmit = Type.Object({ evidence: Text(2000), photoIds: Type.Array(Uuid, { maxItems: 9 }) }, strict);
export const MilestoneReview = Type.Object({ action: StringEnum(['approve', 'return'] as const), comment: Type.Optional(Text(500)) }, strict);
export const ActivityInput = Type.Object({
  heldOn: IsoDate, place: Text(200), content: Text(2000), participants: Type.Integer({ minimum: 0, maximum: 100000 }),
  beneficiaries: Type.Integer({ minimum: 0, maximum: 100000 }), photoIds: Type.Array(Uuid, { maxItems: 9 }),
}, strict);
export const SpendingInput = Type.Object({ spentOn: IsoDate, item: Text(200), amountFen: Type.Integer({ minimum: 1, maximum: 100_000_000_000 }) }, strict);
export const PhotoUpload = Type.Object({ mime: StringEnum(['image/jpeg', 'image/png'] as const), dataBase64: Type.String({ minLength: 4, maxLength: 2_800_000 }) }, strict);
export const RectificationInput = Type.Object({ requirement: Text(1000), deadline: IsoDate }, strict);
export const RectificationAnswer = Type.Object({ answer: Text(2000) }, strict);
export const RectificationReview = Type.Object({ action: StringEnum(['close', 'reopen'] as const), comment: Type.Optional(Text(500)) }, strict);
export const ComplaintInput = Type.Object({ content: Text(1000) }, strict);
export const ComplaintAct = Type.Object({ action: StringEnum(['handle', 'uphold', 'dismiss'] as const), resolution: Type.Optional(Text(1000)) }, strict);
export const ComplaintListQuery = Type.Object({ status: Type.Optional(StringEnum(['filed', 'handling', 'upheld', 'dismissed'] as const)), ...PageQuery }, strict);

export const ScoreInput = Type.Object({ score: Type.Integer({ minimum: 0, maximum: 100 }), comment: Type.Optional(Type.String({ maxLength: 500 })) }, strict);
export const PartyResult = Type.Object({ party: Type.String(), count: Type.Integer(), mean: Type.Union([Type.Number(), Type.Null()]), weight: Type.Integer() });
export const EvaluationView = Type.Object({
  status: Type.String(), parties: Type.Array(PartyResult), total: Type.Number(), grade: Type.String(), missing: Type.Array(Type.String()),
  finalised: Type.Boolean(), myParty: Type.Union([Type.String(), Type.Null()]), myScore: Type.Union([Type.Integer(), Type.Null()]),
  ratingUrl: Type.String(),
});
export const EvaluationSettingsBody = Type.Object({
  weights: Type.Object({ party_org: Type.Integer({ minimum: 0, maximum: 100 }), residents: Type.Integer({ minimum: 0, maximum: 100 }), departments: Type.Integer({ minimum: 0, maximum: 100 }), experts: Type.Integer({ minimum: 0, maximum: 100 }) }, strict),
  thresholds: Type.Object({ excellent: Type.Integer({ minimum: 1, maximum: 100 }), good: Type.Integer({ minimum: 1, maximum: 100 }), pass: Type.Integer({ minimum: 1, maximum: 100 }) }, strict),
}, strict);

/** 码上评: what the resident's phone page shows, and what it sends. */
export const RatingInfo = Type.Object({ title: Type.String(), organisationName: Type.String(), regionName: Type.String(), open: Type.Boolean() });
export const RatingCodeRequest = Type.Object({ phone: Type.String({ minLength: 11, maxLength: 20 }) }, strict);
export const RatingSubmit = Type.Object({
  phone: Type.Optional(Type.String({ minLength: 11, maxLength: 20 })), code: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
  score: Type.Integer({ minimum: 0, maximum: 100 }), comment: Type.Optional(Type.String({ maxLength: 300 })),
}, strict);

/** Public disclosure: results and red/black list, with no personal data. */
export const PublicEvaluation = Type.Object({
  projectNumber: Type.String(), title: Type.String(), organisationName: Type.String(), regionName: Type.String(), total: Type.Number(), grade: Type.String(),
  parties: Type.Array(PartyResult), evaluatedOn: Type.String(),
});
export const PublicStanding = Type.Object({
  organisationName: Type.String(), list: Type.String(), reasonKind: Type.String(), reason: Type.String(), listedOn: Type.String(), validUntil: Type.String(),
});
export const PublicListQuery = Type.Object({ list: Type.Optional(StringEnum(['red', 'black'] as const)), ...PageQuery }, strict);
