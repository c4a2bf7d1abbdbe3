import { AppError, isValidPhone, maskPhone, newId, normalisePhone, toRegionDate, type Need, type NeedInput, type NeedListQuery, type NeedPage, type NeedStatusCounts, type SimilarNeed } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import { canUseRegionPath, type Actor, type RequestContext } from '../../platform/scope.js';
import { foldForSearch } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { findRegion, findVisibleRegion } from '../regions/index.js';
import { rankDuplicates } from './duplicate-rules.js';
import { communityPathOf, needAuditView, nextNeedNumber, toNeed } from './needs-mapper.js';
import { canReceiveMerge } from './needs-rules.js';
import { transitionNeed } from './needs-transition.js';
import * as repo from './needs.repository.js';
import * as support from './needs-support.repository.js';

/** Free-text searches count at most this many matches (shown as 至少500条): a province-wide LIKE must not scan a million rows. */
export const COUNT_CAP = 500;

export async function toFilter(deps: AppDeps, actor: Actor, q: { q?: string; regionCode?: string; category?: string; status?: string; source?: string }): Promise<repo.NeedFilter> {
  const f: repo.NeedFilter = { category: q.category, status: q.status, source: q.source };
  const text = q.q?.trim();
  if (text) f.textFolded = foldForSearch(text);
  if (q.regionCode) {
    const region = await findVisibleRegion(deps.db, actor, q.regionCode);
    f.regionPath = region?.path ?? '/no-such-region/';
  }
  return f;
}

/**
 * The subtree roots whose maintained counts equal the actor's scoped total, or null when the scope is not a set of
 * subtrees (own needs, assigned needs, one region level) and must be counted directly (those are small).
 */
export function countRoots(actor: Actor, regionPath: string | undefined): string[] | 'roots' | null {
  if (repo.isAssessorActor(actor)) return null;
  if (regionPath) return actor.dataScope === 'all' || actor.dataScope === 'region_and_below' || actor.dataScope === 'custom' ? [regionPath] : null;
  if (actor.dataScope === 'all') return 'roots';
  if (actor.dataScope === 'region_and_below') return actor.regionPath ? [actor.regionPath] : null;
  if (actor.dataScope === 'custom') return actor.customRegionPaths.filter((p) => !actor.customRegionPaths.some((o) => o !== p && p.startsWith(o)));
  return null;
}

async function totalOf(deps: AppDeps, actor: Actor, f: repo.NeedFilter): Promise<{ total: number; lowerBound: boolean }> {
  const roots = f.textFolded ? null : countRoots(actor, f.regionPath);
  if (roots !== null) {
    const rows = roots !== 'roots' && roots.length === 0 ? [] : await support.countsAt(deps.db, roots, f);
    return { total: rows.reduce((s, r) => s + Number(r.n), 0), lowerBound: false };
  }
  const n = await repo.countNeedsCapped(deps.db, actor, f, COUNT_CAP);
  return { total: n, lowerBound: n >= COUNT_CAP };
}

export async function listNeeds(deps: AppDeps, actor: Actor, q: NeedListQuery): Promise<NeedPage> {
  const pageSize = q.pageSize ?? 20;
  const f = await toFilter(deps, actor, q);
  const rows = await repo.listNeeds(deps.db, actor, f, pageSize, q.after);
  const { total, lowerBound } = await totalOf(deps, actor, f);
  return { items: rows.map(toNeed), total, totalIsLowerBound: lowerBound, nextCursor: rows.length === pageSize ? rows[rows.length - 1]!.need.id : null };
}

/** Per-status counts of the actor's scope (or a visible region in it) and of each child region. */
export async function statusCounts(deps: AppDeps, actor: Actor, q: { regionCode?: string; category?: string; source?: string }): Promise<NeedStatusCounts> {
  const f = await toFilter(deps, actor, q);
  const roots = countRoots(actor, f.regionPath);
  if (roots === null) return { regionCode: q.regionCode ?? null, total: await repo.countByStatusDirect(deps.db, actor, f), children: [] };
  const sum = (rows: { status: string; n: string }[]) => Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  const total = roots !== 'roots' && roots.length === 0 ? {} : sum(await support.countsAt(deps.db, roots, f));
  const parent = roots === 'roots' ? null : roots.length === 1 ? roots[0]! : undefined;
  const children = new Map<string, NeedStatusCounts['children'][number]>();
  if (parent !== undefined) {
    for (const r of await support.childCounts(deps.db, parent, f)) {
      const c = children.get(r.regionCode) ?? { regionCode: r.regionCode, regionName: r.regionName, counts: {} };
      c.counts[r.status] = Number(r.n);
      children.set(r.regionCode, c);
    }
  }
  return { regionCode: q.regionCode ?? actor.regionCode, total, children: [...children.values()] };
}

/** Resolves a need's region for writing: a community/village or a grid under it, in the actor's reach. */
async function writableNeedRegion(tx: Executor, actor: Actor, code: string) {
  const r = await findRegion(tx, code);
  // Residents (仅本人) record needs in their own community, which their account is anchored to.
  const ownCommunity = actor.dataScope === 'self' && !!actor.regionPath && !!r && r.path.startsWith(communityPathOf(actor.regionPath));
  if (!r || !(canUseRegionPath(actor, r.path) || ownCommunity)) throw new AppError('REGION_OUT_OF_SCOPE', [{ path: 'regionCode', message: '所选社区（regionCode）不存在或不在您的范围内' }]);
  if (r.level < 5) throw new AppError('NEED_REGION_INVALID', [{ path: 'regionCode', message: '需求须登记到社区（村）或网格（regionCode）' }]);
  return r;
}

function checkedPhone(raw: string | null | undefined): string | null {
  if (!raw?.trim()) return null;
  const p = normalisePhone(raw);
  if (!isValidPhone(p)) throw new AppError('VALIDATION_FAILED', [{ path: 'contactPhone', message: '联系电话（contactPhone）格式不正确' }]);
  return p;
}

/** Records a need (点单, 入户走访, …) and returns it with the similar open needs of its community. */
export async function createNeed(deps: AppDeps, ctx: RequestContext, actor: Actor, input: NeedInput): Promise<{ need: Need; similar: SimilarNeed[] }> {
  if (actor.role === 'resident' && input.source !== 'resident_order') throw new AppError('VALIDATION_FAILED', [{ path: 'source', message: '居民提交的需求来源（source）只能是「居民点单」' }]);
  const phone = checkedPhone(input.contactPhone);
  const id = await deps.db.transaction(async (tx) => {
    const region = await writableNeedRegion(tx, actor, input.regionCode);
    const now = deps.clock.now();
    const prefix = `XQ${toRegionDate(now).replaceAll('-', '')}-`;
    const row: repo.NeedInsert = {
      id: newId(now.getTime()), number: nextNeedNumber(prefix, await repo.lastNumberOfDay(tx, prefix)),
      title: input.title.trim(), description: input.description.trim(), textSearch: foldForSearch(`${input.title} ${input.description}`),
      category: input.category, regionCode: region.code, regionPath: region.path, source: input.source, urgency: input.urgency,
      peopleAffected: input.peopleAffected, contactName: input.contactName?.trim() || null,
      contactPhoneEnc: phone ? deps.cipher.encrypt(phone) : null, contactPhoneHash: phone ? deps.cipher.blindIndex(phone) : null,
      contactPhoneMasked: phone ? maskPhone(phone) : null, createdBy: actor.userId, createdAt: now, updatedAt: now,
    };
    await repo.insertNeeds(tx, [row]);
    await support.adjustCounts(tx, [{ key: { regionPath: region.path, status: 'submitted', category: row.category, source: row.source }, delta: 1 }]);
    await support.insertEvents(tx, [{ id: newId(now.getTime()), needId: row.id, at: now, action: 'submit', actorId: actor.userId, actorName: actor.displayName, fromStatus: null, toStatus: 'submitted', note: null }]);
    await recordAudit(tx, ctx, deps.clock, { action: 'needs.create', entityType: 'need', entityId: row.id, regionPath: region.path, summary: `登记需求：${row.number} ${row.title}`, diff: { after: needAuditView(row) } });
    return row.id;
  });
  const need = await getNeed(deps, actor, id);
  return { need, similar: await similarNeeds(deps, actor, id) };
}

export async function getNeed(deps: AppDeps, actor: Actor, id: string): Promise<Need> {
  const row = await repo.findNeed(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  return toNeed(row);
}

/** Open needs of the same category in the same community whose text is similar (繁/简 folded). */
export async function similarNeeds(deps: AppDeps, actor: Actor, id: string): Promise<SimilarNeed[]> {
  const row = await repo.findNeed(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const candidates = await repo.duplicateCandidates(deps.db, actor, communityPathOf(row.need.regionPath), row.need.category, id, 300);
  return rankDuplicates(row.need.textSearch, candidates).map(({ textSearch: _t, ...c }) => ({ ...c, status: c.status as SimilarNeed['status'] }));
}

/** Merges a duplicate into another need of the same community and category; the target counts the askers. */
export async function mergeNeed(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, intoId: string, version: number): Promise<Need> {
  await deps.db.transaction(async (tx) => {
    const locked = await repo.lockNeeds(tx, actor, [id, intoId]);
    const source = locked.find((n) => n.id === id);
    const target = locked.find((n) => n.id === intoId);
    if (!source || !target) throw new AppError('NOT_FOUND');
    if (id === intoId || source.category !== target.category || communityPathOf(source.regionPath) !== communityPathOf(target.regionPath) || !canReceiveMerge(target.status as never)) {
      throw new AppError('NEED_MERGE_INVALID', [{ path: 'intoId', message: `不能合并到需求${target.number}：须同一社区、同一类别且尚在办理中` }]);
    }
    await transitionNeed(tx, { ctx, clock: deps.clock, actor }, source, 'merge', { mergedIntoId: target.id }, `合并到 ${target.number}`, version);
    const requestCount = target.requestCount + source.requestCount;
    if (!(await repo.updateNeed(tx, target.id, target.version, { requestCount, peopleAffected: Math.max(target.peopleAffected, source.peopleAffected), updatedAt: deps.clock.now() }))) throw new AppError('CONFLICT');
    const now = deps.clock.now();
    await support.insertEvents(tx, [{ id: newId(now.getTime()), needId: target.id, at: now, action: 'absorb', actorId: actor.userId, actorName: actor.displayName, fromStatus: null, toStatus: null, note: `合并 ${source.number}，累计${requestCount}人次提出` }]);
  });
  return getNeed(deps, actor, intoId);
}
