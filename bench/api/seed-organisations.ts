import { newId } from '@wushe/common';
import type { AppDeps } from '../../api/src/platform/deps.js';
import { insertOrganisations, newOrganisationRow } from '../../api/src/domains/organisations/index.js';
import { findRegions } from '../../api/src/domains/regions/index.js';
import { ORDOS_DIVISIONS } from '../../api/src/seed/demo-city.js';
import { generateDemoOrganisations } from '../../api/src/seed/demo-organisations.js';
import { seededRandom } from '../../api/src/seed/random.js';

/** Adds `n` organisations spread over the city's villages and communities, in batches, names made unique. */
export async function seedBenchOrganisations(deps: AppDeps, n: number): Promise<void> {
  const rnd = seededRandom(4242);
  const paths = new Map((await findRegions(deps.db, ORDOS_DIVISIONS.map((d) => d.code))).map((r) => [r.code, r.path]));
  const batch = 2000;
  for (let done = 0; done < n; done += batch) {
    const orgs = generateDemoOrganisations(rnd, ORDOS_DIVISIONS, Math.min(batch, n - done) + 4).slice(4);
    const now = deps.clock.now();
    await deps.db.transaction((tx) => insertOrganisations(tx, orgs.map((o, i) => {
      // Names made unique; codes dropped, since the generator's random codes may collide across 100,000 rows.
      return newOrganisationRow(deps.cipher, o, {
        id: newId(now.getTime() + done + i), name: `${o.name}${done + i}`, creditCode: null, phone: o.phone, createdBy: null, now,
        registrationRegionPath: paths.get(o.registrationRegionCode)!, operatingRegionPath: paths.get(o.operatingRegionCode)!,
      });
    })));
  }
}
