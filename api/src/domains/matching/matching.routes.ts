import { Type } from '@sinclair/typebox';
import { CandidateList, Fair, FairConfirmInput, FairInput, FairResult, FairSummary, Invitation, InvitationResponse, INVITATION_STATUSES, Problem, RankingWeights, StringEnum, Uuid } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { actorOf, type App } from '../../platform/http/types.js';
import * as svc from './matching.service.js';
import * as fairs from './fairs.service.js';
import * as invitations from './invitations.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['matching'];

/** HTTP face of 智慧匹配: candidates for one need, per-city weights, matchmaking fairs. */
export function matchingRoutes(app: App, deps: AppDeps) {
  app.get('/api/matching/needs/:id/candidates', {
    schema: { tags, summary: '需求的候选服务方（含评分解释与排除原因）', params: Type.Object({ id: Uuid }), response: { 200: CandidateList, ...errors } },
    config: { permission: 'matching:candidates:view' },
  }, async (req) => svc.candidatesForNeed(deps, actorOf(req), req.params.id));

  const CityParams = Type.Object({ cityCode: Type.String({ pattern: '^[0-9]{12}$' }) });
  app.get('/api/matching/weights/:cityCode', {
    schema: { tags, summary: '本市匹配权重', params: CityParams, response: { 200: RankingWeights, ...errors } },
    config: { permission: 'matching:candidates:view' },
  }, async (req) => svc.getWeights(deps, actorOf(req), req.params.cityCode));

  app.put('/api/matching/weights/:cityCode', {
    schema: { tags, summary: '修改本市匹配权重', params: CityParams, body: RankingWeights, response: { 200: RankingWeights, ...errors } },
    config: { permission: 'matching:settings:edit' },
  }, async (req) => svc.setWeights(deps, req.ctx, actorOf(req), req.params.cityCode, req.body));

  app.post('/api/matching/fairs/preview', {
    schema: { tags, summary: '对接会求解预览（最优分配，可固定/排除后重算）', body: FairInput, response: { 200: FairResult, ...errors } },
    config: { permission: 'matching:fair:run' },
  }, async (req) => fairs.previewFair(deps, actorOf(req), req.body));

  app.post('/api/matching/fairs', {
    schema: { tags, summary: '确认对接会结果', body: FairConfirmInput, response: { 200: Fair, ...errors } },
    config: { permission: 'matching:fair:run' },
  }, async (req) => fairs.confirmFair(deps, req.ctx, actorOf(req), req.body));

  app.get('/api/matching/fairs', {
    schema: { tags, summary: '已确认的对接会', response: { 200: Type.Array(FairSummary), ...errors } },
    config: { permission: 'matching:fair:run' },
  }, async (req) => fairs.listFairs(deps, actorOf(req)));

  app.get('/api/matching/fairs/:id', {
    schema: { tags, summary: '对接会结果详情', params: Type.Object({ id: Uuid }), response: { 200: Fair, ...errors } },
    config: { permission: 'matching:fair:run' },
  }, async (req) => fairs.getFair(deps, actorOf(req), req.params.id));

  app.get('/api/matching/invitations', {
    schema: { tags, summary: '对接邀请（组织看本组织收到的，工作人员看本辖区的）', querystring: Type.Object({ status: Type.Optional(StringEnum(INVITATION_STATUSES)) }), response: { 200: Type.Array(Invitation), ...errors } },
    config: { permission: 'matching:invitation:view' },
  }, async (req) => invitations.listInvitations(deps, actorOf(req), req.query.status));

  app.get('/api/matching/invitations/:id', {
    schema: { tags, summary: '对接邀请详情', params: Type.Object({ id: Uuid }), response: { 200: Invitation, ...errors } },
    config: { permission: 'matching:invitation:view' },
  }, async (req) => invitations.getInvitation(deps, actorOf(req), req.params.id));

  for (const action of ['accept', 'decline'] as const) {
    app.post(`/api/matching/invitations/:id/${action}`, {
      schema: { tags, summary: action === 'accept' ? '接受对接邀请' : '谢绝对接邀请（须说明原因）', params: Type.Object({ id: Uuid }), body: InvitationResponse, response: { 200: Invitation, ...errors } },
      config: { permission: 'matching:invitation:respond' },
    }, async (req) => invitations.respondToInvitation(deps, req.ctx, actorOf(req), req.params.id, action, req.body));
  }
}
