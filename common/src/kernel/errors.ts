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
  CALL_STATE_INVALID: { status: 409, zh: '榜单当前状态不允许此操作', en: 'The call is not in a state that allows this' },
  BID_STATE_INVALID: { status: 409, zh: '揭榜申报当前状态不允许此操作', en: 'The bid is not in a state that allows this' },
  AWARD_STATE_INVALID: { status: 409, zh: '中标结果当前状态不允许此操作', en: 'The award is not in a state that allows this' },
  CALL_DEADLINE_PASSED: { status: 409, zh: '揭榜截止时间已过', en: 'The bidding deadline has passed' },
  CALL_DEADLINE_NOT_REACHED: { status: 409, zh: '揭榜截止时间未到，申报材料尚未开启', en: 'The bidding deadline has not passed yet' },
  CALL_NEEDS_NOT_ACCEPTED: { status: 409, zh: '所选需求须已通过评榜且尚未发榜', en: 'Every chosen need must be accepted and not yet in a call' },
  BID_EXISTS: { status: 409, zh: '该组织已参与本榜单的揭榜', en: 'This organisation already takes part in a bid for this call' },
  BID_MEMBERS_UNCONFIRMED: { status: 409, zh: '联合体成员尚未全部确认', en: 'Not every consortium member has confirmed' },
  CALL_PANEL_REQUIRED: { status: 409, zh: '请先组建评审组', en: 'Form the panel first' },
  CALL_NOT_PANELLIST: { status: 403, zh: '您不是本榜单评审组成员', en: 'You are not on this call\'s panel' },
  REVIEW_CONFLICT_DECLARED: { status: 409, zh: '您已声明与该申报存在利益冲突，不参与其评分', en: 'You declared a conflict of interest for this bid' },
  AWARD_CAP_REACHED: { status: 409, zh: '该组织承接中的项目数已达上限（资源限流）', en: 'The organisation holds the maximum number of concurrent awards' },
  AWARD_NOTICE_RUNNING: { status: 409, zh: '公示期未结束，暂不能确认中标', en: 'The notice period has not ended yet' },
  AWARD_NOTICE_OVER: { status: 409, zh: '公示期已结束，不再受理异议', en: 'The notice period is over; objections are closed' },
  AWARD_OBJECTION_OPEN: { status: 409, zh: '尚有未答复的异议', en: 'An objection is still unanswered' },
  PROJECT_ILLEGAL_TRANSITION: { status: 409, zh: '项目当前状态不允许此操作', en: 'The project is not in a state that allows this' },
  MILESTONE_ILLEGAL_TRANSITION: { status: 409, zh: '里程碑当前状态不允许此操作', en: 'The milestone is not in a state that allows this' },
  RECTIFICATION_ILLEGAL_TRANSITION: { status: 409, zh: '整改当前状态不允许此操作', en: 'The rectification is not in a state that allows this' },
  COMPLAINT_ILLEGAL_TRANSITION: { status: 409, zh: '投诉当前状态不允许此操作', en: 'The complaint is not in a state that allows this' },
  CONTRACT_INVALID: { status: 400, zh: '合同里程碑与付款计划有误', en: 'The contract milestones or payment schedule are invalid' },
  PROJECT_NOT_IN_DELIVERY: { status: 409, zh: '项目不在实施阶段，不能登记服务记录', en: 'The project is not in delivery; records cannot be added' },
  EVALUATION_NOT_OPEN: { status: 409, zh: '项目尚未进入考榜评价或评价已结束', en: 'The evaluation is not open' },
  EVALUATION_INCOMPLETE: { status: 409, zh: '四方评价尚未齐全，不能出具考榜结果', en: 'Not all four parties have scored yet' },
  EVALUATION_ALREADY_SCORED: { status: 409, zh: '您已评价过该项目，每人限评一次', en: 'You have already scored this project' },
  EVALUATION_SETTINGS_INVALID: { status: 400, zh: '考榜权重或等级分数线设置有误', en: 'The evaluation weights or thresholds are invalid' },
  RATING_CODE_INVALID: { status: 400, zh: '验证码错误或已过期', en: 'The code is wrong or has expired' },
  RATING_CODE_LIMIT: { status: 429, zh: '验证码发送过于频繁，请一小时后再试', en: 'Too many codes requested; try again in an hour' },
  PHOTO_INVALID: { status: 400, zh: '照片须为不超过2MB的JPEG或PNG图片', en: 'Photos must be JPEG or PNG up to 2 MB' },
  REPORT_NOT_READY: { status: 409, zh: '考榜结果出具后才能生成结项报告', en: 'The final report is available once the evaluation is finalised' },
  INSUFFICIENT_FUNDS: { status: 409, zh: '基金可用余额不足', en: 'The fund\'s available balance is not enough' },
  IDEMPOTENCY_KEY_REUSED: { status: 409, zh: '幂等键已用于另一笔不同内容的请求', en: 'This idempotency key was already used for a different request' },
  LEDGER_ALREADY_REVERSED: { status: 409, zh: '该凭证已冲正，不能再次冲正', en: 'This transaction has already been reversed' },
  LEDGER_NOT_REVERSIBLE: { status: 409, zh: '该类凭证不能直接冲正，请通过拨付流程取消', en: 'This kind of transaction cannot be reversed directly' },
  FUND_TRANSITION_INVALID: { status: 409, zh: '当前状态下不能执行此操作', en: 'This action is not allowed in the current state' },
  FUND_SAME_PERSON: { status: 409, zh: '审批人不能是申请人本人', en: 'The approver must be a different person from the requester' },
  FUND_QUORUM_NOT_MET: { status: 409, zh: '管委会表决无效：出席人数未达法定人数或票数不符', en: 'The committee vote is invalid: no quorum or the votes do not add up' },
  FUND_CAMPAIGN_CLOSED: { status: 409, zh: '募捐活动已结束或不属于该基金', en: 'The campaign is closed or belongs to another fund' },
  FUND_SIGNATURE_INVALID: { status: 401, zh: '支付渠道通知签名无效', en: 'The payment channel notification signature is invalid' },
  FUND_ALLOCATION_INVALID: { status: 400, zh: '只能在上级基金与其下级基金之间划拨', en: 'Allocations move money between a fund and its direct sub-fund' },
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
  MATCHING_FAIR_TOO_LARGE: { status: 400, zh: '设置了金额限流的对接会规模过大，请分批求解', en: 'A fair with money caps is too large to solve exactly; split it into batches' },
  NEED_ALREADY_MATCHED: { status: 409, zh: '需求已在另一场对接会中确认承接方', en: 'The need already has a provider from another confirmed fair' },
  INVITATION_TRANSITION_INVALID: { status: 409, zh: '该对接邀请已答复，不能再次操作', en: 'This invitation has already been answered' },
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
