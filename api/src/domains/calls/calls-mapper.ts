import { AppError, type Bid, type BidStatus, type Call, type CallStatus, type AwardStatus } from '@wushe/common';
import type { CallWithRegion } from './calls.repository.js';
import type { BidRow } from './bids.repository.js';
import { nextAwardStatus, nextBidStatus, nextCallStatus, type AwardEvent, type BidEvent, type CallEvent } from './lifecycle-rules.js';

export const CALL_STATUS_ZH: Record<CallStatus, string> = {
  draft: '草稿', published: '揭榜中', closed: '已截止', evaluating: '评审中', awarded: '中标公示', finalised: '已确定承接方', cancelled: '已撤销',
};
export const BID_STATUS_ZH: Record<BidStatus, string> = {
  draft: '草稿', submitted: '已提交', ineligible: '资格不符', withdrawn: '已撤回', awarded: '中标', not_awarded: '未中标', disqualified: '中标已撤销',
};
export const AWARD_STATUS_ZH: Record<AwardStatus, string> = { noticed: '公示中', objected: '有异议', cancelled: '已撤销', finalised: '已确定' };
const CALL_EVENT_ZH: Record<CallEvent, string> = { publish: '发榜', close: '截止', startEvaluation: '开始评审', award: '确定中标', reopen: '重新评定', finalise: '确认承接', cancel: '撤销' };
const BID_EVENT_ZH: Record<BidEvent, string> = { submit: '提交', markIneligible: '提交', revise: '修改', withdraw: '撤回', award: '中标', notAward: '结束', disqualify: '撤销中标' };
const AWARD_EVENT_ZH: Record<AwardEvent, string> = { object: '提出异议', dismissAll: '驳回异议', uphold: '撤销中标', finalise: '确认' };

/** The next call status, or 409 CALL_STATE_INVALID explaining why. */
export function callTransition(from: string, event: CallEvent): CallStatus {
  const to = nextCallStatus(from as CallStatus, event);
  if (!to) throw new AppError('CALL_STATE_INVALID', [{ path: 'status', message: `榜单状态为“${CALL_STATUS_ZH[from as CallStatus] ?? from}”，不能${CALL_EVENT_ZH[event]}` }]);
  return to;
}
export function bidTransition(from: string, event: BidEvent): BidStatus {
  const to = nextBidStatus(from as BidStatus, event);
  if (!to) throw new AppError('BID_STATE_INVALID', [{ path: 'status', message: `揭榜申报状态为“${BID_STATUS_ZH[from as BidStatus] ?? from}”，不能${BID_EVENT_ZH[event]}` }]);
  return to;
}
export function awardTransition(from: string, event: AwardEvent): AwardStatus {
  const to = nextAwardStatus(from as AwardStatus, event);
  if (!to) throw new AppError('AWARD_STATE_INVALID', [{ path: 'status', message: `中标结果状态为“${AWARD_STATUS_ZH[from as AwardStatus] ?? from}”，不能${AWARD_EVENT_ZH[event]}` }]);
  return to;
}

export function toCall({ call: c, regionName }: CallWithRegion): Call {
  return {
    id: c.id, number: c.number, title: c.title, serviceContent: c.serviceContent, regionCode: c.regionCode, regionName,
    budgetFen: c.budgetFen, fundingSource: c.fundingSource as Call['fundingSource'], deadline: c.deadline.toISOString(), criteria: c.criteria,
    eligibility: c.eligibility, maxConcurrentAwards: c.maxConcurrentAwards, noticeDays: c.noticeDays, documents: c.documents, needIds: c.needIds,
    status: c.status as CallStatus, publishedAt: c.publishedAt?.toISOString() ?? null, roadshow: c.roadshow ?? null, version: c.version,
  };
}

export function toBid(b: BidRow, leadName: string, members: { organisationId: string; organisationName: string; role: string; confirmedAt: Date | null }[]): Bid {
  return {
    id: b.id, callId: b.callId, status: b.status as BidStatus, leadOrganisationId: b.leadOrganisationId, leadOrganisationName: leadName,
    members: members.map((m) => ({ organisationId: m.organisationId, organisationName: m.organisationName, role: m.role as 'lead' | 'member', confirmedAt: m.confirmedAt?.toISOString() ?? null })),
    intentLetter: b.intentLetter, servicePlan: b.servicePlan, totalFen: b.totalFen, budgetLines: b.budgetLines,
    team: b.team as Bid['team'], timeline: b.timeline, eligibilityFailures: b.eligibilityFailures, submittedAt: b.submittedAt?.toISOString() ?? null, version: b.version,
  };
}
