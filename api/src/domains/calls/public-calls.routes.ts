import { Type } from '@sinclair/typebox';
import { ObjectionInput, Ok, Page, PageQuery, Problem, PublicCall, PublicCallDetail, Uuid } from '@wushe/common';
import type { App } from '../../platform/http/types.js';
import type { CallsEnv } from './calls-hooks.js';
import * as svc from './public.service.js';
import type { OcdsContractFacts } from './ocds-release.js';

const errors = { 400: Problem, 404: Problem, 409: Problem };
const Id = Type.Object({ id: Uuid });
const tags = ['calls (public)'];

/** Contract and implementation facts for the OCDS output, supplied by the projects domain once it exists. */
export type ContractSource = (env: CallsEnv, callId: string) => Promise<OcdsContractFacts[]>;

/** 信息公开 without login: only what may be public — no personal data, no bid before the deadline. */
export function publicCallRoutes(app: App, env: CallsEnv, contracts: ContractSource = async () => []) {
  app.get('/api/public/calls', { schema: { tags, summary: '公开榜单', querystring: Type.Object(PageQuery, { additionalProperties: false }), response: { 200: Page(PublicCall), ...errors } }, config: { public: true } },
    async (req) => svc.listPublicCalls(env, req.query));
  app.get('/api/public/calls/:id', { schema: { tags, summary: '公开榜单详情、中标公示与评分', params: Id, response: { 200: PublicCallDetail, ...errors } }, config: { public: true } },
    async (req) => svc.getPublicCall(env, req.params.id));
  app.get('/api/public/calls/:id/ocds', { schema: { tags, summary: 'OCDS 1.1.5 release package', params: Id, response: { 200: Type.Unknown(), ...errors } }, config: { public: true } },
    async (req) => svc.ocdsPackage(env, req.params.id, `${req.protocol}://${req.host}`, await contracts(env, req.params.id)));
  app.post('/api/public/calls/:id/objections', { schema: { tags, summary: '对中标结果提出异议（公示期内）', params: Id, body: ObjectionInput, response: { 200: Ok, ...errors } }, config: { public: true } },
    async (req) => svc.fileObjection(env, req.ctx, req.params.id, req.body));
}
