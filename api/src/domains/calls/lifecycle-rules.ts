import type { AwardStatus, BidStatus, CallStatus } from '@wushe/common';

/**
 * The three lifecycles of 发榜—揭榜—承榜 as explicit tables. A transition not listed here is illegal (409).
 * Time conditions (deadline, notice period) and roles are checked by the service; these tables say only
 * which state may follow which.
 */
export type CallEvent = 'publish' | 'close' | 'startEvaluation' | 'award' | 'reopen' | 'finalise' | 'cancel';
export const CALL_TRANSITIONS: Record<CallEvent, { from: readonly CallStatus[]; to: CallStatus }> = {
  publish: { from: ['draft'], to: 'published' },
  // 截止: bids are sealed until then; the official closes once the deadline has passed.
  close: { from: ['published'], to: 'closed' },
  startEvaluation: { from: ['closed'], to: 'evaluating' },
  award: { from: ['evaluating'], to: 'awarded' },
  // An upheld objection cancels the award: the panel's result stands and the official may award again.
  reopen: { from: ['awarded'], to: 'evaluating' },
  finalise: { from: ['awarded'], to: 'finalised' },
  cancel: { from: ['draft', 'published', 'closed', 'evaluating'], to: 'cancelled' },
};

export type BidEvent = 'submit' | 'markIneligible' | 'revise' | 'withdraw' | 'award' | 'notAward' | 'disqualify';
export const BID_TRANSITIONS: Record<BidEvent, { from: readonly BidStatus[]; to: BidStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  // Submission that fails an eligibility rule is recorded as ineligible, with every failed rule explained.
  markIneligible: { from: ['draft'], to: 'ineligible' },
  // Editing before the deadline: a submitted or ineligible bid goes back to draft until submitted again.
  revise: { from: ['draft', 'submitted', 'ineligible'], to: 'draft' },
  withdraw: { from: ['draft', 'submitted', 'ineligible'], to: 'withdrawn' },
  award: { from: ['submitted'], to: 'awarded' },
  notAward: { from: ['submitted'], to: 'not_awarded' },
  disqualify: { from: ['awarded'], to: 'disqualified' },
};

export type AwardEvent = 'object' | 'dismissAll' | 'uphold' | 'finalise';
export const AWARD_TRANSITIONS: Record<AwardEvent, { from: readonly AwardStatus[]; to: AwardStatus }> = {
  object: { from: ['noticed', 'objected'], to: 'objected' },
  dismissAll: { from: ['objected'], to: 'noticed' },
  uphold: { from: ['noticed', 'objected'], to: 'cancelled' },
  finalise: { from: ['noticed'], to: 'finalised' },
};

/** The next state, or null when the event is illegal in this state. */
export function nextCallStatus(from: CallStatus, event: CallEvent): CallStatus | null {
  const t = CALL_TRANSITIONS[event];
  return t.from.includes(from) ? t.to : null;
}
export function nextBidStatus(from: BidStatus, event: BidEvent): BidStatus | null {
  const t = BID_TRANSITIONS[event];
  return t.from.includes(from) ? t.to : null;
}
export function nextAwardStatus(from: AwardStatus, event: AwardEvent): AwardStatus | null {
  const t = AWARD_TRANSITIONS[event];
  return t.from.includes(from) ? t.to : null;
}

/** Bids the panel scores and the public may see after the deadline: never drafts or withdrawn ones. */
export const SEALED_AFTER_DEADLINE: readonly BidStatus[] = ['submitted', 'ineligible', 'awarded', 'not_awarded', 'disqualified'];
export const SCORED_BID_STATUSES: readonly BidStatus[] = ['submitted', 'awarded', 'not_awarded', 'disqualified'];
