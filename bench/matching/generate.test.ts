import { describe, expect, it } from 'vitest';
import { solveMatching } from '../../api/src/domains/matching/index.js';
import { checkResult } from '../../api/src/domains/matching/testing/check-result.js';
import { getHighs, solveWithHighs } from '../../api/src/domains/matching/testing/highs-oracle.js';
import { BANNER_FAIR, generateCityInstance, type CitySpec } from './generate.js';

/** A street-sized fair: same structure as the benchmark instances, small enough for a unit test. */
const STREET: CitySpec = { ...BANNER_FAIR, name: 'street', seed: 11, streetsPerBanner: 4, communitiesPerStreet: 6, needs: 1_200, providers: 450 };

describe('generateCityInstance', () => {
  it('is deterministic and shaped like a fair: ~50 candidates a need, organisations with caps', () => {
    const a = generateCityInstance(STREET);
    expect(generateCityInstance(STREET)).toEqual(a);
    expect(a.needs).toHaveLength(1_200);
    expect(a.providers).toHaveLength(450);
    const perNeed = a.edges.length / a.needs.length;
    expect(perNeed).toBeGreaterThan(10);
    expect(perNeed).toBeLessThanOrEqual(STREET.maxEdgesPerNeed);
    expect(a.groups!.length).toBeGreaterThan(20);
    expect(a.providers.filter((p) => p.group).length / a.providers.length).toBeGreaterThan(0.5);
  });

  it('produces instances whose optimum wushe and HiGHS agree on (cost-scaling path)', async () => {
    const highs = await getHighs();
    for (const seed of [11, 12, 13]) {
      const instance = generateCityInstance({ ...STREET, seed });
      const result = solveMatching(instance);
      expect(result.stats.phases).toBeGreaterThan(0);
      expect(checkResult(instance, {}, result)).toEqual([]);
      const oracle = solveWithHighs(highs, instance);
      expect(oracle.status).toBe('optimal');
      expect(Math.abs(result.objective - oracle.objective) / oracle.objective).toBeLessThan(1e-9);
    }
  });
});
