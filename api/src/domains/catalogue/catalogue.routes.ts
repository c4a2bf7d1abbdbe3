import { Type } from '@sinclair/typebox';
import {
  CatalogueItem, CatalogueItemInput, CatalogueItemPatch, CatalogueQuery, Order, OrderAction, OrderDetail, OrderInput, OrderQuery, Page, Problem,
  PublicCatalogueItem, RatingInput, Uuid, VersionInput,
} from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { actorOf, type App } from '../../platform/http/types.js';
import * as items from './catalogue.service.js';
import * as orders from './orders.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const IdParams = Type.Object({ id: Uuid });
const tags = ['catalogue'];

/** HTTP face of menu services (社区点单、社会组织接单、居民评单) and the public catalogue. */
export function catalogueRoutes(app: App, deps: AppDeps) {
  app.get('/api/public/catalogue', { schema: { tags, summary: '服务菜单（公开，无需登录）', querystring: CatalogueQuery, response: { 200: Page(PublicCatalogueItem), 400: Problem } }, config: { public: true } },
    async (req) => items.publicCatalogue(deps, req.query));
  app.get('/api/public/catalogue/:id', { schema: { tags, summary: '服务项目（公开）', params: IdParams, response: { 200: PublicCatalogueItem, 400: Problem, 404: Problem } }, config: { public: true } },
    async (req) => items.publicItem(deps, req.params.id));

  app.get('/api/catalogue/items', { schema: { tags, summary: '本组织的服务项目', querystring: CatalogueQuery, response: { 200: Page(CatalogueItem), ...errors } }, config: { permission: 'catalogue:item:manage' } },
    async (req) => items.myItems(deps, actorOf(req), req.query));
  app.post('/api/catalogue/items', { schema: { tags, summary: '发布服务项目', body: CatalogueItemInput, response: { 200: CatalogueItem, ...errors } }, config: { permission: 'catalogue:item:manage' } },
    async (req) => items.createItem(deps, req.ctx, actorOf(req), req.body));
  app.get('/api/catalogue/items/:id', { schema: { tags, summary: '服务项目详情（本组织）', params: IdParams, response: { 200: CatalogueItem, ...errors } }, config: { permission: 'catalogue:item:manage' } },
    async (req) => items.getItem(deps, actorOf(req), req.params.id));
  app.patch('/api/catalogue/items/:id', { schema: { tags, summary: '修改服务项目', params: IdParams, body: CatalogueItemPatch, response: { 200: CatalogueItem, ...errors } }, config: { permission: 'catalogue:item:manage' } },
    async (req) => items.updateItem(deps, req.ctx, actorOf(req), req.params.id, req.body));
  app.post('/api/catalogue/items/:id/withdraw', { schema: { tags, summary: '下架', params: IdParams, body: VersionInput, response: { 200: CatalogueItem, ...errors } }, config: { permission: 'catalogue:item:manage' } },
    async (req) => items.changeItemStatus(deps, req.ctx, actorOf(req), req.params.id, 'withdraw', req.body.version));
  app.post('/api/catalogue/items/:id/publish', { schema: { tags, summary: '重新上架', params: IdParams, body: VersionInput, response: { 200: CatalogueItem, ...errors } }, config: { permission: 'catalogue:item:manage' } },
    async (req) => items.changeItemStatus(deps, req.ctx, actorOf(req), req.params.id, 'publish', req.body.version));

  app.get('/api/catalogue/orders', { schema: { tags, summary: '服务订单', querystring: OrderQuery, response: { 200: Page(Order), ...errors } }, config: { permission: 'catalogue:order:view' } },
    async (req) => orders.listOrders(deps, actorOf(req), req.query));
  app.post('/api/catalogue/orders', { schema: { tags, summary: '点单', body: OrderInput, response: { 200: Order, ...errors } }, config: { permission: 'catalogue:order:create' } },
    async (req) => orders.placeOrder(deps, req.ctx, actorOf(req), req.body));
  app.get('/api/catalogue/orders/:id', { schema: { tags, summary: '订单详情（含过程留痕）', params: IdParams, response: { 200: OrderDetail, ...errors } }, config: { permission: 'catalogue:order:view' } },
    async (req) => orders.getOrder(deps, actorOf(req), req.params.id));
  for (const action of ['accept', 'decline', 'deliver'] as const) {
    app.post(`/api/catalogue/orders/:id/${action}`, { schema: { tags, summary: { accept: '接单', decline: '拒单（须说明原因）', deliver: '完成服务' }[action], params: IdParams, body: OrderAction, response: { 200: OrderDetail, ...errors } }, config: { permission: 'catalogue:order:handle' } },
      async (req) => orders.actOnOrder(deps, req.ctx, actorOf(req), req.params.id, action, req.body));
  }
  app.post('/api/catalogue/orders/:id/cancel', { schema: { tags, summary: '取消订单（接单前）', params: IdParams, body: OrderAction, response: { 200: OrderDetail, ...errors } }, config: { permission: 'catalogue:order:create' } },
    async (req) => orders.actOnOrder(deps, req.ctx, actorOf(req), req.params.id, 'cancel', req.body));
  app.post('/api/catalogue/orders/:id/rate', { schema: { tags, summary: '居民评单（1–5星）', params: IdParams, body: RatingInput, response: { 200: OrderDetail, ...errors } }, config: { permission: 'catalogue:order:rate' } },
    async (req) => orders.actOnOrder(deps, req.ctx, actorOf(req), req.params.id, 'rate', req.body));
}
