import { Type } from '@sinclair/typebox';
import {
  AwardInput, Bid, BidInput, CallDetail, CallInput, CallListQuery, NeedCandidate, ObjectionAnswer, Ok, Page, Call, PanelCandidate, PanelInput,
  Problem, ReasonInput, ReviewInput, RoadshowInput, ScoreBoard, Uuid,
} from '@wushe/common';
import { actorOf, type App } from '../../platform/http/types.js';
import type { CallsEnv } from './calls-hooks.js';
import * as callSvc from './calls.service.js';
import * as bidSvc from './bids.service.js';
import * as selSvc from './selection.service.js';
import { scoreBoard } from './public.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const Id = Type.Object({ id: Uuid });
const BidParams = Type.Object({ id: Uuid, bidId: Uuid });
const ObjParams = Type.Object({ id: Uuid, objectionId: Uuid });
const CallPatch = Type.Composite([CallInput, Type.Object({ version: Type.Integer({ minimum: 1 }) })], { additionalProperties: false });
const BidPatch = Type.Composite([BidInput, Type.Object({ version: Type.Integer({ minimum: 1 }) })], { additionalProperties: false });
const tags = ['calls'];

/** 发榜—揭榜—承榜 in the back office. Each handler: schema, actor, one service call. */
export function callRoutes(app: App, env: CallsEnv) {
  app.get('/api/calls', { schema: { tags, summary: '榜单列表', querystring: CallListQuery, response: { 200: Page(Call), ...errors } }, config: { permission: 'calls:call:view' } },
    async (req) => callSvc.listCalls(env, actorOf(req), req.query));
  app.get('/api/calls/need-candidates', { schema: { tags, summary: '可发榜的需求（已通过评榜）', response: { 200: Type.Array(NeedCandidate), ...errors } }, config: { permission: 'calls:call:publish' } },
    async (req) => callSvc.needCandidates(env, actorOf(req)));
  app.get('/api/calls/panel-candidates', { schema: { tags, summary: '可选评审人员', response: { 200: Type.Array(PanelCandidate), ...errors } }, config: { permission: 'calls:panel:manage' } },
    async () => callSvc.panelCandidates(env));
  app.post('/api/calls', { schema: { tags, summary: '编制榜单（草稿）', body: CallInput, response: { 200: CallDetail, ...errors } }, config: { permission: 'calls:call:publish' } },
    async (req) => callSvc.createCall(env, req.ctx, actorOf(req), req.body));
  app.get('/api/calls/:id', { schema: { tags, summary: '榜单详情（含过程留痕）', params: Id, response: { 200: CallDetail, ...errors } }, config: { permission: 'calls:call:view' } },
    async (req) => callSvc.getCall(env, actorOf(req), req.params.id));
  app.patch('/api/calls/:id', { schema: { tags, summary: '修改榜单草稿', params: Id, body: CallPatch, response: { 200: CallDetail, ...errors } }, config: { permission: 'calls:call:publish' } },
    async (req) => callSvc.updateCall(env, req.ctx, actorOf(req), req.params.id, req.body));
  for (const [path, ev, summary] of [['publish', 'publish', '发榜'], ['close', 'close', '截止揭榜'], ['start-evaluation', 'startEvaluation', '开始评审']] as const) {
    app.post(`/api/calls/:id/${path}`, { schema: { tags, summary, params: Id, response: { 200: CallDetail, ...errors } }, config: { permission: ev === 'publish' ? 'calls:call:publish' : 'calls:panel:manage' } },
      async (req) => callSvc.moveCall(env, req.ctx, actorOf(req), req.params.id, ev));
  }
  app.post('/api/calls/:id/cancel', { schema: { tags, summary: '撤销榜单', params: Id, body: ReasonInput, response: { 200: CallDetail, ...errors } }, config: { permission: 'calls:call:publish' } },
    async (req) => callSvc.moveCall(env, req.ctx, actorOf(req), req.params.id, 'cancel', req.body.reason));

  app.get('/api/calls/:id/bids', { schema: { tags, summary: '揭榜申报（截止前仅本组织可见）', params: Id, response: { 200: Type.Array(Bid), ...errors } }, config: { permission: 'calls:call:view' } },
    async (req) => bidSvc.listBids(env, actorOf(req), req.params.id));
  app.post('/api/calls/:id/bids', { schema: { tags, summary: '揭榜（新建申报）', params: Id, body: BidInput, response: { 200: Bid, ...errors } }, config: { permission: 'calls:bid:submit' } },
    async (req) => bidSvc.createBid(env, req.ctx, actorOf(req), req.params.id, req.body));
  app.get('/api/calls/:id/bids/:bidId', { schema: { tags, summary: '揭榜申报详情', params: BidParams, response: { 200: Bid, ...errors } }, config: { permission: 'calls:call:view' } },
    async (req) => bidSvc.getBid(env, actorOf(req), req.params.id, req.params.bidId));
  app.patch('/api/calls/:id/bids/:bidId', { schema: { tags, summary: '修改揭榜申报', params: BidParams, body: BidPatch, response: { 200: Bid, ...errors } }, config: { permission: 'calls:bid:submit' } },
    async (req) => bidSvc.updateBid(env, req.ctx, actorOf(req), req.params.id, req.params.bidId, req.body));
  for (const [path, fn, summary] of [['submit', bidSvc.submitBid, '提交揭榜申报（资格审查）'], ['withdraw', bidSvc.withdrawBid, '撤回揭榜申报'], ['confirm', bidSvc.confirmBid, '联合体成员确认']] as const) {
    app.post(`/api/calls/:id/bids/:bidId/${path}`, { schema: { tags, summary, params: BidParams, response: { 200: Bid, ...errors } }, config: { permission: 'calls:bid:submit' } },
      async (req) => fn(env, req.ctx, actorOf(req), req.params.id, req.params.bidId));
  }

  app.post('/api/calls/:id/panel', { schema: { tags, summary: '组建评审组', params: Id, body: PanelInput, response: { 200: CallDetail, ...errors } }, config: { permission: 'calls:panel:manage' } },
    async (req) => selSvc.setPanel(env, req.ctx, actorOf(req), req.params.id, req.body.members));
  app.post('/api/calls/:id/roadshow', { schema: { tags, summary: '记录路演', params: Id, body: RoadshowInput, response: { 200: CallDetail, ...errors } }, config: { permission: 'calls:panel:manage' } },
    async (req) => selSvc.recordRoadshow(env, req.ctx, actorOf(req), req.params.id, req.body));
  app.post('/api/calls/:id/bids/:bidId/review', { schema: { tags, summary: '评审打分或声明利益冲突', params: BidParams, body: ReviewInput, response: { 200: Ok, ...errors } }, config: { permission: 'calls:review:score' } },
    async (req) => selSvc.reviewBid(env, req.ctx, actorOf(req), req.params.id, req.params.bidId, req.body));
  app.get('/api/calls/:id/scores', { schema: { tags, summary: '评分汇总（加权平均与标准分）', params: Id, response: { 200: ScoreBoard, ...errors } }, config: { permission: 'calls:call:view' } },
    async (req) => scoreBoard(env, actorOf(req), req.params.id));
  app.post('/api/calls/:id/award', { schema: { tags, summary: '确定中标并公示', params: Id, body: AwardInput, response: { 200: CallDetail, ...errors } }, config: { permission: 'calls:award:manage' } },
    async (req) => selSvc.awardBid(env, req.ctx, actorOf(req), req.params.id, req.body));
  app.post('/api/calls/:id/objections/:objectionId/answer', { schema: { tags, summary: '答复异议', params: ObjParams, body: ObjectionAnswer, response: { 200: CallDetail, ...errors } }, config: { permission: 'calls:award:manage' } },
    async (req) => selSvc.answerObjection(env, req.ctx, actorOf(req), req.params.id, req.params.objectionId, req.body));
  app.post('/api/calls/:id/finalise', { schema: { tags, summary: '公示期满，确认承接方', params: Id, response: { 200: CallDetail, ...errors } }, config: { permission: 'calls:award:manage' } },
    async (req) => (await selSvc.finaliseAward(env, req.ctx, actorOf(req), req.params.id)).detail);
}
