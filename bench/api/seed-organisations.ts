import { newId } from '@wushe/common';
import type { AppDeps } from '../../api/src/platform/deps.js';
import { insertOrganisations, nameSearchOf, phoneColumns } from '../../api/src/domains/organisations/index.js';
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
      const { key: _key, phone, ...rest } = o;
      const name = `${o.name}${done + i}`;
      return {
        ...rest, name, creditCode: null, id: newId(now.getTime() + done + i), nameSearch: nameSearchOf(name), ...phoneColumns(deps.cipher, phone),
        registrationRegionPath: paths.get(o.registrationRegionCode)!, operatingRegionPath: paths.get(o.operatingRegionCode)!,
        status: 'active', createdAt: now, updatedAt: now,
      };
    })));
  }
}
