import type { TestContext } from '../../test/harness.js';
import { findRegion } from '../regions/index.js';
import { createFundTx } from './funds.service.js';

/** Creates a fresh parent fund and a community sub-fund under 平安社区 for a test (through the domain's own service). */
export async function freshFunds(t: TestContext, tag: string): Promise<{ parentId: string; childId: string }> {
  const region = (await findRegion(t.deps.db, '150627100001'))!;
  const committee = ['甲', '乙', '丙', '丁', '戊'].map((name) => ({ name: `${name}${tag}`, title: '委员' }));
  return t.deps.db.transaction(async (tx) => {
    const base = { purpose: '测试', restriction: '测试', regionCode: region.code, regionPath: region.path, committee, supervisor: '监督人', createdAt: t.clock.now() };
    const parentId = await createFundTx(tx, { ...base, code: `P-${tag}`, name: `测试总基金${tag}`, kind: 'parent', parentId: null });
    const childId = await createFundTx(tx, { ...base, code: `C-${tag}`, name: `测试社区基金${tag}`, kind: 'community', parentId });
    return { parentId, childId };
  });
}
