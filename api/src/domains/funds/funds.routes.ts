import { Type } from '@sinclair/typebox';
import {
  AllocationInput, AppropriationInput, Binary, Campaign, CampaignInput, Disbursement, DisbursementInput, Donation, DonationInput, Fund, FundProject,
  FundProjectInput, IdempotencyHeaders, LedgerCheckResult, LedgerTxn, LedgerTxnPage, LedgerTxnQuery, PaymentMilestone, MilestoneScheduleInput, Problem, ReversalInput, StringEnum, Uuid, VoteInput,
} from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { actorOf, type App } from '../../platform/http/types.js';
import * as disb from './disbursements.service.js';
import * as don from './donations.service.js';
import * as svc from './funds.service.js';
import { checkLedger } from './ledger.service.js';
import { donationReceipt } from './receipts.service.js';
import * as xfer from './transfers.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const IdParams = Type.Object({ id: Uuid });
const tags = ['funds'];
const key = (headers: { 'idempotency-key': string }) => headers['idempotency-key'];

/** Staff side of the fund network: projects, votes, campaigns, donations entered from bank records, money out, ledger. */
export function fundRoutes(app: App, deps: AppDeps) {
  app.get('/api/funds', { schema: { tags, summary: '基金列表（数据权限内）', response: { 200: Type.Array(Fund), ...errors } }, config: { permission: 'funds:fund:view' } },
    async (req) => svc.listFunds(deps, actorOf(req)));
  app.get('/api/funds/:id', { schema: { tags, summary: '基金详情', params: IdParams, response: { 200: Fund, ...errors } }, config: { permission: 'funds:fund:view' } },
    async (req) => svc.getFund(deps, actorOf(req), req.params.id));
  app.get('/api/funds/:id/projects', { schema: { tags, summary: '基金项目', params: IdParams, response: { 200: Type.Array(FundProject), ...errors } }, config: { permission: 'funds:fund:view' } },
    async (req) => svc.listProjects(deps, actorOf(req), req.params.id));
  app.post('/api/funds/:id/projects', { schema: { tags, summary: '提交基金项目（居民点单）', params: IdParams, body: FundProjectInput, response: { 200: FundProject, ...errors } }, config: { permission: 'funds:project:manage' } },
    async (req) => svc.proposeProject(deps, req.ctx, actorOf(req), req.params.id, req.body));
  app.post('/api/funds/projects/:id/vote', { schema: { tags, summary: '管委会表决立项', params: IdParams, body: VoteInput, response: { 200: FundProject, ...errors } }, config: { permission: 'funds:project:manage' } },
    async (req) => svc.recordVote(deps, req.ctx, actorOf(req), req.params.id, req.body));
  app.post('/api/funds/projects/:id/status', {
    schema: { tags, summary: '项目实施/结项/终止', params: IdParams, body: Type.Object({ status: StringEnum(['in_progress', 'completed', 'cancelled'] as const) }, { additionalProperties: false }), response: { 200: FundProject, ...errors } },
    config: { permission: 'funds:project:manage' },
  }, async (req) => svc.moveProject(deps, req.ctx, actorOf(req), req.params.id, req.body.status));
  app.post('/api/funds/projects/:id/campaigns', { schema: { tags, summary: '发起募捐', params: IdParams, body: CampaignInput, response: { 200: Campaign, ...errors } }, config: { permission: 'funds:project:manage' } },
    async (req) => svc.openCampaign(deps, req.ctx, actorOf(req), req.params.id, req.body));
  app.get('/api/funds/:id/campaigns', { schema: { tags, summary: '募捐活动', params: IdParams, response: { 200: Type.Array(Campaign), ...errors } }, config: { permission: 'funds:fund:view' } },
    async (req) => svc.listCampaigns(deps, actorOf(req), req.params.id));
  app.post('/api/funds/campaigns/:id/close', { schema: { tags, summary: '结束募捐', params: IdParams, response: { 200: Campaign, ...errors } }, config: { permission: 'funds:project:manage' } },
    async (req) => svc.closeCampaign(deps, req.ctx, actorOf(req), req.params.id));

  app.get('/api/funds/:id/donations', { schema: { tags, summary: '捐赠记录', params: IdParams, response: { 200: Type.Array(Donation), ...errors } }, config: { permission: 'funds:fund:view' } },
    async (req) => don.listDonations(deps, actorOf(req), req.params.id));
  app.post('/api/funds/donations', { schema: { tags, summary: '按银行流水录入捐赠', headers: IdempotencyHeaders, body: DonationInput, response: { 200: Donation, ...errors } }, config: { permission: 'funds:donation:record' } },
    async (req) => don.recordDonation(deps, req.ctx, actorOf(req), key(req.headers), req.body));

  app.get('/api/funds/:id/disbursements', { schema: { tags, summary: '拨付申请', params: IdParams, response: { 200: Type.Array(Disbursement), ...errors } }, config: { permission: 'funds:fund:view' } },
    async (req) => disb.listDisbursements(deps, actorOf(req), req.params.id));
  app.post('/api/funds/disbursements', { schema: { tags, summary: '申请拨付', headers: IdempotencyHeaders, body: DisbursementInput, response: { 200: Disbursement, ...errors } }, config: { permission: 'funds:disbursement:request' } },
    async (req) => disb.requestDisbursement(deps, req.ctx, actorOf(req), key(req.headers), req.body));
  for (const [step, permission, summary] of [['approve', 'funds:disbursement:approve', '审批拨付（冻结资金）'], ['reject', 'funds:disbursement:approve', '驳回拨付'], ['cancel', 'funds:disbursement:approve', '取消拨付（解冻）'], ['pay', 'funds:disbursement:pay', '支付拨付（过账）']] as const) {
    app.post(`/api/funds/disbursements/:id/${step}`, { schema: { tags, summary, headers: IdempotencyHeaders, params: IdParams, response: { 200: Disbursement, ...errors } }, config: { permission } },
      async (req) => disb.moveDisbursement(deps, req.ctx, actorOf(req), key(req.headers), req.params.id, step));
  }

  app.post('/api/funds/allocations', { schema: { tags, summary: '基金间划拨（上级→下级）', headers: IdempotencyHeaders, body: AllocationInput, response: { 200: LedgerTxn, ...errors } }, config: { permission: 'funds:allocation:create' } },
    async (req) => xfer.allocate(deps, req.ctx, actorOf(req), key(req.headers), req.body));
  app.post('/api/funds/appropriations', { schema: { tags, summary: '财政拨款入账', headers: IdempotencyHeaders, body: AppropriationInput, response: { 200: LedgerTxn, ...errors } }, config: { permission: 'funds:allocation:create' } },
    async (req) => xfer.appropriate(deps, req.ctx, actorOf(req), key(req.headers), req.body));
  app.get('/api/funds/:id/transactions', { schema: { tags, summary: '基金账本凭证（分页，标明可否冲正）', params: IdParams, querystring: LedgerTxnQuery, response: { 200: LedgerTxnPage, ...errors } }, config: { permission: 'funds:fund:view' } },
    async (req) => xfer.listFundTransactions(deps, actorOf(req), req.params.id, req.query));
  app.post('/api/funds/transactions/:id/reverse', { schema: { tags, summary: '冲正（退款/更正）', headers: IdempotencyHeaders, params: IdParams, body: ReversalInput, response: { 200: LedgerTxn, ...errors } }, config: { permission: 'funds:ledger:reverse' } },
    async (req) => xfer.reverse(deps, req.ctx, actorOf(req), key(req.headers), req.params.id, req.body.reason));

  app.post('/api/funds/schedules', { schema: { tags, summary: '政府购买服务合同付款计划', headers: IdempotencyHeaders, body: MilestoneScheduleInput, response: { 200: Type.Array(PaymentMilestone), ...errors } }, config: { permission: 'funds:allocation:create' } },
    async (req) => disb.createPaymentSchedule(deps, req.ctx, actorOf(req), key(req.headers), req.body));
  app.get('/api/funds/schedules/:id', { schema: { tags, summary: '合同付款计划（按合同）', params: IdParams, response: { 200: Type.Array(PaymentMilestone), ...errors } }, config: { permission: 'funds:fund:view' } },
    async (req) => disb.listMilestones(deps, actorOf(req), req.params.id));
  app.get('/api/funds/:id/schedule', { schema: { tags, summary: '基金的合同付款计划（政府购买服务资金）', params: IdParams, response: { 200: Type.Array(PaymentMilestone), ...errors } }, config: { permission: 'funds:fund:view' } },
    async (req) => disb.listFundSchedule(deps, actorOf(req), req.params.id));
  app.post('/api/funds/milestones/:id/request', { schema: { tags, summary: '节点达成，申请本期付款', headers: IdempotencyHeaders, params: IdParams, response: { 200: Disbursement, ...errors } }, config: { permission: 'funds:disbursement:request' } },
    async (req) => disb.requestMilestonePayment(deps, req.ctx, actorOf(req), key(req.headers), req.params.id));

  app.get('/api/funds/ledger/check', { schema: { tags, summary: '账本一致性校验', response: { 200: LedgerCheckResult, ...errors } }, config: { permission: 'funds:ledger:check' } },
    async () => checkLedger(deps.db));
  app.get('/api/funds/donations/:id/receipt.pdf', { schema: { tags, summary: '捐赠收据（PDF）', params: IdParams, response: { 200: Binary, ...errors } }, config: { permission: 'funds:fund:view' } },
    async (req, reply) => {
      const { pdf, receiptNo } = await donationReceipt(deps, actorOf(req), req.params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${receiptNo}.pdf"`).send(pdf);
    });
}
