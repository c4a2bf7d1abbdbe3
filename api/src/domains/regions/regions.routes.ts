import { Type } from '@sinclair/typebox';
import { CreateGridBody, Problem, Region, RegionChildrenQuery, RegionCode, RegionSearchQuery, UpdateGridBody } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { actorOf, type App } from '../../platform/http/types.js';
import * as svc from './regions.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const CodeParams = Type.Object({ code: RegionCode });

/** The region tree within the actor's scope, and grid maintenance. */
export function regionRoutes(app: App, deps: AppDeps) {
  const view = { permission: 'system:region:view' as const };
  const edit = { permission: 'system:region:edit' as const };
  app.get('/api/regions/children', { schema: { tags: ['regions'], summary: '下级区划（不带parent时为数据权限根节点）', querystring: RegionChildrenQuery, response: { 200: Type.Array(Region), ...errors } }, config: view },
    async (req) => svc.listChildren(deps, actorOf(req), req.query.parent));
  app.get('/api/regions/search', { schema: { tags: ['regions'], summary: '按名称搜索区划', querystring: RegionSearchQuery, response: { 200: Type.Array(Region), ...errors } }, config: view },
    async (req) => svc.searchRegions(deps, actorOf(req), req.query.q));
  app.get('/api/regions/:code', { schema: { tags: ['regions'], summary: '区划详情', params: CodeParams, response: { 200: Region, ...errors } }, config: view },
    async (req) => svc.getRegion(deps, actorOf(req), req.params.code));
  app.post('/api/regions/grids', { schema: { tags: ['regions'], summary: '新建网格/微网格', body: CreateGridBody, response: { 200: Region, ...errors } }, config: edit },
    async (req) => svc.createGrid(deps, req.ctx, actorOf(req), req.body));
  app.patch('/api/regions/grids/:code', { schema: { tags: ['regions'], summary: '修改网格/微网格', params: CodeParams, body: UpdateGridBody, response: { 200: Region, ...errors } }, config: edit },
    async (req) => svc.updateGrid(deps, req.ctx, actorOf(req), req.params.code, req.body));
}
