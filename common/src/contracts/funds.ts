import { Type, type Static } from '@sinclair/typebox';
import { SERVICE_DOMAINS } from '../kernel/dictionaries.js';
import { IsoDate, StringEnum, Uuid } from './common.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
/** Integer fen, positive, below 10^13 (¥100 billion) so sums stay exact in JavaScript numbers. */
const Fen = Type.Integer({ minimum: 1, maximum: 10_000_000_000_000, description: '金额，单位：分' });
const DateTime = Type.String({ format: 'date-time' });

export const FUND_KIND_VALUES = ['parent', 'special', 'community', 'government'] as const;
export const DONATION_CHANNELS = ['wechat', 'alipay', 'unionpay', 'bank_transfer', 'cash'] as const;
export const DonationChannel = StringEnum(DONATION_CHANNELS);

/** Every money command carries an idempotency key (header `Idempotency-Key`). */
export const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.String({ minLength: 8, maxLength: 100, pattern: '^[A-Za-z0-9._:-]+$' }) });

export const FundBalances = Type.Object({
  balance: Type.Integer(), available: Type.Integer(), held: Type.Integer(), raised: Type.Integer(), disbursed: Type.Integer(),
});
export const CommitteeMember = Type.Object({ name: Type.String(), title: Type.String() });
export const Fund = Type.Object({
  id: Uuid, code: Type.String(), name: Type.String(), kind: StringEnum(FUND_KIND_VALUES), parentId: Nullable(Uuid),
  purpose: Type.String(), restriction: Type.String(), regionCode: Type.String(), regionName: Type.String(),
  committee: Type.Array(CommitteeMember), supervisor: Nullable(Type.String()), balances: FundBalances,
});
export type Fund = Static<typeof Fund>;

export const FundProjectInput = Type.Object({
  needId: Type.Optional(Nullable(Uuid)), projectId: Type.Optional(Nullable(Uuid)),
  title: Type.String({ minLength: 2, maxLength: 100 }), description: Type.String({ minLength: 2, maxLength: 2000 }),
  category: StringEnum(SERVICE_DOMAINS), beneficiaries: Type.Integer({ minimum: 0, maximum: 10_000_000 }), budgetFen: Fen,
}, { additionalProperties: false });
export type FundProjectInput = Static<typeof FundProjectInput>;

export const VoteInput = Type.Object({
  present: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 50 }),
  for: Type.Integer({ minimum: 0 }), against: Type.Integer({ minimum: 0 }), abstain: Type.Integer({ minimum: 0 }),
  decisionNo: Type.String({ minLength: 1, maxLength: 40, description: '管委会决议编号' }), decidedOn: IsoDate,
}, { additionalProperties: false });
export type VoteInput = Static<typeof VoteInput>;

export const Vote = Type.Object({
  present: Type.Array(Type.String()), for: Type.Integer(), against: Type.Integer(), abstain: Type.Integer(),
  quorum: Type.Integer(), passed: Type.Boolean(), decisionNo: Type.String(), decidedOn: Type.String(),
});
export const FundProject = Type.Object({
  id: Uuid, fundId: Uuid, needId: Nullable(Uuid), projectId: Nullable(Uuid), title: Type.String(), description: Type.String(),
  category: Type.String(), beneficiaries: Type.Integer(), budgetFen: Type.Integer(), status: Type.String(), vote: Nullable(Vote), version: Type.Integer(),
});
export type FundProject = Static<typeof FundProject>;

export const CampaignInput = Type.Object({ title: Type.String({ minLength: 2, maxLength: 100 }), targetFen: Fen, deadline: IsoDate }, { additionalProperties: false });
export type CampaignInput = Static<typeof CampaignInput>;
export const Campaign = Type.Object({
  id: Uuid, projectId: Uuid, fundId: Uuid, title: Type.String(), targetFen: Type.Integer(), deadline: Type.String(), status: Type.String(), raisedFen: Type.Integer(), donations: Type.Integer(),
});
export type Campaign = Static<typeof Campaign>;

/** Staff entry of a donation from bank records (the bank's serial number is the channel reference). */
export const DonationInput = Type.Object({
  fundId: Uuid, campaignId: Type.Optional(Nullable(Uuid)), amountFen: Fen, channel: DonationChannel,
  channelRef: Type.String({ minLength: 1, maxLength: 64, description: '银行流水号/渠道交易号' }),
  donorName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 60 }))), isAnonymous: Type.Boolean(),
  message: Type.Optional(Nullable(Type.String({ maxLength: 200 }))), receivedAt: DateTime,
}, { additionalProperties: false });
export type DonationInput = Static<typeof DonationInput>;

/** A payment channel's notification (signed with HMAC-SHA256 over the sorted key=value string; header X-Wushe-Signature). */
export const ChannelNotification = Type.Object({
  tradeNo: Type.String({ minLength: 1, maxLength: 64 }), fundId: Uuid, campaignId: Type.Optional(Uuid), amountFen: Fen,
  donorName: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })), isAnonymous: Type.Boolean(),
  message: Type.Optional(Type.String({ maxLength: 200 })), paidAt: DateTime,
}, { additionalProperties: false });
export type ChannelNotification = Static<typeof ChannelNotification>;

export const Donation = Type.Object({
  id: Uuid, fundId: Uuid, campaignId: Nullable(Uuid), amountFen: Type.Integer(), channel: Type.String(), channelRef: Type.String(),
  donorName: Nullable(Type.String()), isAnonymous: Type.Boolean(), message: Nullable(Type.String()), receiptNo: Type.String(),
  receivedAt: Type.String(), refunded: Type.Boolean(), txnId: Uuid,
});
export type Donation = Static<typeof Donation>;

export const DisbursementInput = Type.Object({
  fundId: Uuid, projectId: Type.Optional(Nullable(Uuid)), payeeName: Type.String({ minLength: 2, maxLength: 100 }),
  payeeOrganisationId: Type.Optional(Nullable(Uuid)), amountFen: Fen, purpose: Type.String({ minLength: 2, maxLength: 500 }),
}, { additionalProperties: false });
export type DisbursementInput = Static<typeof DisbursementInput>;
export const Disbursement = Type.Object({
  id: Uuid, fundId: Uuid, projectId: Nullable(Uuid), payeeName: Type.String(), amountFen: Type.Integer(), purpose: Type.String(),
  status: Type.String(), requestedBy: Uuid, approvedBy: Nullable(Uuid), paidBy: Nullable(Uuid), holdTxnId: Nullable(Uuid), settleTxnId: Nullable(Uuid),
  milestoneId: Nullable(Uuid), createdAt: Type.String(), updatedAt: Type.String(),
});
export type Disbursement = Static<typeof Disbursement>;

export const AllocationInput = Type.Object({ fromFundId: Uuid, toFundId: Uuid, amountFen: Fen, memo: Type.String({ minLength: 2, maxLength: 200 }) }, { additionalProperties: false });
export type AllocationInput = Static<typeof AllocationInput>;
export const AppropriationInput = Type.Object({ fundId: Uuid, amountFen: Fen, memo: Type.String({ minLength: 2, maxLength: 200 }) }, { additionalProperties: false });
export type AppropriationInput = Static<typeof AppropriationInput>;
export const ReversalInput = Type.Object({ reason: Type.String({ minLength: 2, maxLength: 200 }) }, { additionalProperties: false });
export type ReversalInput = Static<typeof ReversalInput>;

export const LedgerTxn = Type.Object({
  id: Uuid, seq: Type.Integer(), kind: Type.String(), fundId: Uuid, counterFundId: Nullable(Uuid), amountFen: Type.Integer(),
  memo: Type.String(), reversesId: Nullable(Uuid), occurredAt: Type.String(),
});
export type LedgerTxn = Static<typeof LedgerTxn>;

/** A fund's journal transaction on the staff ledger view: whether it may still be reversed, and by which voucher it was. */
export const StaffLedgerTxn = Type.Composite([LedgerTxn, Type.Object({ reversible: Type.Boolean(), reversedBySeq: Nullable(Type.Integer()) })]);
export type StaffLedgerTxn = Static<typeof StaffLedgerTxn>;
export const LedgerTxnQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })), pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
}, { additionalProperties: false });
export type LedgerTxnQuery = Static<typeof LedgerTxnQuery>;
export const LedgerTxnPage = Type.Object({ items: Type.Array(StaffLedgerTxn), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
export type LedgerTxnPage = Static<typeof LedgerTxnPage>;

export const MilestoneScheduleInput = Type.Object({
  contractRef: Uuid, fundId: Uuid, payeeName: Type.String({ minLength: 2, maxLength: 100 }), payeeOrganisationId: Type.Optional(Nullable(Uuid)),
  items: Type.Array(Type.Object({ milestone: Type.String({ minLength: 2, maxLength: 200 }), amountFen: Fen, dueOn: IsoDate }, { additionalProperties: false }), { minItems: 1, maxItems: 24 }),
}, { additionalProperties: false });
export type MilestoneScheduleInput = Static<typeof MilestoneScheduleInput>;
export const PaymentMilestone = Type.Object({
  id: Uuid, contractRef: Uuid, fundId: Uuid, seq: Type.Integer(), milestone: Type.String(), payeeName: Type.String(), amountFen: Type.Integer(),
  dueOn: Type.String(), status: Type.String(), disbursementId: Nullable(Uuid),
});
export type PaymentMilestone = Static<typeof PaymentMilestone>;

export const LedgerCheckResult = Type.Object({
  checks: Type.Integer(), transactions: Type.Integer(), entries: Type.Integer(), accounts: Type.Integer(),
  problems: Type.Array(Type.Object({ check: Type.String(), detail: Type.String() })),
});
export type LedgerCheckResult = Static<typeof LedgerCheckResult>;
