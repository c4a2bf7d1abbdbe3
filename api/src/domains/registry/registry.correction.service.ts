/** Hand corrections (人工更正) of an entry's fields and assignment, each with a reason; they survive re-resolution. */
import { AppError, maskPhone, normalisePhone, type RegistryEntityDetail, type RegistryEntityPatch } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { canUseRegionPath, type Actor, type RequestContext } from '../../platform/scope.js';
import { foldForSearch } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { parseCode } from './engine/codes.js';
import { correctionSource, manualSources, type Manual } from './registry-manual.js';
import * as repo from './registry.repository.js';
import { getEntity, notFound } from './registry.service.js';

type Source = { value: string; department: string; sourceRowId: string | null };
const CHANGES = ['ledger', 'committee', 'regionCode', 'partyCoverage', 'name', 'creditCode', 'legalRepresentative', 'phone', 'address', 'foundedOn'] as const;

export async function patchEntity(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, body: RegistryEntityPatch): Promise<RegistryEntityDetail> {
  if (!CHANGES.some((k) => body[k] !== undefined)) throw new AppError('VALIDATION_FAILED', [{ path: 'body', message: '请至少更正一项（名称、代码、台账、行业党委、经营地或党组织覆盖等）' }]);
  const code = body.creditCode === undefined ? undefined : parseCode(body.creditCode).credit;
  if (code === null) throw new AppError('REGISTRY_CODE_INVALID', [{ path: 'creditCode', message: `统一社会信用代码（creditCode）“${body.creditCode}”校验位不正确` }]);
  const phone = body.phone === undefined ? undefined : normalisePhone(body.phone);
  if (phone !== undefined && !/^\d{7,12}$/.test(phone)) throw new AppError('VALIDATION_FAILED', [{ path: 'phone', message: `联系电话（phone）“${body.phone}”不是有效的电话号码` }]);
  await deps.db.transaction(async (tx) => {
    const row = await repo.findEntity(tx, actor, id);
    if (!row) throw notFound();
    const now = deps.clock.now();
    const by: Source['department'] = correctionSource(actor.displayName, now.toISOString().slice(0, 10), body.reason);
    const manual = { ...(row.e.manual as Manual) };
    const provenance = { ...(row.e.provenance as Record<string, Source>) };
    const patch: Partial<repo.EntityInsert> = { updatedAt: now };
    const hand = (key: string, value: string) => { provenance[key] = { value, department: by, sourceRowId: null }; };
    if (body.ledger) patch.ledger = manual.ledger = body.ledger;
    if (body.committee) patch.committee = manual.committee = body.committee.trim();
    if (body.regionCode) {
      const region = (await repo.regionNodes(tx)).find((n) => n.code === body.regionCode);
      if (!region || !canUseRegionPath(actor, region.path)) throw new AppError('REGION_OUT_OF_SCOPE', [{ path: 'regionCode', message: '所选经营地区划不在您的管辖范围内' }]);
      patch.regionCode = manual.regionCode = region.code;
      patch.regionPath = region.path;
    }
    if (body.partyCoverage) patch.partyCoverage = body.partyCoverage;
    if (body.name) { patch.name = manual.name = body.name.trim(); patch.nameSearch = foldForSearch(patch.name); hand('name', patch.name); }
    if (code) { patch.creditCode = manual.creditCode = code; hand('code', code); }
    if (body.legalRepresentative) { patch.legalRepresentative = manual.legalRepresentative = body.legalRepresentative.trim(); hand('legalRep', patch.legalRepresentative); }
    if (phone) {
      patch.phoneEnc = manual.phoneEnc = deps.cipher.encrypt(phone);
      patch.phoneMasked = manual.phoneMasked = maskPhone(phone);
      hand('phone', patch.phoneMasked);
    }
    if (body.address) { patch.address = manual.address = body.address.trim(); hand('address', patch.address); }
    if (body.foundedOn) { patch.foundedOn = manual.foundedOn = body.foundedOn; hand('founded', body.foundedOn); }
    // sources that disagreed only on fields a person has now settled no longer call for a check
    const open = Object.keys(row.e.conflicts as object).filter((k) => !manualSources(manual).has(k) && (k !== 'name' || ((row.e.conflicts as Record<string, unknown[]>).name?.length ?? 0) > 1));
    if (row.e.verification === 'conflict' && open.length === 0) patch.verification = 'unverified';
    patch.manual = manual;
    patch.provenance = provenance;
    const updated = await repo.updateEntity(tx, id, body.version, patch);
    if (!updated) throw new AppError('CONFLICT', [{ path: 'version', message: '该主体已被他人修改，请刷新后重试' }]);
    const { phone: _phone, ...audited } = body;
    await recordAudit(tx, ctx, deps.clock, {
      action: 'registry.entity.update', entityType: 'registry_entity', entityId: id, regionPath: updated.regionPath,
      summary: `人工更正底册主体“${updated.name}”：${body.reason}`, diff: { ...audited, ...(phone ? { phone: maskPhone(phone) } : {}) },
    });
  });
  return getEntity(deps, actor, id);
}
