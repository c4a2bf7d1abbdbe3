import { labelField, type FieldError } from '@wushe/common';

interface AjvLikeError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Turns one schema-validation failure into a zh-CN message naming the field. */
export function describeValidationError(v: AjvLikeError, context: string): FieldError {
  let path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (v.keyword === 'required') path = path ? `${path}.${String(v.params.missingProperty)}` : String(v.params.missingProperty);
  if (v.keyword === 'additionalProperties') path = path ? `${path}.${String(v.params.additionalProperty)}` : String(v.params.additionalProperty);
  const field = labelField(path);
  const where = context === 'querystring' ? '查询参数' : context === 'params' ? '路径参数' : '';
  const p = v.params;
  const msg = (() => {
    switch (v.keyword) {
      case 'required': return `${field}为必填项`;
      case 'additionalProperties': return `不允许的字段：${path}`;
      case 'minLength': return `${field}至少${String(p.limit)}个字符`;
      case 'maxLength': return `${field}不能超过${String(p.limit)}个字符`;
      case 'minimum': return `${field}不能小于${String(p.limit)}`;
      case 'maximum': return `${field}不能大于${String(p.limit)}`;
      case 'maxItems': return `${field}最多${String(p.limit)}项`;
      case 'uniqueItems': return `${field}有重复项`;
      case 'pattern': case 'format': return `${field}格式不正确`;
      case 'type': return `${field}类型应为${typeName(String(p.type))}`;
      case 'const': case 'enum': case 'anyOf': return `${field}取值无效`;
      default: return `${field}无效`;
    }
  })();
  return { path, message: where ? `${where}${msg}` : msg };
}

function typeName(t: string): string {
  return ({ string: '文本', integer: '整数', number: '数字', boolean: '是/否', array: '列表', object: '对象', null: '空' } as Record<string, string>)[t] ?? t;
}
