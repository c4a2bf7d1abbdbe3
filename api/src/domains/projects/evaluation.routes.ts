import { Type } from '@sinclair/typebox';
import {
  AppError, Binary, EvaluationSettingsBody, EvaluationView, Ok, Page, Problem, PublicEvaluation, PublicListQuery, PublicStanding, RatingCodeRequest, RatingInfo, RatingSubmit, ScoreInput, Uuid,
} from '@wushe/common';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { actorOf, type App } from '../../platform/http/types.js';
import * as evaluation from './evaluation.service.js';
import { ratingQr } from './qr.service.js';
import * as rating from './rating.service.js';
import { finalReport } from './report.service.js';
import { publicEvaluations, publicStandings } from './standings.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 429: Problem };
const IdParams = Type.Object({ id: Uuid });
const TokenParams = Type.Object({ token: Type.String({ pattern: '^[A-Za-z0-9_-]{16,32}$' }) });
const CityParams = Type.Object({ cityCode: Type.String({ pattern: '^[0-9]{4}00000000$' }) });
const tags = ['projects'];

/** Where the printed QR code points: the configured public address, else the address this request came to. */
const originOf = (req: FastifyRequest) => process.env.WUSHE_PUBLIC_URL?.replace(/\/$/, '') || `${req.protocol}://${req.host}`;

/** HTTP face of 考榜: scores, settings, 码上评, the final report and the public results and lists. */
export function evaluationRoutes(app: App, deps: AppDeps) {
  app.get('/api/projects/:id/evaluation', { schema: { tags, summary: '考榜评价情况', params: IdParams, response: { 200: EvaluationView, ...errors } }, config: { permission: 'projects:project:view' } },
    async (req) => evaluation.getEvaluation(deps, actorOf(req), req.params.id, originOf(req)));

  app.post('/api/projects/:id/evaluation/scores', { schema: { tags, summary: '考榜评分（社区党组织/职能部门/专家）', params: IdParams, body: ScoreInput, response: { 200: Ok, ...errors } }, config: { permission: 'projects:evaluation:score' } },
    async (req) => { await evaluation.scoreProject(deps, req.ctx, actorOf(req), req.params.id, req.body); return { ok: true as const }; });

  app.get('/api/projects/:id/rating-qr.svg', { schema: { tags, summary: '码上评二维码（SVG）', params: IdParams, response: { 200: Binary, ...errors } }, config: { permission: 'projects:project:view' } },
    async (req, reply) => reply.type('image/svg+xml').send(await ratingQr(deps, actorOf(req), req.params.id, originOf(req), 'svg')));

  app.get('/api/projects/:id/rating-qr.png', { schema: { tags, summary: '码上评二维码（PNG）', params: IdParams, response: { 200: Binary, ...errors } }, config: { permission: 'projects:project:view' } },
    async (req, reply) => reply.type('image/png').send(await ratingQr(deps, actorOf(req), req.params.id, originOf(req), 'png')));

  app.get('/api/projects/:id/report.pdf', { schema: { tags, summary: '结项报告（PDF）', params: IdParams, response: { 200: Binary, ...errors } }, config: { permission: 'projects:project:view' } },
    async (req, reply) => {
      const { buffer, filename } = await finalReport(deps, actorOf(req), req.params.id);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="report.pdf"; filename*=UTF-8''${encodeURIComponent(filename)}`).send(buffer);
    });

  app.get('/api/projects/evaluation-settings/:cityCode', { schema: { tags, summary: '考榜权重与等级分数线', params: CityParams, response: { 200: EvaluationSettingsBody, ...errors } }, config: { permission: 'projects:settings:edit' } },
    async (req) => evaluation.getSettings(deps, actorOf(req), req.params.cityCode));

  app.put('/api/projects/evaluation-settings/:cityCode', { schema: { tags, summary: '修改考榜权重与等级分数线', params: CityParams, body: EvaluationSettingsBody, response: { 200: EvaluationSettingsBody, ...errors } }, config: { permission: 'projects:settings:edit' } },
    async (req) => evaluation.putSettings(deps, req.ctx, actorOf(req), req.params.cityCode, req.body));

  // Public: 码上评 for residents, and the disclosure lists. No personal data leaves through these.
  app.get('/api/public/rating/:token', { schema: { tags, summary: '码上评：项目信息', params: TokenParams, response: { 200: RatingInfo, ...errors } }, config: { public: true } },
    async (req) => rating.ratingInfo(deps, req.params.token));

  app.post('/api/public/rating/:token/code', { schema: { tags, summary: '码上评：获取短信验证码', params: TokenParams, body: RatingCodeRequest, response: { 200: Ok, ...errors } }, config: { public: true } },
    async (req) => rating.requestCode(deps, req.params.token, req.body.phone));

  app.post('/api/public/rating/:token', { schema: { tags, summary: '码上评：提交评价（居民账号或手机验证码）', params: TokenParams, body: RatingSubmit, response: { 200: Ok, ...errors } }, config: { public: true } },
    async (req) => {
      // A public route skips the guard's CSRF check; the session only counts when the page proves it with the token.
      const sessionVerified = !!req.ctx.actor && !!req.csrfToken && req.headers['x-csrf-token'] === req.csrfToken;
      if (req.ctx.actor && !sessionVerified && !req.body.phone) throw new AppError('CSRF_FAILED');
      return rating.submitRating(deps, req.ctx, req.params.token, req.body, sessionVerified);
    });

  app.get('/api/public/evaluations', { schema: { tags, summary: '考榜结果公示', querystring: PublicListQuery, response: { 200: Page(PublicEvaluation), ...errors } }, config: { public: true } },
    async (req) => publicEvaluations(deps, req.query));

  app.get('/api/public/standings', { schema: { tags, summary: '红黑榜公示', querystring: PublicListQuery, response: { 200: Page(PublicStanding), ...errors } }, config: { public: true } },
    async (req) => publicStandings(deps, req.query));
}
