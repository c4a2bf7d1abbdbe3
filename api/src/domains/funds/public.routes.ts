import { Type } from '@sinclair/typebox';
import { Binary, ChannelNotification, DONATION_CHANNELS, Donation, Problem, StringEnum, Uuid } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { App } from '../../platform/http/types.js';
import { receiveChannelNotification } from './donations.service.js';
import * as pub from './public.service.js';
import { quarterlyExcel, quarterlyPdf } from './quarterly.service.js';
import { donationReceipt } from './receipts.service.js';

const errors = { 400: Problem, 401: Problem, 404: Problem, 409: Problem };
const IdParams = Type.Object({ id: Uuid });
const tags = ['funds-public'];
const Any = Type.Unsafe<unknown>({});
const QuarterQuery = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }), quarter: Type.Integer({ minimum: 1, maximum: 4 }) }, { additionalProperties: false });
const disposition = (filename: string, fallback: string) => `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

/** 慈善法 信息公开: every fund's figures, entries and grants without login; plus the payment channels' notification door. */
export function fundPublicRoutes(app: App, deps: AppDeps) {
  app.get('/api/public/funds', { schema: { tags, summary: '基金公开列表', response: { 200: Any } }, config: { public: true } }, async () => pub.publicFunds(deps));
  app.get('/api/public/funds/dashboard', { schema: { tags, summary: '资金看板：按月募集与使用、按需求类别', response: { 200: Any } }, config: { public: true } }, async () => pub.dashboard(deps));
  app.get('/api/public/funds/:id', { schema: { tags, summary: '基金公示', params: IdParams, response: { 200: Any, ...errors } }, config: { public: true } }, async (req) => pub.publicFund(deps, req.params.id));
  app.get('/api/public/funds/:id/ledger.csv', { schema: { tags, summary: '基金账本分录（CSV）', params: IdParams, response: { 200: Binary, ...errors } }, config: { public: true } },
    async (req, reply) => {
      const { csv, filename } = await pub.ledgerCsv(deps, req.params.id);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', disposition(filename, filename)).send(Buffer.from(csv, "utf8"));
    });
  app.get('/api/public/funds/:id/360giving', { schema: { tags, summary: '资助数据（360Giving JSON）', params: IdParams, response: { 200: Any, ...errors } }, config: { public: true } },
    async (req) => pub.giving360(deps, req.params.id));
  app.get('/api/public/funds/:id/quarterly.xlsx', { schema: { tags, summary: '季度信息公开报告（Excel）', params: IdParams, querystring: QuarterQuery, response: { 200: Binary, ...errors } }, config: { public: true } },
    async (req, reply) => {
      const { buffer, filename } = await quarterlyExcel(deps, req.params.id, req.query.year, req.query.quarter);
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', disposition(filename, 'quarterly.xlsx')).send(buffer);
    });
  app.get('/api/public/funds/:id/quarterly.pdf', { schema: { tags, summary: '季度信息公开报告（PDF）', params: IdParams, querystring: QuarterQuery, response: { 200: Binary, ...errors } }, config: { public: true } },
    async (req, reply) => {
      const { buffer, filename } = await quarterlyPdf(deps, req.params.id, req.query.year, req.query.quarter);
      return reply.type('application/pdf').header('content-disposition', disposition(filename, 'quarterly.pdf')).send(buffer);
    });
  app.get('/api/public/funds/donations/:id/receipt.pdf', { schema: { tags, summary: '捐赠收据（PDF，凭捐赠编号）', params: IdParams, response: { 200: Binary, ...errors } }, config: { public: true } },
    async (req, reply) => {
      const { pdf, receiptNo } = await donationReceipt(deps, null, req.params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${receiptNo}.pdf"`).send(pdf);
    });
  app.post('/api/public/funds/channels/:channel/notify', {
    schema: {
      tags, summary: '支付渠道到账通知（HMAC-SHA256 签名，见 docs/funds.md）', params: Type.Object({ channel: StringEnum(DONATION_CHANNELS.filter((c) => c !== 'cash' && c !== 'bank_transfer')) }),
      headers: Type.Object({ 'x-wushe-signature': Type.String({ maxLength: 128 }) }), body: ChannelNotification, response: { 200: Donation, ...errors },
    },
    config: { public: true, publicWriteLimit: false },
  }, async (req) => receiveChannelNotification(deps, req.params.channel, req.headers['x-wushe-signature'], req.body));
}
