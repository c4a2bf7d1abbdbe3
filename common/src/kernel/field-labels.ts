/** zh-CN names of API fields, so validation errors name the field the way the form does. */
export const FIELD_LABELS_ZH: Record<string, string> = {
  username: '用户名', password: '密码', oldPassword: '原密码', newPassword: '新密码',
  name: '名称', creditCode: '统一社会信用代码', type: '组织类型', serviceDomains: '服务领域', isHub: '枢纽型标记',
  isBrand: '品牌性标记', registrationRegionCode: '登记区划', operatingRegionCode: '实际运营区划',
  legalRepresentative: '法定代表人', phone: '联系电话', address: '地址', foundedOn: '成立日期', grade: '等级',
  gradeValidUntil: '等级有效期', version: '版本号', status: '状态', q: '搜索词', regionCode: '区划', domain: '服务领域',
  page: '页码', pageSize: '每页条数', parentCode: '上级区划', parent: '上级区划', population: '人口', code: '区划代码',
  id: '编号', mode: '导入方式', updateExisting: '更新已有数据', from: '开始日期', to: '结束日期', actor: '操作人',
  action: '操作类型', entityType: '对象类型', field: '字段',
};

/** "统一社会信用代码（creditCode）" for a field path like "creditCode" or "serviceDomains/2". */
export function labelField(path: string): string {
  const top = path.split(/[./[]/).filter(Boolean)[0] ?? path;
  const zh = FIELD_LABELS_ZH[top];
  return zh ? `${zh}（${path}）` : path || '请求';
}
