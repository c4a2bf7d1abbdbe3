import ExcelJS from 'exceljs';
import { AppError, formatDateZh, formatFen, toRegionDate } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { createPdf, pdfToBuffer } from '../../platform/pdf/pdf.js';
import * as d from './disclosure.repository.js';
import * as repo from './funds.repository.js';

const STATUS_ZH: Record<string, string> = { proposed: '待立项', approved: '已立项', rejected: '未通过', fundraising: '募捐中', in_progress: '实施中', completed: '已结项', cancelled: '已终止', open: '进行中', closed: '已结束', paid: '已支付' };
const SIX_MONTHS = 183 * 24 * 3600_000;

/** Quarter bounds in Asia/Shanghai (UTC+8). */
export function quarterBounds(year: number, quarter: number): { from: Date; to: Date } {
  const from = new Date(Date.UTC(year, (quarter - 1) * 3, 1) - 8 * 3600_000);
  const to = new Date(Date.UTC(year, quarter * 3, 1) - 8 * 3600_000 - 1);
  return { from, to };
}

/**
 * 慈善法 信息公开: fundraising and projects lasting more than six months are disclosed at least quarterly. The report lists
 * the quarter's money (raised, paid), each campaign and project with its figures, and marks those over six months.
 */
export async function quarterlyData(deps: AppDeps, fundId: string, year: number, quarter: number) {
  const f = await repo.findFund(deps.db, null, fundId);
  if (!f) throw new AppError('NOT_FOUND');
  const { from, to } = quarterBounds(year, quarter);
  const moves = await d.periodMovements(deps.db, fundId, from, to);
  const sum = (k: string, dir?: string) => moves.filter((m) => m.kind === k && (!dir || m.direction === dir)).reduce((s, m) => s + m.net, 0);
  const campaigns = (await repo.listCampaigns(deps.db, fundId)).filter((c) => c.createdAt <= to);
  const spent = await d.expenditures(deps.db, fundId);
  const projects = (await repo.listProjects(deps.db, null, fundId)).filter((p) => p.createdAt <= to && p.status !== 'rejected' && p.status !== 'proposed');
  return {
    fund: f, year, quarter, from, to,
    totals: { openingBalance: await d.balanceBefore(deps.db, fundId, from), raised: sum('donation') + sum('appropriation'), allocatedIn: sum('allocation', 'in'), allocatedOut: sum('allocation', 'out'), disbursed: sum('payment') },
    campaigns: campaigns.map((c) => ({ title: c.title, target: c.target, raised: c.raised, donations: c.donations, deadline: c.deadline, status: c.status, overSixMonths: new Date(`${c.deadline}T00:00:00+08:00`).getTime() - c.createdAt.getTime() > SIX_MONTHS })),
    projects: projects.map((p) => ({
      title: p.title, status: p.status, budget: p.budget, beneficiaries: p.beneficiaries, decisionNo: p.vote?.decisionNo ?? '',
      paid: spent.filter((s) => s.status === 'paid' && s.projectTitle === p.title).reduce((a, s) => a + s.amount, 0),
      overSixMonths: to.getTime() - p.createdAt.getTime() > SIX_MONTHS,
    })),
  };
}

type Q = Awaited<ReturnType<typeof quarterlyData>>;
const title = (q: Q) => `${q.fund.name} ${q.year}年第${q.quarter}季度信息公开报告`;

export async function quarterlyExcel(deps: AppDeps, fundId: string, year: number, quarter: number): Promise<{ buffer: Buffer; filename: string }> {
  const q = await quarterlyData(deps, fundId, year, quarter);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('季度公开');
  ws.addRow([title(q)]).font = { bold: true, size: 14 };
  ws.addRow([`期间：${formatDateZh(toRegionDate(q.from))}至${formatDateZh(toRegionDate(q.to))}`]);
  ws.addRow([]);
  ws.addRow(['项目', '金额（元）']).font = { bold: true };
  for (const [k, v] of [['期初余额', q.totals.openingBalance], ['本季募集/拨款', q.totals.raised], ['本季划入', q.totals.allocatedIn], ['本季划出', q.totals.allocatedOut], ['本季支出', q.totals.disbursed]] as const) ws.addRow([k, v / 100]).getCell(2).numFmt = '#,##0.00';
  ws.addRow([]);
  ws.addRow(['募捐活动', '目标（元）', '已筹（元）', '笔数', '截止日期', '状态', '超过六个月']).font = { bold: true };
  for (const c of q.campaigns) ws.addRow([c.title, c.target / 100, c.raised / 100, c.donations, c.deadline, STATUS_ZH[c.status] ?? c.status, c.overSixMonths ? '是' : '否']);
  ws.addRow([]);
  ws.addRow(['基金项目', '预算（元）', '已支付（元）', '受益人数', '管委会决议', '状态', '超过六个月']).font = { bold: true };
  for (const p of q.projects) ws.addRow([p.title, p.budget / 100, p.paid / 100, p.beneficiaries, p.decisionNo, STATUS_ZH[p.status] ?? p.status, p.overSixMonths ? '是' : '否']);
  ws.columns.forEach((c, i) => { c.width = i === 0 ? 36 : 16; });
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), filename: `${title(q)}.xlsx` };
}

export async function quarterlyPdf(deps: AppDeps, fundId: string, year: number, quarter: number): Promise<{ buffer: Buffer; filename: string }> {
  const q = await quarterlyData(deps, fundId, year, quarter);
  const doc = createPdf({ title: title(q) });
  doc.font('cjk-bold').fontSize(16).text(title(q), { align: 'center' }).moveDown(0.5);
  doc.font('cjk').fontSize(10).text(`期间：${formatDateZh(toRegionDate(q.from))}至${formatDateZh(toRegionDate(q.to))}　　用途：${q.fund.purpose}`).moveDown();
  doc.font('cjk-bold').fontSize(12).text('一、资金情况').font('cjk').fontSize(10);
  doc.text(`期初余额 ${formatFen(q.totals.openingBalance)}；本季募集/拨款 ${formatFen(q.totals.raised)}；划入 ${formatFen(q.totals.allocatedIn)}；划出 ${formatFen(q.totals.allocatedOut)}；支出 ${formatFen(q.totals.disbursed)}。`).moveDown();
  doc.font('cjk-bold').fontSize(12).text('二、募捐活动').font('cjk').fontSize(10);
  if (!q.campaigns.length) doc.text('本季无募捐活动。');
  for (const c of q.campaigns) doc.text(`· ${c.title}：目标 ${formatFen(c.target)}，已筹 ${formatFen(c.raised)}（${c.donations}笔），截止 ${formatDateZh(c.deadline)}，${STATUS_ZH[c.status] ?? c.status}${c.overSixMonths ? '（持续超过六个月，按季公开）' : ''}`);
  doc.moveDown().font('cjk-bold').fontSize(12).text('三、项目实施').font('cjk').fontSize(10);
  if (!q.projects.length) doc.text('本季无实施中的项目。');
  for (const p of q.projects) doc.text(`· ${p.title}（决议 ${p.decisionNo || '—'}）：预算 ${formatFen(p.budget)}，已支付 ${formatFen(p.paid)}，受益 ${p.beneficiaries} 人，${STATUS_ZH[p.status] ?? p.status}${p.overSixMonths ? '（持续超过六个月，按季公开）' : ''}`);
  doc.moveDown(2).fontSize(9).fillColor('#666').text(`生成时间：${formatDateZh(toRegionDate(deps.clock.now()))}。数据取自基金公开账本，可在 /api/public/funds/${fundId}/ledger.csv 逐笔核对。`);
  return { buffer: await pdfToBuffer(doc), filename: `${title(q)}.pdf` };
}
