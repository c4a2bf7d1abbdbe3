import type { AppDeps } from '../platform/deps.js';
import type { Tx } from '../platform/db/client.js';
import { seedFundNetwork } from '../domains/funds/index.js';
import type { DivisionNode } from '../domains/regions/index.js';
import type { Random } from './random.js';

/** 27 communities for the sub-funds: three per banner/district, the demo banner (伊金霍洛旗, 平安社区 first) leading. */
export function demoFundCommunities(divisions: readonly DivisionNode[]): string[] {
  const banners = divisions.filter((d) => d.level === 3).map((d) => d.code).sort((a, b) => (a === '150627000000' ? -1 : b === '150627000000' ? 1 : a.localeCompare(b)));
  return banners.flatMap((b) => {
    const towns = new Set(divisions.filter((d) => d.parentCode === b && d.level === 4).map((d) => d.code));
    return divisions.filter((d) => d.level === 5 && towns.has(d.parentCode!) && d.name.includes('社区')).map((d) => d.code).sort().slice(0, 3);
  });
}

/** The fund network of the demo city (issue 6), loaded inside the demo seed's transaction. */
export async function seedDemoFunds(tx: Tx, deps: AppDeps, rnd: Random, divisions: readonly DivisionNode[]) {
  return seedFundNetwork(tx, deps, rnd, demoFundCommunities(divisions));
}
