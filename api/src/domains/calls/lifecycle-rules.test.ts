import { describe, expect, it } from 'vitest';
import { AWARD_STATUSES, BID_STATUSES, CALL_STATUSES } from '@wushe/common';
import { nextAwardStatus, nextBidStatus, nextCallStatus, type AwardEvent, type BidEvent, type CallEvent } from './lifecycle-rules.js';

// The legal moves, written out by hand from the process (发榜 → 揭榜 → 截止 → 承榜评审 → 公示 → 确定); every
// other (state, event) pair must be refused.
const CALL_LEGAL: [string, CallEvent, string][] = [
  ['draft', 'publish', 'published'],
  ['published', 'close', 'closed'],
  ['closed', 'startEvaluation', 'evaluating'],
  ['evaluating', 'award', 'awarded'],
  ['awarded', 'reopen', 'evaluating'],
  ['awarded', 'finalise', 'finalised'],
  ['draft', 'cancel', 'cancelled'], ['published', 'cancel', 'cancelled'], ['closed', 'cancel', 'cancelled'], ['evaluating', 'cancel', 'cancelled'],
];
const BID_LEGAL: [string, BidEvent, string][] = [
  ['draft', 'submit', 'submitted'],
  ['draft', 'markIneligible', 'ineligible'],
  ['draft', 'revise', 'draft'], ['submitted', 'revise', 'draft'], ['ineligible', 'revise', 'draft'],
  ['draft', 'withdraw', 'withdrawn'], ['submitted', 'withdraw', 'withdrawn'], ['ineligible', 'withdraw', 'withdrawn'],
  ['submitted', 'award', 'awarded'],
  ['submitted', 'notAward', 'not_awarded'],
  ['awarded', 'disqualify', 'disqualified'],
];
const AWARD_LEGAL: [string, AwardEvent, string][] = [
  ['noticed', 'object', 'objected'], ['objected', 'object', 'objected'],
  ['objected', 'dismissAll', 'noticed'],
  ['noticed', 'uphold', 'cancelled'], ['objected', 'uphold', 'cancelled'],
  ['noticed', 'finalise', 'finalised'],
];

function checkAll<E extends string>(states: readonly string[], events: readonly E[], legal: [string, E, string][], next: (s: never, e: E) => string | null) {
  let legalSeen = 0;
  for (const s of states) {
    for (const e of events) {
      const expected = legal.find(([f, ev]) => f === s && ev === e)?.[2] ?? null;
      if (expected) legalSeen++;
      expect(next(s as never, e), `${s} --${e}-->`).toBe(expected);
    }
  }
  expect(legalSeen).toBe(legal.length);
}

describe('call lifecycle', () => {
  it('allows exactly the listed moves', () => {
    checkAll(CALL_STATUSES, ['publish', 'close', 'startEvaluation', 'award', 'reopen', 'finalise', 'cancel'] as CallEvent[], CALL_LEGAL, nextCallStatus);
  });
  it('never leaves a final state', () => {
    for (const e of ['publish', 'close', 'startEvaluation', 'award', 'reopen', 'finalise', 'cancel'] as CallEvent[]) {
      expect(nextCallStatus('finalised', e)).toBeNull();
      expect(nextCallStatus('cancelled', e)).toBeNull();
    }
  });
});

describe('bid lifecycle', () => {
  it('allows exactly the listed moves', () => {
    checkAll(BID_STATUSES, ['submit', 'markIneligible', 'revise', 'withdraw', 'award', 'notAward', 'disqualify'] as BidEvent[], BID_LEGAL, nextBidStatus);
  });
});

describe('award lifecycle', () => {
  it('allows exactly the listed moves', () => {
    checkAll(AWARD_STATUSES, ['object', 'dismissAll', 'uphold', 'finalise'] as AwardEvent[], AWARD_LEGAL, nextAwardStatus);
  });
  it('cannot finalise while an objection is open', () => {
    expect(nextAwardStatus('objected', 'finalise')).toBeNull();
  });
});
