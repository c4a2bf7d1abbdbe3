import { AppError, cityCodeOfCode, newId } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { loadProject, recordStep, today } from './project-context.js';
import {
  addMonths, aggregate, checkSettings, DEFAULT_SETTINGS, GRADE_ZH, LISTING_MONTHS, listingForGrade, PARTY_ZH, partyOfRole,
  type EvaluationSettings, type Party,
} from './evaluation-rules.js';
import { moveProject } from './projects.service.js';
import * as evalRepo from './evaluations.repository.js';

/** The city a region belongs to: the first four digits of its statistical code. */

export async function settingsFor(db: Executor, cityCode: string): Promise<EvaluationSettings> {
  const row = await evalRepo.findSettings(db, cityCode);
  if (!row) return DEFAULT_SETTINGS;
  return {
    weights: { party_org: row.wPartyOrg, residents: row.wResidents, departments: row.wDepartments, experts: row.wExperts },
    thresholds: { excellent: row.tExcellent, good: row.tGood, pass: row.tPass },
  };
}

export async function getSettings(deps: AppDeps, actor: Actor, cityCode: string) {
  assertCity(actor, cityCode);
  return settingsFor(deps.db, cityCode);
}

function assertCity(actor: Actor, cityCode: string) {
  // A city official sets their own city's weights; the platform admin any city's.
  if (actor.dataScope !== 'all' && actor.regionCode !== cityCode) throw new AppError('NOT_FOUND');
}

export async function putSettings(deps: AppDeps, ctx: RequestContext, actor: Actor, cityCode: string, s: EvaluationSettings) {
  assertCity(actor, cityCode);
  const errors = checkSettings(s);
  if (errors.length) throw new AppError('EVALUATION_SETTINGS_INVALID', errors);
  await deps.db.transaction(async (tx) => {
    const before = await settingsFor(tx, cityCode);
    await evalRepo.upsertSettings(tx, {
      cityCode, wPartyOrg: s.weights.party_org, wResidents: s.weights.residents, wDepartments: s.weights.departments, wExperts: s.weights.experts,
      tExcellent: s.thresholds.excellent, tGood: s.thresholds.good, tPass: s.thresholds.pass, updatedBy: actor.userId, updatedAt: deps.clock.now(),
    });
    await recordAudit(tx, ctx, deps.clock, { action: 'projects.settings', entityType: 'evaluation_settings', entityId: cityCode, regionPath: actor.regionPath, summary: '修改考榜权重与等级分数线', diff: { before, after: s } });
  });
  return s;
}

/** The evaluation as the actor sees it: party means so far, the provisional total and their own score. */
export async function getEvaluation(deps: AppDeps, actor: Actor, id: string, origin: string) {
  const p = await loadProject(deps.db, deps, actor, id);
  const settings = await settingsFor(deps.db, cityCodeOfCode(p.project.regionCode));
  const scores = await evalRepo.listScores(deps.db, id);
  const result = aggregate(scores.map((s) => ({ party: s.party as Party, score: s.score })), settings);
  const mine = scores.find((s) => s.scorerUserId === actor.userId);
  return {
    status: p.project.status, parties: result.parties, total: p.project.totalHundredths !== null ? p.project.totalHundredths / 100 : result.total,
    grade: p.project.grade ?? result.grade, missing: result.missing, finalised: p.project.totalHundredths !== null,
    myParty: partyOfRole(actor.role), myScore: mine?.score ?? null, ratingUrl: `${origin}/rate/${p.project.ratingToken}`,
  };
}

/** A logged-in scorer (party organisation, department, expert) scores once. Residents score through 码上评. */
export async function scoreProject(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, input: { score: number; comment?: string }) {
  const party = partyOfRole(actor.role);
  if (!party || party === 'residents') throw new AppError('FORBIDDEN');
  await deps.db.transaction(async (tx) => {
    const p = await loadProject(tx, deps, actor, id);
    await insertScore(tx, deps, ctx, p.project, party, input, { userId: actor.userId });
  });
}

/** Records one score; the unique indexes back up the check against a double submit racing in. */
export async function insertScore(
  tx: Executor, deps: AppDeps, ctx: RequestContext, project: { id: string; regionPath: string; status: string },
  party: Party, input: { score: number; comment?: string }, by: { userId?: string; phoneHash?: string },
) {
  if (project.status !== 'evaluating') throw new AppError('EVALUATION_NOT_OPEN');
  if (await evalRepo.findScoreBy(tx, project.id, by)) throw new AppError('EVALUATION_ALREADY_SCORED');
  await evalRepo.insertScore(tx, {
    id: newId(deps.clock.now().getTime()), projectId: project.id, party, score: input.score, comment: input.comment?.trim() || null,
    scorerUserId: by.userId ?? null, phoneHash: by.phoneHash ?? null, createdAt: deps.clock.now(),
  });
  await recordStep(tx, deps, ctx, project, 'score', `${PARTY_ZH[party]}提交考榜评分`);
}

/**
 * Finalises 考榜: all four parties must have scored. Writes the result on the project and on the organisation's
 * record, and lists the organisation on the 红榜 (优秀) or 黑榜 (不合格).
 */
export async function finaliseEvaluation(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string) {
  await deps.db.transaction(async (tx) => {
    const p = await loadProject(tx, deps, actor, id);
    if (p.project.status !== 'evaluating') throw new AppError('PROJECT_ILLEGAL_TRANSITION', [{ path: 'action', message: '项目不在考榜评价阶段' }]);
    const settings = await settingsFor(tx, cityCodeOfCode(p.project.regionCode));
    const scores = await evalRepo.listScores(tx, id);
    const result = aggregate(scores.map((s) => ({ party: s.party as Party, score: s.score })), settings);
    if (result.missing.length) {
      throw new AppError('EVALUATION_INCOMPLETE', result.missing.map((m) => ({ path: `parties.${m}`, message: `${PARTY_ZH[m]}尚未评分` })));
    }
    const totalHundredths = Math.round(result.total * 100);
    const now = deps.clock.now();
    const day = today(deps);
    await moveProject(tx, deps, ctx, p.project, 'finalise', { totalHundredths, grade: result.grade, evaluatedAt: now }, `综合得分${result.total.toFixed(2)}分，等级${GRADE_ZH[result.grade]}`);
    await evalRepo.insertOrganisationEvaluation(tx, { id: newId(now.getTime()), organisationId: p.project.organisationId, projectId: id, totalHundredths, grade: result.grade, evaluatedOn: day, createdAt: now });
    const list = listingForGrade(result.grade);
    if (list) {
      await evalRepo.insertStanding(tx, {
        id: newId(now.getTime()), organisationId: p.project.organisationId, list, reasonKind: list === 'red' ? 'evaluation_excellent' : 'evaluation_failed',
        reason: `承接项目“${p.project.title}”考榜${GRADE_ZH[result.grade]}（${result.total.toFixed(2)}分）`, projectId: id, listedOn: day, validUntil: addMonths(day, LISTING_MONTHS[list]),
      });
      await recordStep(tx, deps, ctx, p.project, `standing_${list}`, `承接组织列入${list === 'red' ? '红榜' : '黑榜'}`);
    }
  });
}
