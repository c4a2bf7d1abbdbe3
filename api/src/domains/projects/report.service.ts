import { AppError, formatDateZh, formatFen, toRegionDate } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { createPdf, pdfToBuffer } from '../../platform/pdf/pdf.js';
import type { Actor } from '../../platform/scope.js';
import { loadProject } from './project-context.js';
import { aggregate, GRADE_ZH, PARTY_ZH, type Grade, type Party } from './evaluation-rules.js';
import { cityCodeOfCode } from '@wushe/common';
import { settingsFor } from './evaluation.service.js';
import * as evalRepo from './evaluations.repository.js';
import * as repo from './projects.repository.js';

const STATUS_ZH: Record<string, string> = { pending: '待提交', submitted: '待验收', approved: '已通过', returned: '已退回' };
const FUNDING_ZH: Record<string, string> = { government_purchase: '政府购买服务', community_fund: '社区基金', venture_philanthropy: '公益创投', social_donation: '社会捐赠' };
/** At most this many photos go into the report, so it stays a few hundred KB. */
const MAX_PHOTOS = 4;

/** The final report (结项报告) of an evaluated project, in Chinese, with its record, milestones, photos, money and 考榜. */
export async function finalReport(deps: AppDeps, actor: Actor, id: string): Promise<{ buffer: Buffer; filename: string }> {
  const p = await loadProject(deps.db, deps, actor, id);
  const pr = p.project;
  if (pr.totalHundredths === null || !pr.grade) throw new AppError('REPORT_NOT_READY');
  const [milestones, activitiesNewestFirst, spendingsNewestFirst, scores, settings] = await Promise.all([
    repo.listMilestones(deps.db, id), repo.listActivities(deps.db, id), repo.listSpendings(deps.db, id), evalRepo.listScores(deps.db, id), settingsFor(deps.db, cityCodeOfCode(pr.regionCode)),
  ]);
  // A report reads in the order things happened.
  const activities = [...activitiesNewestFirst].reverse();
  const spendings = [...spendingsNewestFirst].reverse();
  const photoIds = [...new Set(activities.flatMap((a) => a.photoIds).concat(milestones.flatMap((m) => m.photoIds)))].slice(0, MAX_PHOTOS);
  const photos = await repo.photosOf(deps.db, id, photoIds);
  const result = aggregate(scores.map((s) => ({ party: s.party as Party, score: s.score })), settings);
  const title = `${pr.title} 结项报告`;

  const doc = createPdf({ title });
  const h = (t: string) => doc.moveDown(0.6).font('cjk-bold').fontSize(13).text(t).font('cjk').fontSize(10.5).moveDown(0.2);
  const line = (t: string) => doc.text(t, { lineGap: 2 });

  doc.font('cjk-bold').fontSize(18).text(title, { align: 'center' }).font('cjk').fontSize(10).moveDown(0.3)
    .text(`项目编号 ${pr.number} · 生成日期 ${formatDateZh(toRegionDate(deps.clock.now()))}`, { align: 'center' });
  h('一、项目概况');
  line(`项目名称：${pr.title}`);
  line(`承接组织：${p.organisationName}`);
  line(`服务区域：${p.regionName}`);
  line(`资金来源：${FUNDING_ZH[pr.fundingSource] ?? pr.fundingSource}`);
  line(`签约日期：${formatDateZh(toRegionDate(pr.createdAt))}`);

  h('二、里程碑与付款计划');
  for (const m of milestones) {
    line(`${m.seq}. ${m.title}（截止${formatDateZh(m.dueOn)}，付款${formatFen(m.paymentFen)}，${STATUS_ZH[m.status] ?? m.status}）`);
    doc.fillColor('#555').text(`   交付物：${m.deliverables}${m.evidence ? `；完成情况：${m.evidence}` : ''}`).fillColor('black');
  }

  h('三、服务活动');
  if (activities.length === 0) line('（无）');
  for (const a of activities) line(`${formatDateZh(a.heldOn)} · ${a.place}：${a.content}（参与${a.participants}人，受益${a.beneficiaries}人）`);
  line(`合计：${activities.length}场活动，参与${activities.reduce((s, a) => s + a.participants, 0)}人次，受益${activities.reduce((s, a) => s + a.beneficiaries, 0)}人次。`);

  if (photos.length) {
    h('四、活动照片');
    const w = (doc.page.width - 112 - 12) / 2;
    let x = 56;
    for (const [i, ph] of photos.entries()) {
      if (doc.y + 140 > doc.page.height - 56) doc.addPage();
      const y = doc.y;
      doc.image(ph.data, x, y, { fit: [w, 130] });
      if (i % 2 === 1 || i === photos.length - 1) { doc.y = y + 140; x = 56; } else { x += w + 12; doc.y = y; }
    }
    doc.x = 56;
  }

  const paid = milestones.filter((m) => m.status === 'approved').reduce((s, m) => s + m.paymentFen, 0);
  const spent = spendings.reduce((s, x) => s + x.amountFen, 0);
  h('五、资金使用');
  line(`项目预算：${formatFen(pr.budgetFen)}；按计划已拨付：${formatFen(paid)}；已登记支出：${formatFen(spent)}；结余：${formatFen(pr.budgetFen - spent)}。`);
  for (const s of spendings) line(`${formatDateZh(s.spentOn)} ${s.item} ${formatFen(s.amountFen)}`);

  h('六、考榜评价');
  if (pr.evaluatedAt) line(`考榜日期：${formatDateZh(toRegionDate(pr.evaluatedAt))}（四方评价，权重按本市设置）`);
  for (const r of result.parties) {
    line(`${PARTY_ZH[r.party]}（权重${r.weight}%）：${r.mean === null ? '未评分' : `${r.mean.toFixed(2)}分`}，${r.count}份评价`);
  }
  doc.moveDown(0.3).font('cjk-bold').fontSize(12)
    .text(`综合得分：${(pr.totalHundredths / 100).toFixed(2)}分    考榜等级：${GRADE_ZH[pr.grade as Grade] ?? pr.grade}`).font('cjk');

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.fontSize(8).fillColor('#888').text(`${pr.number} · 第${i + 1}页/共${range.count}页`, 56, doc.page.height - 40, { align: 'center', lineBreak: false }).fillColor('black');
  }
  return { buffer: await pdfToBuffer(doc), filename: `${pr.title}-结项报告.pdf` };
}
