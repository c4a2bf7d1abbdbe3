import { AppError, isValidPhone, normaliseCreditCode, normalisePhone, toRegionDate, type Organisation, type OrganisationInput, type OrganisationListQuery, type OrganisationPatch } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import { canUseRegionPath, type Actor, type RequestContext } from '../../platform/scope.js';
import { foldForSearch } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { findRegion, findVisibleRegion } from '../regions/index.js';
import { checkOrganisation } from './organisation-rules.js';
import { auditView, diffOf, nameSearchOf, newOrganisationRow, phoneColumns, toOrganisation } from './organisation-mapper.js';
import * as repo from './organisations.repository.js';

/** Turns the list query into repository filters; a region outside the scope simply matches nothing. */
export async function toFilter(deps: AppDeps, actor: Actor, q: OrganisationListQuery): Promise<repo.OrganisationFilter> {
  const f: repo.OrganisationFilter = { type: q.type, status: q.status, domain: q.domain };
  const text = q.q?.trim();
  if (text) {
    f.nameFolded = foldForSearch(text);
    const code = normaliseCreditCode(text);
    if (/^[0-9A-Z]{18}$/.test(code)) f.creditCode = code;
    const phone = normalisePhone(text);
    if (/^[\d\s\-+()（）]+$/.test(text) && isValidPhone(phone)) f.phoneHash = deps.cipher.blindIndex(phone);
  }
  if (q.regionCode) {
    const region = await findVisibleRegion(deps.db, actor, q.regionCode);
    f.regionPath = region?.path ?? '\u0000no-such-region/';
  }
  return f;
}

export async function listOrganisations(deps: AppDeps, actor: Actor, q: OrganisationListQuery) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const { items, total } = await repo.listOrganisations(deps.db, actor, await toFilter(deps, actor, q), pageSize, (page - 1) * pageSize);
  return { items: items.map(toOrganisation), total, page, pageSize };
}

export async function getOrganisation(deps: AppDeps, actor: Actor, id: string): Promise<Organisation> {
  const row = await repo.findOrganisation(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  return toOrganisation(row);
}

/** Resolves a region for writing: it must exist and lie in the actor's scope. */
async function writableRegionPath(tx: Executor, actor: Actor, code: string, field: string): Promise<string> {
  const r = await findRegion(tx, code);
  if (!r || !canUseRegionPath(actor, r.path)) throw new AppError('REGION_OUT_OF_SCOPE', [{ path: field, message: `所选区划（${field}）不存在或不在您的管辖范围内` }]);
  return r.path;
}

/** Validates with the business rules; throws VALIDATION_FAILED naming each field. */
function checked(deps: AppDeps, input: OrganisationInput) {
  const r = checkOrganisation(input, toRegionDate(deps.clock.now()));
  if (r.errors.length) {
    const code = r.errors.every((e) => e.path === 'creditCode') ? (input.creditCode ? 'CREDIT_CODE_INVALID' : 'CREDIT_CODE_REQUIRED') : 'VALIDATION_FAILED';
    throw new AppError(code, r.errors);
  }
  return r;
}

/** Registers an organisation; the credit code is unique across the whole platform. */
export async function createOrganisation(deps: AppDeps, ctx: RequestContext, actor: Actor, input: OrganisationInput): Promise<Organisation> {
  const { creditCode, phone, name } = checked(deps, input);
  const id = await deps.db.transaction(async (tx) => {
    const registrationRegionPath = await writableRegionPath(tx, actor, input.registrationRegionCode, 'registrationRegionCode');
    const operatingRegionPath = await writableRegionPath(tx, actor, input.operatingRegionCode, 'operatingRegionCode');
    if (creditCode && (await repo.findByCreditCode(tx, creditCode))) throw new AppError('DUPLICATE_CREDIT_CODE', [{ path: 'creditCode', message: '统一社会信用代码（creditCode）已登记' }]);
    const now = deps.clock.now();
    const row = newOrganisationRow(deps.cipher, input, { name, creditCode, phone, registrationRegionPath, operatingRegionPath, createdBy: actor.userId, now });
    await repo.insertOrganisations(tx, [row]);
    await recordAudit(tx, ctx, deps.clock, { action: 'organisations.create', entityType: 'organisation', entityId: row.id, regionPath: operatingRegionPath, summary: `登记组织：${name}`, diff: { after: auditView(row) } });
    return row.id;
  });
  return getOrganisation(deps, actor, id);
}

/** Edits an organisation in scope, if nobody changed it since `version` was read. */
export async function updateOrganisation(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, patch: OrganisationPatch & { version: number }): Promise<Organisation> {
  await deps.db.transaction(async (tx) => {
    const current = await repo.findOrganisation(tx, actor, id);
    if (!current) throw new AppError('NOT_FOUND');
    const before = toOrganisation(current);
    const merged: OrganisationInput = {
      name: patch.name ?? before.name, creditCode: patch.creditCode !== undefined ? patch.creditCode : before.creditCode, type: patch.type ?? before.type,
      serviceDomains: patch.serviceDomains ?? before.serviceDomains, isHub: patch.isHub ?? before.isHub, isBrand: patch.isBrand ?? before.isBrand,
      registrationRegionCode: patch.registrationRegionCode ?? before.registrationRegionCode, operatingRegionCode: patch.operatingRegionCode ?? before.operatingRegionCode,
      legalRepresentative: patch.legalRepresentative !== undefined ? patch.legalRepresentative : before.legalRepresentative,
      phone: null, address: patch.address !== undefined ? patch.address : before.address,
      foundedOn: patch.foundedOn !== undefined ? patch.foundedOn : before.foundedOn, grade: patch.grade !== undefined ? patch.grade : before.grade,
      gradeValidUntil: patch.gradeValidUntil !== undefined ? patch.gradeValidUntil : before.gradeValidUntil,
    };
    const { creditCode, phone, name } = checked(deps, { ...merged, phone: patch.phone ?? null });
    const set: Partial<repo.OrganisationInsert> = { ...merged, name, nameSearch: nameSearchOf(name), creditCode, updatedAt: deps.clock.now() };
    delete (set as { phone?: unknown }).phone;
    if (patch.phone !== undefined) Object.assign(set, phoneColumns(deps.cipher, phone));
    if (merged.registrationRegionCode !== current.org.registrationRegionCode) set.registrationRegionPath = await writableRegionPath(tx, actor, merged.registrationRegionCode, 'registrationRegionCode');
    if (merged.operatingRegionCode !== current.org.operatingRegionCode) set.operatingRegionPath = await writableRegionPath(tx, actor, merged.operatingRegionCode, 'operatingRegionCode');
    if (creditCode && creditCode !== current.org.creditCode && (await repo.findByCreditCode(tx, creditCode))) {
      throw new AppError('DUPLICATE_CREDIT_CODE', [{ path: 'creditCode', message: '统一社会信用代码（creditCode）已登记' }]);
    }
    if (!(await repo.updateOrganisation(tx, id, patch.version, set))) throw new AppError('CONFLICT');
    const diff = diffOf(auditView(current.org), auditView(set));
    delete diff.before.updatedAt; delete diff.after.updatedAt;
    await recordAudit(tx, ctx, deps.clock, { action: 'organisations.update', entityType: 'organisation', entityId: id, regionPath: set.operatingRegionPath ?? current.org.operatingRegionPath, summary: `修改组织：${name}`, diff });
  });
  return getOrganisation(deps, actor, id);
}

/** Marks an organisation deactivated (注销); the record stays for history. */
export async function deactivateOrganisation(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string): Promise<Organisation> {
  await deps.db.transaction(async (tx) => {
    const current = await repo.findOrganisation(tx, actor, id);
    if (!current) throw new AppError('NOT_FOUND');
    if (current.org.status === 'inactive') throw new AppError('ORGANISATION_INACTIVE');
    await repo.updateOrganisation(tx, id, current.org.version, { status: 'inactive', updatedAt: deps.clock.now() });
    await recordAudit(tx, ctx, deps.clock, { action: 'organisations.deactivate', entityType: 'organisation', entityId: id, regionPath: current.org.operatingRegionPath, summary: `注销组织：${current.org.name}`, diff: { before: { status: 'active' }, after: { status: 'inactive' } } });
  });
  return getOrganisation(deps, actor, id);
}

/** The unmasked phone of an organisation in scope; every reveal is audited. */
export async function revealPhone(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string): Promise<{ value: string | null }> {
  return deps.db.transaction(async (tx) => {
    const row = await repo.findOrganisation(tx, actor, id);
    if (!row) throw new AppError('NOT_FOUND');
    await recordAudit(tx, ctx, deps.clock, { action: 'pii.view', entityType: 'organisation', entityId: id, regionPath: row.org.operatingRegionPath, summary: `查看完整联系电话：${row.org.name}` });
    return { value: row.org.phoneEnc ? deps.cipher.decrypt(row.org.phoneEnc) : null };
  });
}
