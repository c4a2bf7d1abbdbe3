import { maskPhone, newId, toRegionDate, type NeedSource, type NeedUrgency } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import { foldForSearch } from '../../platform/text.js';
import { findRegions } from '../regions/index.js';
import { nextNeedStatus, suggestPriority } from './needs-rules.js';
import * as repo from './needs.repository.js';
import * as support from './needs-support.repository.js';

/** One demo need and how far through 评榜 it has gone. */
export interface NeedSeed {
  title: string; description: string; category: string; regionCode: string; source: NeedSource; urgency: NeedUrgency; peopleAffected: number;
  contactName?: string; contactPhone?: string; createdBy: { id: string; name: string }; hoursAgo: number;
  assess?: { assessor: { id: string; name: string }; scores: [number, number, number, string] | null }[];
  decision?: { decision: 'accept' | 'reject' | 'answer'; priority?: number; reason?: string; by: { id: string; name: string } };
}

/**
 * Writes demo needs as the services would (numbers, counts, timeline, assessments), inside the seed's transaction.
 * Transitions go through the same state machine, so a seed can never hold a state the app could not reach.
 */
export async function seedNeeds(tx: Executor, deps: AppDeps, seeds: NeedSeed[]): Promise<string[]> {
  const paths = new Map((await findRegions(tx, [...new Set(seeds.map((s) => s.regionCode))])).map((r) => [r.code, r.path]));
  const perDay = new Map<string, number>();
  const ids: string[] = [];
  const base = deps.clock.now().getTime();
  for (const s of [...seeds].sort((a, b) => b.hoursAgo - a.hoursAgo)) {
    const at = new Date(base - s.hoursAgo * 3_600_000);
    const prefix = `XQ${toRegionDate(at).replaceAll('-', '')}-`;
    const serial = (perDay.get(prefix) ?? 0) + 1;
    perDay.set(prefix, serial);
    const regionPath = paths.get(s.regionCode);
    if (!regionPath) throw new Error(`demo need in unknown region ${s.regionCode}`);
    const phone = s.contactPhone ?? null;
    const row: repo.NeedInsert = {
      id: newId(at.getTime()), number: `${prefix}${String(serial).padStart(4, '0')}`, title: s.title, description: s.description,
      textSearch: foldForSearch(`${s.title} ${s.description}`), category: s.category, regionCode: s.regionCode, regionPath, source: s.source, urgency: s.urgency,
      peopleAffected: s.peopleAffected, contactName: s.contactName ?? null, contactPhoneEnc: phone ? deps.cipher.encrypt(phone) : null,
      contactPhoneHash: phone ? deps.cipher.blindIndex(phone) : null, contactPhoneMasked: phone ? maskPhone(phone) : null,
      createdBy: s.createdBy.id, createdAt: at, updatedAt: at,
    };
    const events: support.NeedEventInsert[] = [{ id: newId(at.getTime()), needId: row.id, at, action: 'submit', actorId: s.createdBy.id, actorName: s.createdBy.name, fromStatus: null, toStatus: 'submitted', note: null }];
    let status: 'submitted' | 'assessing' | 'accepted' | 'rejected' | 'answered' = 'submitted';
    const step = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
    const assessments: support.AssessmentInsert[] = [];
    if (s.assess?.length) {
      status = nextNeedStatus(status, 'assign') as 'assessing';
      events.push({ id: newId(step(60).getTime()), needId: row.id, at: step(60), action: 'assign', actorId: s.decision?.by.id ?? null, actorName: s.decision?.by.name ?? null, fromStatus: 'submitted', toStatus: 'assessing', note: `评估人：${s.assess.map((a) => a.assessor.name).join('、')}` });
      for (const a of s.assess) {
        const sc = a.scores;
        assessments.push({ id: newId(step(61).getTime()), needId: row.id, assessorId: a.assessor.id, status: sc ? 'submitted' : 'assigned', assignedAt: step(60), submittedAt: sc ? step(180) : null, ...(sc ? { importance: sc[0], urgency: sc[1], feasibility: sc[2], comment: sc[3] } : {}) });
        if (sc) events.push({ id: newId(step(180).getTime()), needId: row.id, at: step(180), action: 'score', actorId: a.assessor.id, actorName: a.assessor.name, fromStatus: null, toStatus: null, note: `重要性${sc[0]} 紧迫性${sc[1]} 可行性${sc[2]}` });
      }
    }
    if (s.decision) {
      const to = nextNeedStatus(status, s.decision.decision)!;
      const scored = assessments.filter((a) => a.importance).map((a) => ({ importance: a.importance!, urgency: a.urgency!, feasibility: a.feasibility! }));
      const priority = s.decision.decision === 'accept' ? (s.decision.priority ?? suggestPriority(scored)?.priority ?? 2) : null;
      Object.assign(row, { priority, decisionReason: s.decision.reason ?? null });
      events.push({ id: newId(step(240).getTime()), needId: row.id, at: step(240), action: s.decision.decision, actorId: s.decision.by.id, actorName: s.decision.by.name, fromStatus: status, toStatus: to, note: s.decision.reason ?? (priority ? `优先级${priority}` : null) });
      status = to as typeof status;
    }
    row.status = status;
    await repo.insertNeeds(tx, [row]);
    await support.insertAssessments(tx, assessments);
    await support.insertEvents(tx, events);
    await support.adjustCounts(tx, [{ key: { regionPath, status, category: row.category, source: row.source }, delta: 1 }]);
    ids.push(row.id);
  }
  return ids;
}
