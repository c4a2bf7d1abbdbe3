// The closed loop's seams (评榜—发榜—揭榜—承榜—考榜): calls read the projects' red/black list and open projects, and a
// finalised award becomes a project. Kept here, in the composition root, so neither domain imports the other.
import { toRegionDate } from '@wushe/common';
import type { AppDeps } from './platform/deps.js';
import { countPendingAwards, exclusionStanding, listAwards, type CallHooks, type ContractSource } from './domains/calls/index.js';
import { scheduleAwardPayments } from './domains/funds/index.js';
import { markNeedsClosed, markNeedsInProject } from './domains/needs/index.js';
import { contractFactsOfCall, contractFromAward, countOpenProjects, createProjectFromAward, findStandings, type ProjectHooks } from './domains/projects/index.js';

export function closedLoopHooks(deps: AppDeps): CallHooks {
  const exclusions = exclusionStanding(deps);
  return {
    // 黑榜 from 考榜 and upheld complaints, plus the exclusions officials file by hand (活动异常名录).
    standing: async (tx, orgIds) => {
      const base = await exclusions(tx, orgIds);
      const lists = await findStandings(tx, orgIds, toRegionDate(deps.clock.now()));
      for (const [id, s] of base) if (lists.get(id)?.blackListed) s.blackListed = true;
      return base;
    },
    // 资源限流 counts awards still in their notice period and projects not yet closed.
    activeAwards: async (tx, orgId) => (await countPendingAwards(tx, orgId)) + (await countOpenProjects(tx, orgId)),
    onAwardFinalised: async (tx, award, ctx) => {
      const contract = contractFromAward(award);
      const projectId = await createProjectFromAward(tx, ctx, contract, deps);
      // 政府购买服务: the contract's payment schedule, milestone by milestone, from the region's budget line.
      await scheduleAwardPayments(tx, deps, ctx, { projectId, fundingSource: award.fundingSource, regionPath: award.regionPath, organisationId: award.leadOrganisationId, milestones: contract.milestones });
      if (award.needIds.length) await markNeedsInProject(tx, award.needIds, { ctx, clock: deps.clock, actor: ctx.actor, note: `承榜：${award.callTitle}` });
    },
  };
}

/** 考榜 done: the project is closed, and so are the needs it answered (需求清单 → 办结). */
export function projectHooks(deps: AppDeps): ProjectHooks {
  return {
    onProjectClosed: async (tx, project, ctx) => {
      await markNeedsClosed(tx, project.needIds, { ctx, clock: deps.clock, actor: ctx.actor, note: `考榜结项：${project.title}（${project.number}）` });
    },
  };
}

/** The OCDS contract and implementation sections come from the projects made from the call's finalised award. */
export const projectContracts: ContractSource = async (env, callId) => {
  const awards = (await listAwards(env.db, callId)).map((a) => a.award).filter((a) => a.status === 'finalised');
  return contractFactsOfCall(env.db, callId, (orgId) => awards.find((a) => a.organisationId === orgId)?.id);
};
