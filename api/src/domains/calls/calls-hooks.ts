import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import type { RequestContext } from '../../platform/scope.js';
import { findExclusions } from './bids.repository.js';
import { countActiveAwards } from './selection.repository.js';

/** An organisation's standing as later calls' eligibility reads it (红黑榜 / 活动异常名录). */
export type Standing = { blackListed: boolean; abnormal: boolean };
export type StandingLookup = (tx: Executor, orgIds: string[]) => Promise<Map<string, Standing>>;

/** What finalisation hands over so the projects domain can turn the award into a project with a contract. */
export interface FinalisedAward {
  awardId: string;
  callId: string;
  callNumber: string;
  callTitle: string;
  bidId: string;
  regionCode: string;
  regionPath: string;
  needIds: string[];
  leadOrganisationId: string;
  memberOrganisationIds: string[];
  amountFen: number;
  /** government_purchase / community_fund / venture_philanthropy / social_donation, as the call declared. */
  fundingSource: string;
  budgetLines: { item: string; amountFen: number }[];
  timeline: { month: number; task: string }[];
  finalisedAt: Date;
}

export interface CallHooks {
  /** Default: the call_exclusions table. The projects domain's red/black list replaces it at merge. */
  standing?: StandingLookup;
  /** Concurrent awards an organisation holds (资源限流). Default: its noticed/objected/finalised awards. */
  activeAwards?: (tx: Executor, orgId: string) => Promise<number>;
  /** Runs inside the finalisation transaction: create the project here; throwing rolls the finalisation back. */
  onAwardFinalised?: (tx: Executor, award: FinalisedAward, ctx: RequestContext) => Promise<void>;
}

export type CallsEnv = AppDeps & { hooks: Required<CallHooks> };

/** The default standing: exclusions still in force on `deps.clock.now()`. */
export function exclusionStanding(deps: AppDeps): StandingLookup {
  return async (tx, orgIds) => {
    const map = new Map<string, Standing>(orgIds.map((id) => [id, { blackListed: false, abnormal: false }]));
    for (const e of await findExclusions(tx, orgIds, deps.clock.now())) {
      const s = map.get(e.organisationId)!;
      if (e.kind === 'black') s.blackListed = true;
      if (e.kind === 'abnormal') s.abnormal = true;
    }
    return map;
  };
}

export function callsEnv(deps: AppDeps, hooks: CallHooks = {}): CallsEnv {
  return {
    ...deps,
    hooks: {
      standing: hooks.standing ?? exclusionStanding(deps),
      activeAwards: hooks.activeAwards ?? countActiveAwards,
      onAwardFinalised: hooks.onAwardFinalised ?? (async () => {}),
    },
  };
}
