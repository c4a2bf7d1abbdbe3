import { toRegionDate } from '@wushe/common';
import type { Executor } from '../../platform/db/client.js';
import { countOpenProjects, projectsOfCall } from './award-link.repository.js';
import type { NewProjectInput } from './projects.service.js';

/** What a finalised award carries that the contract needs (the calls domain's FinalisedAward, structurally). */
export interface AwardForContract {
  callId: string; callNumber: string; callTitle: string; regionCode: string; needIds: string[]; leadOrganisationId: string;
  amountFen: number; timeline: { month: number; task: string }[]; fundingSource: string; finalisedAt: Date;
}

/**
 * The contract a finalised award becomes: one milestone per month of the bid's timeline (due at the end of that month,
 * counted from finalisation), the award amount split evenly over them with the remainder on the last, so payments add
 * up to the budget exactly. A bid without a timeline gets one closing milestone a year on.
 */
export function contractFromAward(a: AwardForContract): NewProjectInput {
  const steps = [...a.timeline].sort((x, y) => x.month - y.month);
  const plan = steps.length ? steps : [{ month: 12, task: '项目结项' }];
  const share = Math.floor(a.amountFen / plan.length);
  return {
    callId: a.callId, title: a.callTitle, organisationId: a.leadOrganisationId, regionCode: a.regionCode, budgetFen: a.amountFen,
    fundingSource: a.fundingSource, needIds: a.needIds,
    milestones: plan.map((s, i) => ({
      title: `第${s.month}个月：${s.task}`.slice(0, 100),
      dueOn: toRegionDate(new Date(a.finalisedAt.getTime() + Math.max(1, s.month) * 30 * 86_400_000)),
      deliverables: s.task,
      paymentFen: i === plan.length - 1 ? a.amountFen - share * (plan.length - 1) : share,
    })),
  };
}

export { countOpenProjects };

/** OCDS contract + implementation facts for the projects made from a call (milestone met once approved). */
export async function contractFactsOfCall(db: Executor, callId: string, awardIdOf: (organisationId: string) => string | undefined) {
  const rows = await projectsOfCall(db, callId);
  return rows.flatMap((r) => {
    const awardId = awardIdOf(r.p.organisationId);
    if (!awardId) return [];
    const status = r.p.status === 'terminated' ? 'terminated' as const : 'active' as const;
    return [{
      id: r.p.id, awardId, title: r.p.title, status, amountFen: r.p.budgetFen, dateSigned: r.p.createdAt.toISOString(),
      milestones: r.milestones.map((m) => ({ id: m.id, title: m.title, dueDate: new Date(`${m.dueOn}T00:00:00+08:00`).toISOString(), status: m.status === 'approved' ? 'met' as const : 'scheduled' as const })),
      transactions: r.milestones.filter((m) => m.status === 'approved' && m.approvedAt).map((m) => ({
        id: `${m.id}-pay`, date: m.approvedAt!.toISOString(), amountFen: m.paymentFen, payeeId: r.p.organisationId, payeeName: r.organisationName,
      })),
    }];
  });
}
