/** Lifecycles and decisions of the fund network, pure: project, campaign, disbursement, milestone, committee vote. */

export const FUND_KINDS = ['parent', 'special', 'community', 'government'] as const;
export type FundKind = (typeof FUND_KINDS)[number];

export const PROJECT_STATUSES = ['proposed', 'approved', 'rejected', 'fundraising', 'in_progress', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const CAMPAIGN_STATUSES = ['open', 'closed', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const DISBURSEMENT_STATUSES = ['requested', 'approved', 'paid', 'rejected', 'cancelled'] as const;
export type DisbursementStatus = (typeof DISBURSEMENT_STATUSES)[number];
export const MILESTONE_STATUSES = ['scheduled', 'requested', 'paid'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

const PROJECT: Record<ProjectStatus, readonly ProjectStatus[]> = {
  proposed: ['approved', 'rejected', 'cancelled'],
  approved: ['fundraising', 'in_progress', 'cancelled'],
  fundraising: ['in_progress', 'cancelled'],
  in_progress: ['completed'],
  rejected: [], completed: [], cancelled: [],
};
const CAMPAIGN: Record<CampaignStatus, readonly CampaignStatus[]> = { open: ['closed', 'cancelled'], closed: [], cancelled: [] };
/** approved → cancelled releases the hold; paid is final (a wrong payment is corrected by a new inflow, never by editing). */
const DISBURSEMENT: Record<DisbursementStatus, readonly DisbursementStatus[]> = {
  requested: ['approved', 'rejected', 'cancelled'],
  approved: ['paid', 'cancelled'],
  paid: [], rejected: [], cancelled: [],
};
const MILESTONE: Record<MilestoneStatus, readonly MilestoneStatus[]> = { scheduled: ['requested'], requested: ['paid', 'scheduled'], paid: [] };

export const canMoveProject = (from: ProjectStatus, to: ProjectStatus) => PROJECT[from].includes(to);
export const canMoveCampaign = (from: CampaignStatus, to: CampaignStatus) => CAMPAIGN[from].includes(to);
export const canMoveDisbursement = (from: DisbursementStatus, to: DisbursementStatus) => DISBURSEMENT[from].includes(to);
export const canMoveMilestone = (from: MilestoneStatus, to: MilestoneStatus) => MILESTONE[from].includes(to);

/** A community sub-fund's committee has at least 5 members (seed 000) and the fund names a supervisor. */
export const MIN_COMMITTEE = 5;

export interface VoteInput { committee: readonly string[]; present: readonly string[]; for: number; against: number; abstain: number }
export interface VoteOutcome { quorum: number; passed: boolean; errors: { path: string; message: string }[] }

/**
 * Committee vote: quorum is two thirds of the members present (rounded up); the votes cast must equal those present;
 * a project passes with more than half of all members voting for it, so a thin meeting cannot approve alone.
 */
export function decideVote(v: VoteInput): VoteOutcome {
  const n = v.committee.length;
  const quorum = Math.ceil((2 * n) / 3);
  const errors: VoteOutcome['errors'] = [];
  const unknown = v.present.filter((p) => !v.committee.includes(p));
  if (unknown.length) errors.push({ path: 'present', message: `出席人员（present）不是管委会成员：${unknown.join('、')}` });
  if (new Set(v.present).size !== v.present.length) errors.push({ path: 'present', message: '出席人员（present）有重复' });
  if (v.for + v.against + v.abstain !== v.present.length) errors.push({ path: 'for', message: `赞成、反对、弃权票数之和应等于出席人数${v.present.length}` });
  if (v.present.length < quorum) errors.push({ path: 'present', message: `出席人数${v.present.length}人，未达法定人数${quorum}人（管委会${n}人的三分之二）` });
  return { quorum, passed: errors.length === 0 && v.for * 2 > n, errors };
}

/** Receipt number: fund code, year, six-digit serial within the fund — e.g. JZ-TJ-C01-2026-000012. */
export function receiptNumber(fundCode: string, year: number, serial: number): string {
  return `JZ-${fundCode}-${year}-${String(serial).padStart(6, '0')}`;
}

/** How a donor appears in public: the name they gave, or 爱心人士 when they chose anonymity; names are partly masked. */
export function publicDonorName(name: string | null, isAnonymous: boolean): string {
  if (isAnonymous || !name) return '爱心人士（匿名）';
  const chars = [...name];
  if (chars.length >= 6) return name; // organisations and companies are disclosed in full
  return chars.length <= 1 ? name : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 2))}`;
}
