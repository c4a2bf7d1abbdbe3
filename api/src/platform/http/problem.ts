import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_CODES, type ErrorCode, type FieldError } from '@wushe/common';
import { describeValidationError } from './validation-messages.js';

/** Sends RFC 9457 problem JSON for a code; the detail is zh-CN, the code is what clients switch on. */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, code: ErrorCode, errors: FieldError[] = [], detail?: string) {
  const def = ERROR_CODES[code];
  return reply
    .status(def.status)
    .type('application/problem+json')
    .send({
      type: `https://wushe.cn/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title: def.en,
      status: def.status,
      detail: detail ?? (errors.length > 0 ? `${def.zh}：${errors.map((e) => e.message).join('；')}` : def.zh),
      code,
      requestId: request.id,
      errors: errors.map((e) => ({ path: e.path, message: e.message })),
    });
}

/** The one error handler: business errors by code, schema failures as VALIDATION_FAILED, the rest as INTERNAL. */
export function handleError(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return sendProblem(reply, request, error.code, error.errors, error.errors.length ? undefined : error.message);
  const fe = error as FastifyError;
  if (fe.validation) {
    const errors = pickOnePerPath(fe.validation).map((v) => describeValidationError(v, fe.validationContext ?? 'body'));
    return sendProblem(reply, request, 'VALIDATION_FAILED', errors);
  }
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendProblem(reply, request, 'PAYLOAD_TOO_LARGE');
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && fe.code?.startsWith('FST_'))) {
    return sendProblem(reply, request, 'VALIDATION_FAILED', [{ path: '', message: `请求格式错误：${fe.message}` }]);
  }
  if (fe.statusCode === 415) return sendProblem(reply, request, 'VALIDATION_FAILED', [{ path: '', message: '不支持的内容类型' }]);
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, request, 'INTERNAL');
}

const SPECIFIC = new Set(['required', 'additionalProperties', 'minLength', 'maxLength', 'minimum', 'maximum', 'pattern', 'format', 'maxItems', 'uniqueItems']);

/** A union failure reports every branch; keep the most telling error per field (a length beats "not null"). */
function pickOnePerPath<T extends { keyword: string; instancePath: string; params: Record<string, unknown> }>(errs: T[]): T[] {
  const byPath = new Map<string, T>();
  const rank = (e: T) => (SPECIFIC.has(e.keyword) ? 0 : e.keyword === 'anyOf' ? 1 : 2);
  for (const e of errs) {
    const key = `${e.instancePath}|${String(e.params.missingProperty ?? e.params.additionalProperty ?? '')}`;
    const prev = byPath.get(key);
    if (!prev || rank(e) < rank(prev)) byPath.set(key, e);
  }
  return [...byPath.values()];
}
