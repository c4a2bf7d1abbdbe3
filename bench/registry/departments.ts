/** How each of the 19 departments keeps its spreadsheet: coverage, headers, formats and habits. */

export interface DepartmentStyle {
  name: string;
  /** Share of enterprises / social organisations / parks and buildings this department lists. */
  cover: { enterprise: number; social: number; place: number };
  format: 'xlsx' | 'csv-gbk' | 'csv-utf8' | 'csv-utf8-bom';
  headers: { name: string; code?: string; legalRep?: string; phone?: string; address?: string; founded?: string; type?: string; industry?: string };
  dateFormat: 'iso' | 'slash' | 'cn' | 'compact' | 'dot' | 'serial';
  /** Slow departments keep old names, old representatives and old addresses. */
  slow: boolean;
  /** Writes the old 9-character organisation code instead of the credit code. */
  oldCode: boolean;
  shortNames: number;
  traditional: number;
  /** Drags codes down into blank cells. */
  fillDown: boolean;
  /** Writes the parent's code on a branch. */
  parentCodeOnBranch: boolean;
  /** Puts the bookkeeping agent's phone instead of the firm's. */
  accountantPhone: number;
  blank: number;
}

const base = { slow: false, oldCode: false, shortNames: 0, traditional: 0, fillDown: false, parentCodeOnBranch: false, accountantPhone: 0, blank: 0.08 };

export const DEPARTMENTS: DepartmentStyle[] = [
  { ...base, name: '市场监督管理局', cover: { enterprise: 0.95, social: 0, place: 0.9 }, format: 'xlsx', dateFormat: 'serial', blank: 0.02,
    headers: { name: '企业名称', code: '统一社会信用代码', legalRep: '法定代表人', phone: '联系电话', address: '住所', founded: '成立日期', type: '企业类型' } },
  { ...base, name: '民政局', cover: { enterprise: 0, social: 0.95, place: 0 }, format: 'xlsx', dateFormat: 'cn', blank: 0.03,
    headers: { name: '社会组织名称', code: '统一社会信用代码', legalRep: '法定代表人', phone: '联系电话', address: '住所', founded: '登记日期', type: '组织类型', industry: '业务范围' } },
  { ...base, name: '税务局', cover: { enterprise: 0.85, social: 0.5, place: 0.6 }, format: 'csv-gbk', dateFormat: 'compact', accountantPhone: 0.25,
    headers: { name: '纳税人名称', code: '纳税人识别号', legalRep: '法定代表人', phone: '联系电话', address: '生产经营地址', founded: '登记日期', industry: '行业' } },
  { ...base, name: '人力资源和社会保障局', cover: { enterprise: 0.6, social: 0.3, place: 0.2 }, format: 'csv-gbk', dateFormat: 'slash', accountantPhone: 0.15, slow: true,
    headers: { name: '用人单位名称', code: '社会信用代码', legalRep: '法人代表', phone: '联系电话', address: '单位地址' } },
  { ...base, name: '总工会', cover: { enterprise: 0.4, social: 0.2, place: 0.1 }, format: 'xlsx', dateFormat: 'dot', shortNames: 0.3, oldCode: true, fillDown: true,
    headers: { name: '单位名称', code: '组织机构代码', legalRep: '负责人', phone: '手机号码', address: '地址', founded: '成立时间' } },
  { ...base, name: '工商业联合会', cover: { enterprise: 0.3, social: 0.1, place: 0 }, format: 'csv-utf8-bom', dateFormat: 'cn', shortNames: 0.2, traditional: 0.05,
    headers: { name: '企业名称', code: '信用代码', legalRep: '法人', phone: '手机', address: '经营地址', industry: '所属行业' } },
  { ...base, name: '统计局', cover: { enterprise: 0.5, social: 0.1, place: 0.3 }, format: 'xlsx', dateFormat: 'iso', parentCodeOnBranch: true,
    headers: { name: '单位详细名称', code: '统一社会信用代码', legalRep: '单位负责人', phone: '电话号码', address: '单位所在地', founded: '开业日期', industry: '行业代码' } },
  { ...base, name: '发展和改革委员会', cover: { enterprise: 0.15, social: 0, place: 0.3 }, format: 'csv-utf8', dateFormat: 'slash', slow: true,
    headers: { name: '项目单位', code: '统一代码', legalRep: '法定代表人', phone: '联系方式', address: '注册地址' } },
  { ...base, name: '商务局', cover: { enterprise: 0.2, social: 0, place: 0.2 }, format: 'xlsx', dateFormat: 'iso', fillDown: true,
    headers: { name: '企业名称', code: '统一社会信用代码', phone: '联系电话', address: '经营地址', founded: '成立日期' } },
  { ...base, name: '住房和城乡建设局', cover: { enterprise: 0.2, social: 0.05, place: 0.3 }, format: 'csv-gbk', dateFormat: 'dot',
    headers: { name: '企业名称', code: '社会统一信用代码', legalRep: '法定代表人', phone: '联系电话', address: '注册地' } },
  { ...base, name: '交通运输局', cover: { enterprise: 0.15, social: 0.05, place: 0 }, format: 'xlsx', dateFormat: 'compact', parentCodeOnBranch: true,
    headers: { name: '经营业户名称', code: '统一社会信用代码', legalRep: '负责人', phone: '联系手机', address: '经营场所' } },
  { ...base, name: '卫生健康委员会', cover: { enterprise: 0.1, social: 0.1, place: 0 }, format: 'csv-utf8-bom', dateFormat: 'iso', traditional: 0.1,
    headers: { name: '机构名称', code: '统一社会信用代码', legalRep: '法定代表人', phone: '联系电话', address: '地址' } },
  { ...base, name: '教育局', cover: { enterprise: 0.05, social: 0.2, place: 0 }, format: 'xlsx', dateFormat: 'cn',
    headers: { name: '机构名称', code: '信用代码', legalRep: '举办者', phone: '联系电话', address: '办学地址' } },
  { ...base, name: '应急管理局', cover: { enterprise: 0.25, social: 0, place: 0.2 }, format: 'csv-gbk', dateFormat: 'iso', slow: true, fillDown: true,
    headers: { name: '企业名称', code: '统一社会信用代码', legalRep: '主要负责人', phone: '联系电话', address: '详细地址' } },
  { ...base, name: '生态环境局', cover: { enterprise: 0.15, social: 0, place: 0.2 }, format: 'xlsx', dateFormat: 'slash',
    headers: { name: '排污单位名称', code: '统一社会信用代码', legalRep: '法定代表人', phone: '联系电话', address: '生产经营场所地址' } },
  { ...base, name: '工业和信息化局', cover: { enterprise: 0.15, social: 0.02, place: 0.3 }, format: 'csv-utf8', dateFormat: 'cn', shortNames: 0.1,
    headers: { name: '企业名称', code: '统一社会信用代码', legalRep: '法人代表', phone: '电话', address: '地址', founded: '成立日期' } },
  { ...base, name: '科学技术局', cover: { enterprise: 0.1, social: 0.05, place: 0.1 }, format: 'xlsx', dateFormat: 'dot',
    headers: { name: '单位名称', code: '统一社会信用代码', phone: '联系人电话', address: '通讯地址', founded: '注册时间' } },
  { ...base, name: '文化和旅游局', cover: { enterprise: 0.1, social: 0.15, place: 0.1 }, format: 'csv-gbk', dateFormat: 'compact', slow: true,
    headers: { name: '单位名称', code: '统一社会信用代码', legalRep: '法定代表人', phone: '联系电话', address: '经营地址' } },
  { ...base, name: '医疗保障局', cover: { enterprise: 0.2, social: 0.05, place: 0 }, format: 'xlsx', dateFormat: 'iso', accountantPhone: 0.1,
    headers: { name: '参保单位名称', code: '统一社会信用代码', legalRep: '法定代表人', phone: '联系电话', address: '单位地址' } },
];
