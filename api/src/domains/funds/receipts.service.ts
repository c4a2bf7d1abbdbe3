import { AppError, formatDateZh, formatFen, toRegionDate } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Actor } from '../../platform/scope.js';
import { createPdf, pdfToBuffer } from '../../platform/pdf/pdf.js';
import { publicDonorName } from './fund-rules.js';
import * as repo from './funds.repository.js';

const CHANNEL_ZH: Record<string, string> = { wechat: '微信支付', alipay: '支付宝', unionpay: '银联', bank_transfer: '银行转账', cash: '现金' };

/** Amount in capital Chinese numerals (人民币大写), as receipts print it: ¥1,234.50 → 壹仟贰佰叁拾肆元伍角整. */
export function fenToCapital(fen: number): string {
  const digits = '零壹贰叁肆伍陆柒捌玖';
  const units = ['', '拾', '佰', '仟'];
  const sections = ['', '万', '亿'];
  const s = String(Math.floor(fen / 100));
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const pos = s.length - 1 - i;
    if (d === 0) zero = true;
    else { out += `${zero ? '零' : ''}${digits[d]}${units[pos % 4]}`; zero = false; }
    // 万/亿 only when its four-digit section has a non-zero digit (壹亿元, not 壹亿万元).
    if (pos % 4 === 0 && pos > 0 && Number(s.slice(Math.max(0, i - 3), i + 1)) > 0) out += sections[pos / 4];
  }
  if (!out) out = '零';
  const jiao = Math.floor(fen / 10) % 10;
  const f = fen % 10;
  if (!jiao && !f) return `${out}元整`;
  return `${out}元${jiao ? `${digits[jiao]}角` : '零'}${f ? `${digits[f]}分` : '整'}`;
}

/** The numbered donation receipt (公益事业捐赠收据) as PDF. Staff read it within their scope; the public by donation id. */
export async function donationReceipt(deps: AppDeps, actor: Actor | null, donationId: string): Promise<{ pdf: Buffer; receiptNo: string }> {
  const d = await repo.findDonation(deps.db, donationId);
  const fund = d && (await repo.findFund(deps.db, actor, d.fundId));
  if (!d || !fund) throw new AppError('NOT_FOUND');
  const doc = createPdf({ title: `捐赠收据 ${d.receiptNo}` });
  doc.font('cjk-bold').fontSize(20).text('公益事业捐赠收据', { align: 'center' });
  doc.font('cjk').fontSize(10).fillColor('#666').text(`No. ${d.receiptNo}`, { align: 'center' }).moveDown(1.5).fillColor('#000').fontSize(12);
  const rows: [string, string][] = [
    ['捐赠人', d.isAnonymous || !d.donorName ? publicDonorName(null, true) : d.donorName],
    ['受赠基金', fund.name],
    ['捐赠金额（小写）', formatFen(d.amount)],
    ['捐赠金额（大写）', `人民币${fenToCapital(d.amount)}`],
    ['捐赠方式', `${CHANNEL_ZH[d.channel] ?? d.channel}（流水号 ${d.channelRef}）`],
    ['捐赠日期', formatDateZh(toRegionDate(d.receivedAt))],
    ['捐赠用途', fund.purpose],
    ['附言', d.message ?? '—'],
  ];
  for (const [k, v] of rows) doc.font('cjk-bold').text(`${k}：`, { continued: true }).font('cjk').text(v).moveDown(0.4);
  if (d.refunded) doc.moveDown().fillColor('#c00').text('本笔捐赠已退款（冲正），本收据作废。').fillColor('#000');
  doc.moveDown(2).text('鄂尔多斯市天骄城乡社区发展基金会（收款单位盖章）', { align: 'right' });
  doc.text(`开具日期：${formatDateZh(toRegionDate(deps.clock.now()))}`, { align: 'right' });
  doc.moveDown().fontSize(9).fillColor('#666').text('本收据由 wushe 五社联动服务平台依据基金账本自动生成；可在基金公示页按收据号核对。');
  return { pdf: await pdfToBuffer(doc), receiptNo: d.receiptNo };
}
