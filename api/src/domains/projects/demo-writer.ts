import { randomBytes } from 'node:crypto';
import { newId } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import { findRegion } from '../regions/index.js';
import { demoPhotoPng } from './demo-photo.js';
import { addMonths, aggregate, DEFAULT_SETTINGS, GRADE_ZH, LISTING_MONTHS, listingForGrade, PARTY_ZH, type Party } from './evaluation-rules.js';
import * as evalRepo from './evaluations.repository.js';
import { projectNumber } from './project-mapper.js';
import * as repo from './projects.repository.js';

/** A demo project as the seed describes it; the writer turns it into rows and a plausible timeline. */
export interface DemoProjectSpec {
  title: string; organisationId: string; regionCode: string; budgetFen: number; fundingSource: string; signedOn: string; serial: number;
  status: 'in_delivery' | 'evaluated';
  milestones: { title: string; dueOn: string; deliverables: string; paymentFen: number; status: 'pending' | 'submitted' | 'approved'; evidence?: string }[];
  activities: { heldOn: string; place: string; content: string; participants: number; beneficiaries: number; photos: number }[];
  spendings: { spentOn: string; item: string; amountFen: number }[];
  rectifications: { requirement: string; deadline: string; openedOn: string; answer?: string; closed?: boolean }[];
  complaints: { content: string; filedOn: string; filedBy: string }[];
  /** Scores by username (logged-in parties) or by a demo phone (码上评 residents). */
  scores: { party: Party; score: number; username?: string; phone?: string; comment?: string }[];
  evaluatedOn?: string;
}

/** Noon in Asia/Shanghai on a calendar day, as the instant timeline entries carry. */
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/** Writes one demo project with its whole record; used only by the demo seed. */
export async function insertDemoProject(tx: Executor, deps: Pick<AppDeps, 'cipher'>, s: DemoProjectSpec): Promise<string> {
  const region = (await findRegion(tx, s.regionCode))!;
  const names = [...new Set(s.scores.flatMap((x) => (x.username ? [x.username] : [])).concat(s.complaints.map((c) => c.filedBy)))];
  const userRows = names.length ? await repo.usersByName(tx, names) : [];
  const user = (u: string) => userRows.find((r) => r.username === u)!;
  const id = newId(at(s.signedOn).getTime());
  const events: { day: string; hour: number; action: string; summary: string; actor: string | null }[] = [];
  const ev = (day: string, hour: number, action: string, summary: string, actor: string | null = null) => events.push({ day, hour, action, summary, actor });

  await repo.insertProject(tx, {
    id, number: projectNumber(s.signedOn, s.serial), callId: null, title: s.title, organisationId: s.organisationId, regionCode: region.code, regionPath: region.path,
    budgetFen: s.budgetFen, fundingSource: s.fundingSource, needIds: [], status: s.status, ratingToken: randomBytes(16).toString('base64url'), createdAt: at(s.signedOn), updatedAt: at(s.signedOn),
  });
  ev(s.signedOn, 9, 'create', `签订项目合同：${s.title}，${s.milestones.length}个里程碑`, '张海军（阿勒腾席热镇）');
  ev(s.activities[0]?.heldOn ?? s.signedOn, 8, 'start', '项目进场实施');
  await repo.insertMilestones(tx, s.milestones.map((m, i) => ({
    id: newId(), projectId: id, seq: i + 1, title: m.title, dueOn: m.dueOn, deliverables: m.deliverables, paymentFen: m.paymentFen, status: m.status,
    evidence: m.evidence ?? null, submittedAt: m.status === 'pending' ? null : at(m.dueOn, 9), approvedAt: m.status === 'approved' ? at(m.dueOn, 15) : null,
  })));
  s.milestones.forEach((m, i) => {
    if (m.status !== 'pending') ev(m.dueOn, 9, 'milestone_submit', `提交里程碑验收：第${i + 1}项“${m.title}”`);
    if (m.status === 'approved') ev(m.dueOn, 15, 'milestone_approve', `里程碑第${i + 1}项“${m.title}”验收通过`, '张海军（阿勒腾席热镇）');
  });
  let hue = s.serial;
  for (const a of s.activities) {
    const photoIds: string[] = [];
    for (let k = 0; k < a.photos; k++) {
      const data = demoPhotoPng(hue++);
      const pid = newId(at(a.heldOn).getTime());
      await repo.insertPhoto(tx, { id: pid, projectId: id, mime: 'image/png', size: data.length, data, createdAt: at(a.heldOn) });
      photoIds.push(pid);
    }
    await repo.insertActivity(tx, { id: newId(at(a.heldOn).getTime()), projectId: id, heldOn: a.heldOn, place: a.place, content: a.content, participants: a.participants, beneficiaries: a.beneficiaries, photoIds, createdAt: at(a.heldOn, 18) });
    ev(a.heldOn, 18, 'activity', `登记服务活动：${a.place}，参与${a.participants}人，受益${a.beneficiaries}人`);
  }
  for (const sp of s.spendings) {
    await repo.insertSpending(tx, { id: newId(), projectId: id, ...sp, createdAt: at(sp.spentOn) });
    ev(sp.spentOn, 11, 'spending', `登记支出：${sp.item}`);
  }
  for (const r of s.rectifications) {
    const status = r.closed ? 'closed' : r.answer ? 'answered' : 'open';
    await repo.insertRectification(tx, { id: newId(), projectId: id, requirement: r.requirement, deadline: r.deadline, status, answer: r.answer ?? null, answeredAt: r.answer ? at(r.deadline, 9) : null, createdAt: at(r.openedOn) });
    ev(r.openedOn, 14, 'rectification_open', `下发整改要求：${r.requirement}`, '张海军（阿勒腾席热镇）');
    if (r.answer) ev(r.deadline, 9, 'rectification_answer', `答复整改：${r.answer}`);
    if (r.closed) ev(r.deadline, 16, 'rectification_close', '整改通过，关闭', '张海军（阿勒腾席热镇）');
  }
  for (const c of s.complaints) {
    await repo.insertComplaint(tx, { id: newId(), projectId: id, content: c.content, status: 'filed', filedBy: user(c.filedBy).id, createdAt: at(c.filedOn), updatedAt: at(c.filedOn) });
    ev(c.filedOn, 20, 'complaint_file', '收到居民投诉');
  }
  if (s.status === 'evaluated' && s.evaluatedOn) {
    const last = s.milestones.at(-1)!.dueOn;
    ev(last, 16, 'deliver', '全部里程碑通过验收，项目交付');
    ev(last, 17, 'open_evaluation', '启动考榜评价', '张海军（阿勒腾席热镇）');
    for (const sc of s.scores) {
      await evalRepo.insertScore(tx, {
        id: newId(), projectId: id, party: sc.party, score: sc.score, comment: sc.comment ?? null, scorerUserId: sc.username ? user(sc.username).id : null,
        phoneHash: sc.phone ? deps.cipher.blindIndex(sc.phone) : null, createdAt: at(s.evaluatedOn, 9),
      });
      ev(s.evaluatedOn, 9, 'score', `${PARTY_ZH[sc.party]}提交考榜评分`);
    }
    const result = aggregate(s.scores, DEFAULT_SETTINGS);
    const totalHundredths = Math.round(result.total * 100);
    await repo.setResult(tx, id, { totalHundredths, grade: result.grade, evaluatedAt: at(s.evaluatedOn, 16) });
    await evalRepo.insertOrganisationEvaluation(tx, { id: newId(), organisationId: s.organisationId, projectId: id, totalHundredths, grade: result.grade, evaluatedOn: s.evaluatedOn });
    ev(s.evaluatedOn, 16, 'finalise', `出具考榜结果：综合得分${result.total.toFixed(2)}分，等级${GRADE_ZH[result.grade]}`, '张海军（阿勒腾席热镇）');
    const list = listingForGrade(result.grade);
    if (list) {
      await evalRepo.insertStanding(tx, {
        id: newId(), organisationId: s.organisationId, list, reasonKind: list === 'red' ? 'evaluation_excellent' : 'evaluation_failed',
        reason: `承接项目“${s.title}”考榜${GRADE_ZH[result.grade]}（${result.total.toFixed(2)}分）`, projectId: id, listedOn: s.evaluatedOn, validUntil: addMonths(s.evaluatedOn, LISTING_MONTHS[list]),
      });
      ev(s.evaluatedOn, 16, `standing_${list}`, `承接组织列入${list === 'red' ? '红榜' : '黑榜'}`);
    }
  }
  events.sort((a, b) => at(a.day, a.hour).getTime() - at(b.day, b.hour).getTime());
  for (const e of events) await repo.insertEvent(tx, { id: newId(at(e.day, e.hour).getTime()), projectId: id, action: e.action, summary: e.summary, actorName: e.actor, at: at(e.day, e.hour) });
  return id;
}
