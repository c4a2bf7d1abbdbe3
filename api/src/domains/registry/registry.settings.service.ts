/** A city's register rules: view, and edit (validated, audited, re-applied to the register in the same transaction). */
import { AppError, type RegistrySettings, type RegistrySettingsInput } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { canUseRegionPath, type Actor, type RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { findVisibleRegion } from '../regions/index.js';
import { checkSettings, cleanSettings, DEFAULT_CITY_SETTINGS, type CitySettings } from './registry-settings-rules.js';
import { reconcile } from './registry.reconcile.js';
import * as repo from './registry.settings.repository.js';

const notFound = () => new AppError('NOT_FOUND', [{ path: 'cityCode', message: '该市不存在或不在您的数据权限范围内' }]);

function toContract(city: { code: string; name: string }, s: CitySettings, version: number, isDefault: boolean): RegistrySettings {
  return {
    cityCode: city.code, cityName: city.name, isDefault, version,
    committeeRules: s.committeeRules, socialCommittee: s.fallbacks.social, defaultCommittee: s.fallbacks.other, trustOrder: s.trustOrder,
  };
}

async function visibleCity(deps: AppDeps, actor: Actor, cityCode: string) {
  const city = await findVisibleRegion(deps.db, actor, cityCode);
  if (!city || city.level !== 2) throw notFound();
  return city;
}

export async function getSettings(deps: AppDeps, actor: Actor, cityCode: string): Promise<RegistrySettings> {
  const city = await visibleCity(deps, actor, cityCode);
  const saved = await repo.findSettings(deps.db, city.code);
  return saved ? toContract(city, saved, saved.version, false) : toContract(city, DEFAULT_CITY_SETTINGS, 0, true);
}

/**
 * Saves a city's rules and re-applies them to the whole register at once: committees and field choices follow the
 * new rules everywhere except where a person corrected them by hand. Reports how many of the city's entries changed.
 */
export async function saveSettings(deps: AppDeps, ctx: RequestContext, actor: Actor, cityCode: string, input: RegistrySettingsInput): Promise<RegistrySettings> {
  const city = await visibleCity(deps, actor, cityCode);
  // a city official edits their own city only; seeing it (a banner official sees its city) is not enough
  if (!canUseRegionPath(actor, city.path)) throw notFound();
  const next = cleanSettings({ committeeRules: input.committeeRules, fallbacks: { social: input.socialCommittee, other: input.defaultCommittee }, trustOrder: input.trustOrder });
  const problems = checkSettings(next);
  if (problems.length) throw new AppError('REGISTRY_SETTINGS_INVALID', problems);
  return deps.db.transaction(async (tx) => {
    const before = await repo.findSettings(tx, city.code);
    if ((before?.version ?? 0) !== input.version || !(await repo.saveSettings(tx, city.code, next, actor.userId, input.version, deps.clock.now()))) {
      throw new AppError('CONFLICT', [{ path: 'version', message: '规则已被他人修改，请刷新后重试' }]);
    }
    const result = await reconcile(tx, deps);
    const changedEntities = [...result.changed].filter((id) => result.pathOf.get(id)?.startsWith(city.path)).length;
    await recordAudit(tx, ctx, deps.clock, {
      action: 'registry.settings.update', entityType: 'city', entityId: city.code, regionPath: city.path,
      summary: `修改${city.name}基础底册规则（管行业管党建、来源优先级），重新套用后${changedEntities}个主体发生变化`,
      diff: { before: before ?? DEFAULT_CITY_SETTINGS, after: next, changedEntities },
    });
    return { ...toContract(city, next, input.version + 1, false), changedEntities };
  });
}
