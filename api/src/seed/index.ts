import { newId } from '@wushe/common';
import type { AppDeps } from '../platform/deps.js';
import type { RequestContext } from '../platform/scope.js';
import { recordAudit } from '../domains/audit/index.js';
import { findUserByUsername, hashPassword, insertUser } from '../domains/auth/index.js';
import { writeDemoRegister } from '../domains/registry/index.js';
import { countRegions, findRegions, importDivisions, insertRegionRows } from '../domains/regions/index.js';
import { insertOrganisations, newOrganisationRow } from '../domains/organisations/index.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { BANNER_POPULATION, DEMO_GRIDS, LOCAL_POPULATION, ORDOS_DIVISIONS } from './demo-city.js';
import { generateDemoOrganisations } from './demo-organisations.js';
import { seedDemoFunds } from './demo-funds.js';
import { seededRandom } from './random.js';
import { seedDemoCalls } from './demo-calls.js';
import { seedDemoProjects } from './demo-projects.js';
import { seedDemoNeeds } from './demo-needs.js';
import { generateDemoRegistry } from './demo-registry.js';

const SYSTEM: RequestContext = { actor: null, ip: '', requestId: 'seed' };

/**
 * Loads the demo city (regions, grids, ~200 organisations, one account per role) into an empty database, then the
 * demo base register (five departments' lists through the real import path; `registry: false` leaves it empty).
 */
export async function seedDemoIfEmpty(deps: AppDeps, opts: { organisations?: number; registry?: boolean } = {}): Promise<boolean> {
  if ((await countRegions(deps.db)) > 0) return false;
  const rnd = seededRandom(20261123);
  const orgs = generateDemoOrganisations(rnd, ORDOS_DIVISIONS, opts.organisations ?? 200);
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  const cityPopulation = Object.values(BANNER_POPULATION).reduce((a, b) => a + b, 0);
  await deps.db.transaction(async (tx) => {
    await importDivisions(tx, deps.clock, SYSTEM, ORDOS_DIVISIONS, { ...BANNER_POPULATION, ...LOCAL_POPULATION, '150600000000': cityPopulation });
    const parents = new Map((await findRegions(tx, [...new Set(DEMO_GRIDS.map((g) => g.parentCode))])).map((r) => [r.code, r]));
    const serial = new Map<string, number>();
    for (const g of DEMO_GRIDS) {
      const parent = parents.get(g.parentCode)!;
      const n = (serial.get(g.parentCode) ?? 0) + 1;
      serial.set(g.parentCode, n);
      const code = `${parent.code}G${String(n).padStart(2, '0')}`;
      const path = `${parent.path}${code}/`;
      await insertRegionRows(tx, [{ code, parentCode: parent.code, name: g.name, level: 6, path, population: g.population }]);
      for (const [i, m] of (g.micro ?? []).entries()) {
        const mcode = `${code}M${String(i + 1).padStart(2, '0')}`;
        await insertRegionRows(tx, [{ code: mcode, parentCode: code, name: m.name, level: 7, path: `${path}${mcode}/`, population: m.population }]);
      }
    }
    const paths = new Map((await findRegions(tx, [...new Set(orgs.flatMap((o) => [o.registrationRegionCode, o.operatingRegionCode]))])).map((r) => [r.code, r.path]));
    const now = deps.clock.now();
    const orgIds = new Map<string, string>();
    await insertOrganisations(tx, orgs.map((o, i) => {
      const id = newId(now.getTime() - (orgs.length - i) * 1000);
      if (o.key) orgIds.set(o.key, id);
      return newOrganisationRow(deps.cipher, o, {
        id, name: o.name, creditCode: o.creditCode, phone: o.phone, createdBy: null, now,
        registrationRegionPath: paths.get(o.registrationRegionCode)!, operatingRegionPath: paths.get(o.operatingRegionCode)!,
      });
    }));
    for (const [i, a] of DEMO_ACCOUNTS.entries()) {
      await insertUser(tx, {
        id: newId(), username: a.username, displayName: a.displayName, passwordHash: hashes[i]!, roleKey: a.role,
        regionCode: a.organisationKey ? orgs.find((o) => o.key === a.organisationKey)!.operatingRegionCode : a.regionCode,
        organisationId: a.organisationKey ? orgIds.get(a.organisationKey)! : null, customRegionCodes: a.customRegionCodes ?? [],
        mustChangePassword: !deps.config.isDemo,
      });
    }
    await seedDemoCalls(tx, deps);
    await seedDemoProjects(tx, deps, { org1: orgIds.get('org1')!, org2: orgIds.get('org2')! });
    await seedDemoFunds(tx, deps, seededRandom(20261106), ORDOS_DIVISIONS);
    await seedDemoNeeds(tx, deps, { org1Id: orgIds.get('org1')! });
    await recordAudit(tx, SYSTEM, deps.clock, { action: 'system.seed', summary: `载入示范城市：鄂尔多斯市，${orgs.length}个社会组织，${DEMO_ACCOUNTS.length}个账号`, regionPath: null });
  });
  if (opts.registry !== false) await seedDemoRegister(deps);
  return true;
}

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** The demo 基础底册: imported as 王建国 (city), with a few verification tasks for 张海军 (阿勒腾席热镇). */
async function seedDemoRegister(deps: AppDeps) {
  const person = async (username: string) => {
    const u = (await findUserByUsername(deps.db, username))!;
    return { id: u.id, username, displayName: u.displayName, regionCode: u.regionCode! };
  };
  const files = generateDemoRegistry(seededRandom(20261207), ORDOS_DIVISIONS);
  await writeDemoRegister(deps, files, await person('city'), await person('street'), 6);
}
