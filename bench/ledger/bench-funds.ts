import { newId } from '@wushe/common';
import type { AppDeps } from '../../api/src/platform/deps.js';
import { createFundTx } from '../../api/src/domains/funds/funds.service.js';
import { findRegion } from '../../api/src/domains/regions/index.js';

/** `count` community sub-funds under 平安社区 for the benchmark, created through the domain's own service. */
export async function createBenchFunds(deps: AppDeps, count: number): Promise<string[]> {
  const region = (await findRegion(deps.db, '150627100001'))!;
  const committee = ['甲', '乙', '丙', '丁', '戊'].map((name) => ({ name, title: '委员' }));
  return deps.db.transaction(async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      ids.push(await createFundTx(tx, {
        id: newId(), code: `BENCH-${String(i).padStart(4, '0')}`, name: `压测基金${i}`, kind: 'community', parentId: null, purpose: '压测', restriction: '压测',
        regionCode: region.code, regionPath: region.path, committee, supervisor: '监督人', createdAt: deps.clock.now(),
      }));
    }
    return ids;
  });
}
