// 发榜—揭榜—承榜 and their public disclosure: the calls domain's public face.
import type { AppDeps } from '../../platform/deps.js';
import type { App } from '../../platform/http/types.js';
import { callsEnv, type CallHooks } from './calls-hooks.js';
import { callRoutes as backOffice } from './calls.routes.js';
import { publicCallRoutes, type ContractSource } from './public-calls.routes.js';

export type { CallHooks, FinalisedAward, Standing, StandingLookup } from './calls-hooks.js';
export type { OcdsContractFacts } from './ocds-release.js';
export type { ContractSource } from './public-calls.routes.js';
export { buildOcdsPackage } from './ocds-release.js';
export { calls, callBids, callAwards } from './calls.table.js';

/**
 * Registers the back-office and public routes. Integration points:
 * - `hooks.standing`: the red/black list (default: the call_exclusions table);
 * - `hooks.activeAwards`: concurrent awards for 资源限流 (default: noticed/objected/finalised awards);
 * - `hooks.onAwardFinalised(tx, award)`: create the project in the finalisation transaction;
 * - `contracts`: contract/implementation facts for the OCDS output.
 */
export function callRoutes(app: App, deps: AppDeps, hooks: CallHooks = {}, contracts?: ContractSource) {
  const env = callsEnv(deps, hooks);
  backOffice(app, env);
  publicCallRoutes(app, env, contracts);
}

/** Row writers for the demo seed (api/src/seed/demo-calls.ts), which writes finished histories directly. */
export { insertCall, insertEvent, replacePanel, findUsersByName } from './calls.repository.js';
export { insertBid, replaceMembers, findOrganisationIdsByName, insertExclusion } from './bids.repository.js';
export { upsertReview, insertAward, countPendingAwards, listAwards } from './selection.repository.js';
export { exclusionStanding } from './calls-hooks.js';
