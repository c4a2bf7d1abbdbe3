import { Type } from '@sinclair/typebox';
import {
  ActivityInput, Complaint, ComplaintAct, ComplaintInput, ComplaintListQuery, MilestoneReview, MilestoneSubmit, Ok, Page, PhotoUpload, Problem,
  ProjectDetail, ProjectInput, ProjectListQuery, ProjectSummary, ProjectTransition, RectificationAnswer, RectificationInput, RectificationReview, SpendingInput, Uuid,
} from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { actorOf, type App } from '../../platform/http/types.js';
import * as complaints from './complaints.service.js';
import * as delivery from './delivery.service.js';
import { finaliseEvaluation } from './evaluation.service.js';
import type { ProjectHooks } from './project-hooks.js';
import * as svc from './projects.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 413: Problem };
const IdParams = Type.Object({ id: Uuid });
const Token = Type.String({ pattern: '^[A-Za-z0-9_-]{16,32}$' });
const tags = ['projects'];

/** HTTP face of projects: contract, delivery, rectification and complaints. Each handler calls one service function. */
export function projectRoutes(app: App, deps: AppDeps, hooks: ProjectHooks = {}) {
  app.get('/api/projects', { schema: { tags, summary: '项目列表', querystring: ProjectListQuery, response: { 200: Page(ProjectSummary), ...errors } }, config: { permission: 'projects:project:view' } },
    async (req) => svc.listProjects(deps, actorOf(req), req.query));

  app.post('/api/projects', { schema: { tags, summary: '直接委托立项（签订合同）', body: ProjectInput, response: { 200: ProjectDetail, ...errors } }, config: { permission: 'projects:project:create' } },
    async (req) => svc.createProject(deps, req.ctx, req.body));

  app.get('/api/projects/complaints', { schema: { tags, summary: '项目投诉列表（数据权限内）', querystring: ComplaintListQuery, response: { 200: Page(Complaint), ...errors } }, config: { permission: 'projects:project:view' } },
    async (req) => complaints.listComplaints(deps, actorOf(req), req.query));

  app.get('/api/projects/complaints/mine', { schema: { tags, summary: '我的投诉', querystring: ComplaintListQuery, response: { 200: Page(Complaint), ...errors } }, config: { permission: 'projects:complaint:create' } },
    async (req) => complaints.listComplaints(deps, actorOf(req), req.query));

  app.post('/api/projects/complaints/:id/act', { schema: { tags, summary: '处理投诉：受理/成立/不成立', params: IdParams, body: ComplaintAct, response: { 200: Complaint, ...errors } }, config: { permission: 'projects:project:manage' } },
    async (req) => complaints.actOnComplaint(deps, req.ctx, actorOf(req), req.params.id, req.body.action, req.body.resolution));

  app.post('/api/projects/rating/:token/complaints', { schema: { tags, summary: '居民投诉项目（扫码所得链接）', params: Type.Object({ token: Token }), body: ComplaintInput, response: { 200: Complaint, ...errors } }, config: { permission: 'projects:complaint:create' } },
    async (req) => complaints.fileComplaint(deps, req.ctx, actorOf(req), req.params.token, req.body.content));

  app.get('/api/projects/:id', { schema: { tags, summary: '项目详情（含里程碑、活动、支出、整改、过程留痕）', params: IdParams, response: { 200: ProjectDetail, ...errors } }, config: { permission: 'projects:project:view' } },
    async (req) => svc.getProject(deps, actorOf(req), req.params.id));

  app.post('/api/projects/:id/transition', { schema: { tags, summary: '项目状态流转：进场/启动考榜/结项/终止', params: IdParams, body: ProjectTransition, response: { 200: ProjectDetail, ...errors } }, config: { permission: 'projects:project:view' } },
    async (req) => {
      if (req.body.action === 'finalise') {
        await finaliseEvaluation(deps, req.ctx, actorOf(req), req.params.id);
        return svc.getProject(deps, actorOf(req), req.params.id);
      }
      return svc.transitionProject(deps, req.ctx, actorOf(req), req.params.id, req.body.action, req.body.reason, hooks);
    });

  app.post('/api/projects/:id/photos', { schema: { tags, summary: '上传照片（JPEG/PNG，≤2MB）', params: IdParams, body: PhotoUpload, response: { 200: Type.Object({ id: Uuid }), ...errors } }, config: { permission: 'projects:delivery:record' }, bodyLimit: 4 * 1024 * 1024 },
    async (req) => delivery.uploadPhoto(deps, req.ctx, actorOf(req), req.params.id, req.body));

  app.get('/api/projects/:id/photos/:photoId', { schema: { tags, summary: '查看照片', params: Type.Object({ id: Uuid, photoId: Uuid }) }, config: { permission: 'projects:project:view' } },
    async (req, reply) => {
      const photo = await delivery.getPhoto(deps, actorOf(req), req.params.id, req.params.photoId);
      return reply.type(photo.mime).header('cache-control', 'private, max-age=86400').send(photo.data);
    });

  app.post('/api/projects/:id/activities', { schema: { tags, summary: '登记服务活动', params: IdParams, body: ActivityInput, response: { 200: Ok, ...errors } }, config: { permission: 'projects:delivery:record' } },
    async (req) => { await delivery.recordActivity(deps, req.ctx, actorOf(req), req.params.id, req.body); return { ok: true as const }; });

  app.post('/api/projects/:id/spendings', { schema: { tags, summary: '登记资金支出', params: IdParams, body: SpendingInput, response: { 200: Ok, ...errors } }, config: { permission: 'projects:delivery:record' } },
    async (req) => { await delivery.recordSpending(deps, req.ctx, actorOf(req), req.params.id, req.body); return { ok: true as const }; });

  const MParams = Type.Object({ id: Uuid, milestoneId: Uuid });
  app.post('/api/projects/:id/milestones/:milestoneId/submit', { schema: { tags, summary: '提交里程碑完成情况', params: MParams, body: MilestoneSubmit, response: { 200: Ok, ...errors } }, config: { permission: 'projects:delivery:record' } },
    async (req) => { await delivery.submitMilestone(deps, req.ctx, actorOf(req), req.params.id, req.params.milestoneId, req.body); return { ok: true as const }; });

  app.post('/api/projects/:id/milestones/:milestoneId/review', { schema: { tags, summary: '验收里程碑：通过/退回', params: MParams, body: MilestoneReview, response: { 200: Ok, ...errors } }, config: { permission: 'projects:project:manage' } },
    async (req) => { await delivery.reviewMilestone(deps, req.ctx, actorOf(req), req.params.id, req.params.milestoneId, req.body); return { ok: true as const }; });

  app.post('/api/projects/:id/rectifications', { schema: { tags, summary: '下发整改要求', params: IdParams, body: RectificationInput, response: { 200: Ok, ...errors } }, config: { permission: 'projects:project:manage' } },
    async (req) => { await delivery.createRectification(deps, req.ctx, actorOf(req), req.params.id, req.body); return { ok: true as const }; });

  const RParams = Type.Object({ id: Uuid, rectificationId: Uuid });
  app.post('/api/projects/:id/rectifications/:rectificationId/answer', { schema: { tags, summary: '答复整改', params: RParams, body: RectificationAnswer, response: { 200: Ok, ...errors } }, config: { permission: 'projects:delivery:record' } },
    async (req) => { await delivery.actOnRectification(deps, req.ctx, actorOf(req), req.params.id, req.params.rectificationId, 'answer', req.body.answer); return { ok: true as const }; });

  app.post('/api/projects/:id/rectifications/:rectificationId/review', { schema: { tags, summary: '整改复核：关闭/重新整改', params: RParams, body: RectificationReview, response: { 200: Ok, ...errors } }, config: { permission: 'projects:project:manage' } },
    async (req) => { await delivery.actOnRectification(deps, req.ctx, actorOf(req), req.params.id, req.params.rectificationId, req.body.action, req.body.comment); return { ok: true as const }; });

  app.get('/api/projects/:id/complaints', { schema: { tags, summary: '本项目的投诉', params: IdParams, querystring: ComplaintListQuery, response: { 200: Page(Complaint), ...errors } }, config: { permission: 'projects:project:view' } },
    async (req) => complaints.listComplaints(deps, actorOf(req), req.query, req.params.id));
}
