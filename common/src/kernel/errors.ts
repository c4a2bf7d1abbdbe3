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
  PAYLOAD_TOO_LARGE: { status: 413, zh: '文件过大', en: 'The file is too large' },
  PDF_FONT_MISSING: { status: 500, zh: '服务器缺少中文字体，无法生成PDF（请安装 fonts-noto-cjk 或设置 WUSHE_PDF_FONT）', en: 'No CJK font on the server; install fonts-noto-cjk or set WUSHE_PDF_FONT' },
  NEED_TRANSITION_INVALID: { status: 409, zh: '该需求当前状态不允许此操作', en: 'The need cannot do this in its current status' },
  NEED_NOT_ACCEPTED: { status: 409, zh: '只有已采纳的需求才能纳入发榜', en: 'Only accepted needs can go into a call' },
  NEED_MERGE_INVALID: { status: 409, zh: '只能合并同一社区、同一类别的需求，且不能合并到自身', en: 'Only needs of the same community and category can be merged, and not into themselves' },
  NEED_REGION_INVALID: { status: 400, zh: '需求须登记到社区（村）或其网格', en: 'A need belongs to a community (village) or one of its grids' },
  NEED_ASSESSOR_INVALID: { status: 400, zh: '评估人须为专家或第三方评估机构人员', en: 'Assessors must be experts or third-party evaluator staff' },
  ASSESSMENT_TRANSITION_INVALID: { status: 409, zh: '该评估当前状态不允许此操作', en: 'The assessment cannot do this in its current status' },
  ATTACHMENT_INVALID: { status: 400, zh: '附件须为 JPG、PNG、WebP 图片或 PDF，单个不超过5MB，每条需求最多6个', en: 'Attachments must be JPG, PNG, WebP or PDF, at most 5 MB each and 6 per need' },
  CATALOGUE_ITEM_TRANSITION_INVALID: { status: 409, zh: '该服务项目当前状态不允许此操作', en: 'The catalogue item cannot do this in its current status' },
  CATALOGUE_ITEM_UNAVAILABLE: { status: 409, zh: '该服务项目已下架或不服务您所在的社区', en: 'The item is withdrawn or does not serve your community' },
  CATALOGUE_CAPACITY_FULL: { status: 409, zh: '该服务项目本月名额已满', en: 'This item is fully booked for the month' },
  ORDER_TRANSITION_INVALID: { status: 409, zh: '该订单当前状态不允许此操作', en: 'The order cannot do this in its current status' },
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
