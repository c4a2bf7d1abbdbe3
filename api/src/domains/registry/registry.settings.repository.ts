import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import type { CommitteeRule } from './engine/ledger.js';
import type { CitySettings } from './registry-settings-rules.js';
import { registrySettings } from './registry.table.js';

type Row = typeof registrySettings.$inferSelect;

function toSettings(r: Row): CitySettings & { version: number } {
  return {
    committeeRules: r.committeeRules as CommitteeRule[], trustOrder: r.trustOrder as string[][],
    fallbacks: { social: r.socialCommittee, other: r.defaultCommittee }, version: r.version,
  };
}

/** Every city's saved rules (settings are per city, not personal data: no scope filter; routes check the city). */
export async function allSettings(db: Executor): Promise<Map<string, CitySettings>> {
  return new Map((await db.select().from(registrySettings)).map((r) => [r.cityCode, toSettings(r)]));
}

export async function findSettings(db: Executor, cityCode: string) {
  const [row] = await db.select().from(registrySettings).where(eq(registrySettings.cityCode, cityCode));
  return row ? toSettings(row) : null;
}

/** Saves when the stored version is still `expected` (0: no row yet); false when someone saved first. */
export async function saveSettings(db: Executor, cityCode: string, s: CitySettings, userId: string, expected: number, at: Date): Promise<boolean> {
  const values = { committeeRules: s.committeeRules, trustOrder: s.trustOrder, socialCommittee: s.fallbacks.social, defaultCommittee: s.fallbacks.other, updatedBy: userId, updatedAt: at };
  if (expected === 0) {
    const rows = await db.insert(registrySettings).values({ cityCode, ...values, version: 1 }).onConflictDoNothing().returning({ v: registrySettings.version });
    return rows.length === 1;
  }
  const rows = await db.update(registrySettings).set({ ...values, version: expected + 1 })
    .where(and(eq(registrySettings.cityCode, cityCode), eq(registrySettings.version, expected))).returning({ v: registrySettings.version });
  return rows.length === 1;
}
