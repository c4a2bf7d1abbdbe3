import { Type } from '@sinclair/typebox';
import {
  Binary, Dictionaries, ImportQuery, ImportResult, Organisation, OrganisationInput, OrganisationListQuery, OrganisationPatch, Page, PiiField, Problem, Uuid,
} from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { actorOf, type App } from '../../platform/http/types.js';
import { dictionaries } from './dictionaries.js';
import * as excel from './organisations.excel.service.js';
import * as svc from './organisations.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 413: Problem };
const IdParams = Type.Object({ id: Uuid });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PatchBody = Type.Composite([OrganisationPatch, Type.Object({ version: Type.Integer({ minimum: 1 }) })], { additionalProperties: false });

/** HTTP face of the organisation register. Each handler: validate (schema), read the actor, call one service. */
export function organisationRoutes(app: App, deps: AppDeps) {
  app.addContentTypeParser([XLSX, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.get('/api/dictionaries', { schema: { tags: ['organisations'], summary: '字典', response: { 200: Dictionaries } }, config: { allowPasswordChange: true } }, async () => dictionaries());

  app.get('/api/organisations', { schema: { tags: ['organisations'], summary: '社会组织列表', querystring: OrganisationListQuery, response: { 200: Page(Organisation), ...errors } }, config: { permission: 'organisations:org:view' } },
    async (req) => svc.listOrganisations(deps, actorOf(req), req.query));

  app.get('/api/organisations/export.xlsx', { schema: { tags: ['organisations'], summary: '导出Excel（当前筛选）', querystring: OrganisationListQuery, response: { 200: Binary, ...errors } }, config: { permission: 'organisations:org:export' } },
    async (req, reply) => {
      const { buffer, filename } = await excel.exportOrganisations(deps, req.ctx, actorOf(req), req.query);
      return reply.type(XLSX).header('content-disposition', `attachment; filename="organisations.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`).send(buffer);
    });

  app.get('/api/organisations/import/template.xlsx', { schema: { tags: ['organisations'], summary: '下载导入模板', response: { 200: Binary, ...errors } }, config: { permission: 'organisations:org:import' } },
    async (req, reply) => {
      const buffer = await excel.importTemplate(deps, actorOf(req));
      return reply.type(XLSX).header('content-disposition', `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent('社会组织导入模板.xlsx')}`).send(buffer);
    });

  app.post('/api/organisations/import', {
    schema: { tags: ['organisations'], summary: '导入Excel：preview 预览 / all 全部有效才写入 / validOnly 仅导入有效行', querystring: ImportQuery, response: { 200: ImportResult, ...errors } },
    config: { permission: 'organisations:org:import' }, bodyLimit: 10 * 1024 * 1024,
  }, async (req) => excel.importOrganisations(deps, req.ctx, actorOf(req), req.body as Buffer, req.query));

  app.get('/api/organisations/:id', { schema: { tags: ['organisations'], summary: '社会组织详情', params: IdParams, response: { 200: Organisation, ...errors } }, config: { permission: 'organisations:org:view' } },
    async (req) => svc.getOrganisation(deps, actorOf(req), req.params.id));

  app.get('/api/organisations/:id/pii/phone', { schema: { tags: ['organisations'], summary: '查看完整联系电话（留痕）', params: IdParams, response: { 200: PiiField, ...errors } }, config: { permission: 'pii:view' } },
    async (req) => svc.revealPhone(deps, req.ctx, actorOf(req), req.params.id));

  app.post('/api/organisations', { schema: { tags: ['organisations'], summary: '登记社会组织', body: OrganisationInput, response: { 200: Organisation, ...errors } }, config: { permission: 'organisations:org:create' } },
    async (req) => svc.createOrganisation(deps, req.ctx, actorOf(req), req.body));

  app.patch('/api/organisations/:id', { schema: { tags: ['organisations'], summary: '修改社会组织', params: IdParams, body: PatchBody, response: { 200: Organisation, ...errors } }, config: { permission: 'organisations:org:edit' } },
    async (req) => svc.updateOrganisation(deps, req.ctx, actorOf(req), req.params.id, req.body));

  app.post('/api/organisations/:id/deactivate', { schema: { tags: ['organisations'], summary: '注销社会组织', params: IdParams, response: { 200: Organisation, ...errors } }, config: { permission: 'organisations:org:deactivate' } },
    async (req) => svc.deactivateOrganisation(deps, req.ctx, actorOf(req), req.params.id));
}
