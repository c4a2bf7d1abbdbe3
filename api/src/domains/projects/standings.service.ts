import { toRegionDate } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import { aggregate, type Party } from './evaluation-rules.js';
import { cityCodeOfCode } from '@wushe/common';
import { settingsFor } from './evaluation.service.js';
import * as evalRepo from './evaluations.repository.js';

export interface Standing { redListed: boolean; blackListed: boolean; latestGrade: string | null }

/**
 * Red/black list standing and latest 考榜 grade per organisation, for the calls domain's eligibility rules.
 * `asOf` ('YYYY-MM-DD') should come from deps.clock; without it the database's current date is used.
 */
export async function findStandings(tx: Executor, orgIds: string[], asOf?: string): Promise<Map<string, Standing>> {
  const ids = [...new Set(orgIds)];
  const { entries, grades } = await evalRepo.standingsOf(tx, ids, asOf ?? null);
  const out = new Map<string, Standing>(ids.map((id) => [id, { redListed: false, blackListed: false, latestGrade: null }]));
  for (const e of entries) {
    const s = out.get(e.organisationId)!;
    if (e.list === 'red') s.redListed = true;
    if (e.list === 'black') s.blackListed = true;
  }
  for (const g of grades) out.get(g.organisationId)!.latestGrade = g.grade;
  return out;
}

/** Public 考榜 results: project, organisation, total, grade and each party's mean — never who scored. */
export async function publicEvaluations(deps: AppDeps, q: { page?: number; pageSize?: number }) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const { items, total } = await evalRepo.listPublicEvaluations(deps.db, pageSize, (page - 1) * pageSize);
  const out = [];
  for (const it of items) {
    const settings = await settingsFor(deps.db, cityCodeOfCode(it.regionCode));
    const scores = await evalRepo.listScores(deps.db, it.projectId);
    const result = aggregate(scores.map((s) => ({ party: s.party as Party, score: s.score })), settings);
    out.push({
      projectNumber: it.number, title: it.title, organisationName: it.organisationName, regionName: it.regionName, total: (it.totalHundredths ?? 0) / 100,
      grade: it.grade ?? '', parties: result.parties, evaluatedOn: it.evaluatedAt ? toRegionDate(it.evaluatedAt) : '',
    });
  }
  return { items: out, total, page, pageSize };
}

/** Public 红榜/黑榜: entries still valid today. */
export async function publicStandings(deps: AppDeps, q: { list?: string; page?: number; pageSize?: number }) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const { items, total } = await evalRepo.listPublicStandings(deps.db, q.list, toRegionDate(deps.clock.now()), pageSize, (page - 1) * pageSize);
  return {
    items: items.map((r) => ({ organisationName: r.organisationName, list: r.entry.list, reasonKind: r.entry.reasonKind, reason: r.entry.reason, listedOn: r.entry.listedOn, validUntil: r.entry.validUntil })),
    total, page, pageSize,
  };
}
