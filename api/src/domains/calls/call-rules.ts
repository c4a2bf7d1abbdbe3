import { formatFen as fen, type BidInput, type CallInput, type FieldError } from '@wushe/common';

/** Checks a call before it is saved or published; every message names the field in zh-CN. */
export function checkCall(input: Pick<CallInput, 'criteria' | 'deadline'>, now: Date, forPublish: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const sum = input.criteria.reduce((s, c) => s + c.weight, 0);
  if (sum !== 100) errors.push({ path: 'criteria', message: `评审标准权重（criteria）合计须为100，当前为${sum}` });
  const keys = new Set<string>();
  input.criteria.forEach((c, i) => {
    if (keys.has(c.key)) errors.push({ path: `criteria[${i}].key`, message: `评审标准编码（criteria[${i}].key）“${c.key}”重复` });
    keys.add(c.key);
  });
  const deadline = Date.parse(input.deadline);
  if (Number.isNaN(deadline)) errors.push({ path: 'deadline', message: '揭榜截止时间（deadline）格式不正确' });
  else if (forPublish && deadline <= now.getTime()) errors.push({ path: 'deadline', message: '揭榜截止时间（deadline）须晚于发榜时间' });
  return errors;
}

/** Checks a bid's money and team: budget lines sum to the total, the total within the call's budget. */
export function checkBid(input: Pick<BidInput, 'budgetLines' | 'totalFen' | 'team'>, callBudgetFen: number): FieldError[] {
  const errors: FieldError[] = [];
  const sum = input.budgetLines.reduce((s, l) => s + l.amountFen, 0);
  if (sum !== input.totalFen) errors.push({ path: 'budgetLines', message: `预算明细（budgetLines）合计${fen(sum)}，与申报总额${fen(input.totalFen)}不一致` });
  if (input.totalFen > callBudgetFen) errors.push({ path: 'totalFen', message: `申报总额（totalFen）${fen(input.totalFen)}超过榜单预算${fen(callBudgetFen)}` });
  if (!input.team.some((m) => m.certificate !== 'none')) errors.push({ path: 'team', message: '服务团队（team）须至少有一名持证社会工作者' });
  return errors;
}

/** End of the award-notice period: the same clock time `days` later. */
export function noticeEndsAt(awardedAt: Date, days: number): Date {
  return new Date(awardedAt.getTime() + days * 86_400_000);
}
