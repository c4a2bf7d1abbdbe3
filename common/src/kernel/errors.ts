/** The closed list of error codes; every business failure maps to one, with text in both languages. */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, zh: '提交的数据有误，请检查标出的字段', en: 'Some fields are invalid; please check them' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please log in' },
  LOGIN_FAILED: { status: 401, zh: '用户名或密码错误', en: 'Wrong user name or password' },
  ACCOUNT_LOCKED: { status: 423, zh: '连续登录失败次数过多，账号已锁定15分钟', en: 'Too many failed logins; the account is locked for 15 minutes' },
  TOO_MANY_REQUESTS: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please try again later' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '首次登录请先修改密码', en: 'Please change your password before continuing' },
  PASSWORD_TOO_WEAK: { status: 400, zh: '新密码至少8位，且须包含字母和数字', en: 'The new password needs at least 8 characters with letters and digits' },
  CSRF_FAILED: { status: 403, zh: '页面已过期，请刷新后重试', en: 'The page has expired; please reload and try again' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限', en: 'You do not have permission to do this' },
  NOT_FOUND: { status: 404, zh: '记录不存在或不在您的数据权限范围内', en: 'Not found, or outside your data scope' },
  CONFLICT: { status: 409, zh: '数据已被他人修改，请刷新后重试', en: 'The record was changed by someone else; please reload' },
  DUPLICATE_CREDIT_CODE: { status: 409, zh: '该统一社会信用代码已登记', en: 'An organisation with this credit code is already registered' },
  CREDIT_CODE_INVALID: { status: 400, zh: '统一社会信用代码无效', en: 'The unified social credit code is not valid' },
  CREDIT_CODE_REQUIRED: { status: 400, zh: '除社区社会组织（备案）外，统一社会信用代码必填', en: 'A credit code is required except for filed community organisations' },
  REGION_OUT_OF_SCOPE: { status: 400, zh: '所选区划不在您的管辖范围内', en: 'The region is outside your jurisdiction' },
  REGION_NOT_GRID_PARENT: { status: 400, zh: '网格只能建在社区/村之下，微网格只能建在网格之下', en: 'Grids go under communities or villages, micro-grids under grids' },
  IMPORT_INVALID: { status: 400, zh: '导入文件存在错误，未写入任何数据', en: 'The file has errors; nothing was written' },
  IMPORT_FILE_UNREADABLE: { status: 400, zh: '无法读取文件，请使用下载的模板（.xlsx）', en: 'The file cannot be read; please use the downloaded .xlsx template' },
  ORGANISATION_INACTIVE: { status: 409, zh: '该组织已注销', en: 'The organisation is deactivated' },
  REGISTRY_FILE_UNREADABLE: { status: 400, zh: '无法读取该部门文件（支持 .xlsx 和 UTF-8/GBK 编码的 .csv）', en: 'The department file cannot be read (.xlsx, or .csv in UTF-8/GBK)' },
  REGISTRY_NO_HEADER: { status: 400, zh: '文件前15行中找不到表头：至少需要“单位名称”一列', en: 'No header in the first 15 rows: a name column is required' },
  REGISTRY_REVIEW_DECIDED: { status: 409, zh: '该待确认项已处理', en: 'This review item has already been decided' },
  REGISTRY_TASK_CLOSED: { status: 409, zh: '该核实任务已完成或已取消', en: 'This verification task is already done or cancelled' },
  REGISTRY_SPLIT_INVALID: { status: 400, zh: '拆分的来源行必须属于该主体，且不能是全部来源行', en: 'Rows to split off must belong to the entry and not be all of its rows' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '文件过大', en: 'The file is too large' },
  PDF_FONT_MISSING: { status: 500, zh: '服务器缺少中文字体，无法生成PDF（请安装 fonts-noto-cjk 或设置 WUSHE_PDF_FONT）', en: 'No CJK font on the server; install fonts-noto-cjk or set WUSHE_PDF_FONT' },
  INTERNAL: { status: 500, zh: '系统繁忙，请稍后再试', en: 'Something went wrong on our side; please try again' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One field-level problem: path like "creditCode" or "rows[11].name", message in zh-CN. */
export interface FieldError {
  path: string;
  message: string;
  messageEn?: string;
}

/** A business failure carrying its code; the HTTP layer turns it into RFC 9457 problem JSON. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly errors: FieldError[] = [],
    detail?: string,
  ) {
    super(detail ?? ERROR_CODES[code].zh);
  }
}
