import { Type } from '@sinclair/typebox';
import {
  Assessment, AssessmentInput, AssignInput, Assessor, Binary, DecisionInput, MergeInput, Need, NeedCreated, NeedDetail, NeedInput,
  NeedListQuery, NeedPage, NeedStatusCounts, Problem, RegionCode, ServiceDomainSchema, SimilarNeed, StringEnum, Uuid, NeedSourceSchema,
} from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { actorOf, type App } from '../../platform/http/types.js';
import * as assess from './needs-assessment.service.js';
import * as files from './needs-files.service.js';
import * as svc from './needs.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 413: Problem };
const IdParams = Type.Object({ id: Uuid });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['needs'];
const CountsQuery = Type.Object({ regionCode: Type.Optional(RegionCode), category: Type.Optional(ServiceDomainSchema), source: Type.Optional(NeedSourceSchema) }, { additionalProperties: false });
const UploadQuery = Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });

/** HTTP face of the needs list and 评榜. Each handler: validate (schema), read the actor, call one service. */
export function needRoutes(app: App, deps: AppDeps) {
  app.get('/api/needs', { schema: { tags, summary: '需求清单', querystring: NeedListQuery, response: { 200: NeedPage, ...errors } }, config: { permission: 'needs:need:view' } },
    async (req) => svc.listNeeds(deps, actorOf(req), req.query));

  app.get('/api/needs/export.xlsx', { schema: { tags, summary: '导出需求清单Excel（当前筛选）', querystring: NeedListQuery, response: { 200: Binary, ...errors } }, config: { permission: 'needs:need:export' } },
    async (req, reply) => {
      const { buffer, filename } = await files.exportNeeds(deps, req.ctx, actorOf(req), req.query);
      return reply.type(XLSX).header('content-disposition', `attachment; filename="needs.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`).send(buffer);
    });

  app.get('/api/needs/status-counts', { schema: { tags, summary: '各区划需求状态统计', querystring: CountsQuery, response: { 200: NeedStatusCounts, ...errors } }, config: { permission: 'needs:need:view' } },
    async (req) => svc.statusCounts(deps, actorOf(req), req.query));

  app.get('/api/needs/assessors', { schema: { tags, summary: '可分派的评估人（专家、第三方评估机构）', response: { 200: Type.Array(Assessor), ...errors } }, config: { permission: 'needs:assessment:assign' } },
    async () => assess.listAssessors(deps));

  app.get('/api/needs/my-assessments', { schema: { tags, summary: '我的评估任务', querystring: Type.Object({ status: Type.Optional(StringEnum(['assigned', 'submitted'] as const)) }, { additionalProperties: false }), response: { 200: Type.Array(Assessment), ...errors } }, config: { permission: 'needs:assessment:score' } },
    async (req) => assess.myAssessments(deps, actorOf(req), req.query.status));

  app.post('/api/needs', { schema: { tags, summary: '登记需求（居民点单、入户走访、问卷、议事会、网格巡查）', body: NeedInput, response: { 200: NeedCreated, ...errors } }, config: { permission: 'needs:need:create' } },
    async (req) => svc.createNeed(deps, req.ctx, actorOf(req), req.body));

  app.get('/api/needs/:id', { schema: { tags, summary: '需求详情（含评估与过程留痕）', params: IdParams, response: { 200: NeedDetail, ...errors } }, config: { permission: 'needs:need:view' } },
    async (req) => assess.getNeedDetail(deps, actorOf(req), req.params.id));

  app.get('/api/needs/:id/similar', { schema: { tags, summary: '同社区相似需求（疑似重复）', params: IdParams, response: { 200: Type.Array(SimilarNeed), ...errors } }, config: { permission: 'needs:need:view' } },
    async (req) => svc.similarNeeds(deps, actorOf(req), req.params.id));

  app.post('/api/needs/:id/attachments', {
    schema: { tags, summary: '上传照片或附件（application/octet-stream，JPG/PNG/WebP/PDF，≤5MB）', params: IdParams, querystring: UploadQuery, response: { 200: Need, ...errors } },
    config: { permission: 'needs:need:create' }, bodyLimit: 10 * 1024 * 1024,
  }, async (req) => {
    if (!Buffer.isBuffer(req.body)) return files.addAttachment(deps, req.ctx, actorOf(req), req.params.id, req.query.name, Buffer.alloc(0));
    return files.addAttachment(deps, req.ctx, actorOf(req), req.params.id, req.query.name, req.body);
  });

  app.get('/api/needs/:id/attachments/:attachmentId', { schema: { tags, summary: '下载附件', params: Type.Object({ id: Uuid, attachmentId: Uuid }), response: { 200: Binary, ...errors } }, config: { permission: 'needs:need:view' } },
    async (req, reply) => {
      const a = await files.getAttachment(deps, actorOf(req), req.params.id, req.params.attachmentId);
      return reply.type(a.mime).header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(a.name)}`).header('x-content-type-options', 'nosniff').send(a.data);
    });

  app.post('/api/needs/:id/merge', { schema: { tags, summary: '合并重复需求', params: IdParams, body: MergeInput, response: { 200: Need, ...errors } }, config: { permission: 'needs:need:merge' } },
    async (req) => svc.mergeNeed(deps, req.ctx, actorOf(req), req.params.id, req.body.intoId, req.body.version));

  app.post('/api/needs/:id/assign', { schema: { tags, summary: '评榜：分派评估人', params: IdParams, body: AssignInput, response: { 200: NeedDetail, ...errors } }, config: { permission: 'needs:assessment:assign' } },
    async (req) => assess.assignAssessors(deps, req.ctx, actorOf(req), req.params.id, req.body.assessorIds, req.body.version));

  app.post('/api/needs/:id/assessment', { schema: { tags, summary: '评榜：提交评估（重要性、紧迫性、可行性）', params: IdParams, body: AssessmentInput, response: { 200: NeedDetail, ...errors } }, config: { permission: 'needs:assessment:score' } },
    async (req) => assess.submitAssessment(deps, req.ctx, actorOf(req), req.params.id, req.body));

  app.post('/api/needs/:id/decision', { schema: { tags, summary: '评榜：决定（采纳、不采纳、合并、直接答复）', params: IdParams, body: DecisionInput, response: { 200: NeedDetail, ...errors } }, config: { permission: 'needs:need:decide' } },
    async (req) => assess.decideNeed(deps, req.ctx, actorOf(req), req.params.id, req.body));
}
