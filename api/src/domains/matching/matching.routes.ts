import { Type } from '@sinclair/typebox';
import { CandidateList, Fair, FairConfirmInput, FairInput, FairResult, FairSummary, Problem, RankingWeights, Uuid } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { actorOf, type App } from '../../platform/http/types.js';
import * as svc from './matching.service.js';

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
  }, async (req) => svc.previewFair(deps, actorOf(req), req.body));

  app.post('/api/matching/fairs', {
    schema: { tags, summary: '确认对接会结果', body: FairConfirmInput, response: { 200: Fair, ...errors } },
    config: { permission: 'matching:fair:run' },
  }, async (req) => svc.confirmFair(deps, req.ctx, actorOf(req), req.body));

  app.get('/api/matching/fairs', {
    schema: { tags, summary: '已确认的对接会', response: { 200: Type.Array(FairSummary), ...errors } },
    config: { permission: 'matching:fair:run' },
  }, async (req) => svc.listFairs(deps, actorOf(req)));

  app.get('/api/matching/fairs/:id', {
    schema: { tags, summary: '对接会结果详情', params: Type.Object({ id: Uuid }), response: { 200: Fair, ...errors } },
    config: { permission: 'matching:fair:run' },
  }, async (req) => svc.getFair(deps, actorOf(req), req.params.id));
}
