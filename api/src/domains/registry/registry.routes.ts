import { Type } from '@sinclair/typebox';
import {
  Page, Problem, RegionCode, RegistryAssignee, RegistryBulkTaskInput, RegistryBulkTaskReport, RegistryEntity, RegistryEntityDetail, RegistryEntityPatch,
  RegistryImportInput, RegistryImportPreview, RegistryImportReport, RegistryListQuery, RegistryReviewDecision, RegistryReviewItem, RegistrySettings,
  RegistrySettingsInput, RegistrySplitInput, RegistryTask, RegistryTaskInput, RegistryTaskResult, Uuid, PageQuery,
} from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { actorOf, type App } from '../../platform/http/types.js';
import * as imports from './registry.import.service.js';
import * as correction from './registry.correction.service.js';
import * as svc from './registry.service.js';
import * as settings from './registry.settings.service.js';
import * as tasks from './registry.tasks.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 413: Problem };
const IdParams = Type.Object({ id: Uuid });
const CityParams = Type.Object({ cityCode: Type.String({ pattern: '^[0-9]{12}$' }) });
const tags = ['registry'];
const UPLOAD_LIMIT = 30 * 1024 * 1024;

/** HTTP face of the base register (基础底册). Each handler: validate, read the actor, call one service. */
export function registryRoutes(app: App, deps: AppDeps) {
  app.post('/api/registry/imports/preview', { schema: { tags, summary: '预览部门文件的表头映射', body: RegistryImportInput, response: { 200: RegistryImportPreview, ...errors } }, config: { permission: 'registry:import:create' }, bodyLimit: UPLOAD_LIMIT },
    async (req) => imports.previewImport(deps, actorOf(req), req.body));

  app.post('/api/registry/imports', { schema: { tags, summary: '导入部门文件并合并入底册', body: RegistryImportInput, response: { 200: RegistryImportReport, ...errors } }, config: { permission: 'registry:import:create' }, bodyLimit: UPLOAD_LIMIT },
    async (req) => imports.commitImport(deps, req.ctx, actorOf(req), req.body));

  app.get('/api/registry/entities', { schema: { tags, summary: '底册主体列表', querystring: RegistryListQuery, response: { 200: Page(RegistryEntity), ...errors } }, config: { permission: 'registry:entity:view' } },
    async (req) => svc.listEntities(deps, actorOf(req), req.query));

  app.get('/api/registry/entities/:id', { schema: { tags, summary: '底册主体详情（含来源）', params: IdParams, response: { 200: RegistryEntityDetail, ...errors } }, config: { permission: 'registry:entity:view' } },
    async (req) => svc.getEntity(deps, actorOf(req), req.params.id));

  app.patch('/api/registry/entities/:id', { schema: { tags, summary: '修改台账、行业党委、经营地、党组织覆盖', params: IdParams, body: RegistryEntityPatch, response: { 200: RegistryEntityDetail, ...errors } }, config: { permission: 'registry:entity:edit' } },
    async (req) => correction.patchEntity(deps, req.ctx, actorOf(req), req.params.id, req.body));

  app.post('/api/registry/entities/:id/split', { schema: { tags, summary: '拆分错误合并', params: IdParams, body: RegistrySplitInput, response: { 200: Type.Object({ entityId: Uuid, newEntityId: Uuid }), ...errors } }, config: { permission: 'registry:entity:edit' } },
    async (req) => svc.splitEntity(deps, req.ctx, actorOf(req), req.params.id, req.body.sourceRowIds, req.body.version));

  app.get('/api/registry/review', { schema: { tags, summary: '待人工确认队列', querystring: Type.Object(PageQuery, { additionalProperties: false }), response: { 200: Page(RegistryReviewItem), ...errors } }, config: { permission: 'registry:review:decide' } },
    async (req) => svc.listReview(deps, actorOf(req), req.query.page, req.query.pageSize));

  app.post('/api/registry/review/:id', { schema: { tags, summary: '确认或驳回（一键）', params: IdParams, body: RegistryReviewDecision, response: { 200: Type.Object({ entityId: Uuid, reviewQueue: Type.Integer() }), ...errors } }, config: { permission: 'registry:review:decide' } },
    async (req) => svc.decideReview(deps, req.ctx, actorOf(req), req.params.id, req.body.decision));

  app.post('/api/registry/tasks', { schema: { tags, summary: '派发核实任务', body: RegistryTaskInput, response: { 200: RegistryTask, ...errors } }, config: { permission: 'registry:task:create' } },
    async (req) => tasks.createTask(deps, req.ctx, actorOf(req), req.body));

  app.post('/api/registry/tasks/bulk', { schema: { tags, summary: '按筛选条件批量派发核实任务', body: RegistryBulkTaskInput, response: { 200: RegistryBulkTaskReport, ...errors } }, config: { permission: 'registry:task:create' } },
    async (req) => tasks.createTasks(deps, req.ctx, actorOf(req), req.body));

  app.get('/api/registry/assignees', { schema: { tags, summary: '可指派的街道（镇）核实人员', querystring: Type.Object({ regionCode: Type.Optional(RegionCode) }, { additionalProperties: false }), response: { 200: Type.Array(RegistryAssignee), ...errors } }, config: { permission: 'registry:task:create' } },
    async (req) => tasks.listAssignees(deps, actorOf(req), req.query.regionCode));

  app.get('/api/registry/tasks', { schema: { tags, summary: '核实任务（mine=true 仅本人）', querystring: Type.Object({ mine: Type.Optional(Type.Boolean()) }, { additionalProperties: false }), response: { 200: Type.Array(RegistryTask), ...errors } }, config: { permission: 'registry:task:record' } },
    async (req) => tasks.listTasks(deps, actorOf(req), req.query.mine ?? false));

  app.post('/api/registry/tasks/:id/result', { schema: { tags, summary: '登记核实结果（手机端）', params: IdParams, body: RegistryTaskResult, response: { 200: RegistryTask, ...errors } }, config: { permission: 'registry:task:record' } },
    async (req) => tasks.recordTask(deps, req.ctx, actorOf(req), req.params.id, req.body));

  app.get('/api/registry/settings/:cityCode', { schema: { tags, summary: '本市底册规则（管行业管党建、来源优先级）', params: CityParams, response: { 200: RegistrySettings, ...errors } }, config: { permission: 'registry:entity:view' } },
    async (req) => settings.getSettings(deps, actorOf(req), req.params.cityCode));

  app.put('/api/registry/settings/:cityCode', { schema: { tags, summary: '修改本市底册规则并重新套用', params: CityParams, body: RegistrySettingsInput, response: { 200: RegistrySettings, ...errors } }, config: { permission: 'registry:settings:edit' } },
    async (req) => settings.saveSettings(deps, req.ctx, actorOf(req), req.params.cityCode, req.body));
}
