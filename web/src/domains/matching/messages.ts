/** 智慧匹配 texts; en-US mirrors the keys (typed) and the i18n test checks both are complete. */
export const matchingZh = {
  term: { domain: '领域对口', distance: '距离远近', capacity: '服务余量', track: '服务记录', standing: '等级信誉' },
  candidates: {
    title: '智慧匹配：候选服务方', rank: '排名', name: '服务方', score: '匹配度', contribution: '贡献 {value} 分', empty: '暂无符合条件的服务方',
    excluded: '未入选的服务方及原因（{count}）', weightsNote: '匹配度 = 各项得分按本市权重加权平均；展开一行可查看每项的依据。',
  },
  weights: { title: '本市匹配权重' },
  fair: {
    title: '供需对接会（牵手计划）', setup: '选择需求与参会组织', need: '需求', category: '类别', region: '所在区划', noNeeds: '暂无已采纳的需求',
    organisations: '参会组织', organisationsHint: '选择参加本次对接会的社会组织（按所选需求的服务领域筛选）',
    capacity: '每家组织本次最多承接', cap: '资源限流（每家最多获得）', capHint: '不填则不限流；限流让资源“滴灌”到更多组织', minScore: '匹配度下限',
    solve: '求解最优分配', clearAdjustments: '清除调整（固定{pinned}项，排除{forbidden}项）', result: '最优分配结果',
    matched: '匹配成功', objective: '总匹配度', gini: '基尼系数', top10: '前10%组织所占份额', withoutCapValue: '（不限流：{value}）',
    assignments: '分配方案', organisation: '承接组织', pinned: '已固定', pin: '固定此组合后重算', forbid: '排除此组合后重算',
    unmatched: '未匹配的需求（{count}）', reason: '原因', titlePlaceholder: '对接会名称，如：2026年第四季度阿勒腾席热镇牵手计划',
    confirm: '确认结果', confirmed: '对接会结果已确认', history: '已确认的对接会', fairTitle: '名称', organisationCount: '参会组织数', confirmedAt: '确认时间',
    amount: '金额', amountHint: '不填则按承接组织的菜单服务价格计（无菜单服务按¥0计）', amountPlaceholder: '按菜单价格', item: '菜单服务',
    moneyCaps: '资源限流（每家最多获得金额）', moneyCapsHint: '为参会组织设置本次最多获得的金额（元）；设置后按整数规划精确求解', moneyCap: '金额上限（元）', noMoneyCap: '不限',
    amountTotal: '分配总金额', method: { flow: '最小费用流精确求解', milp: '整数规划（HiGHS）精确求解' },
    followUps: '已生成的后续事项', followUpKind: { order: '菜单服务订单', invitation: '对接邀请' }, followUpStatus: '状态', followUpLink: '查看',
  },
  kind: { organisation: '社会组织', catalogue_item: '菜单服务' },
  candidatesExtra: { price: '价格 {price}', offeredBy: '提供方：{name}' },
  invitations: {
    menu: '对接邀请', title: '对接邀请', fair: '对接会', need: '需求', region: '所在区划', organisation: '受邀组织', amount: '金额', score: '匹配度', status: '状态', receivedAt: '收到时间',
    accept: '接受', decline: '谢绝', declineReason: '谢绝原因（将告知对接会工作人员）', acceptNote: '答复说明（可选）', accepted: '已接受对接邀请', declined: '已谢绝对接邀请', empty: '暂无对接邀请',
    note: '答复说明', statusName: { pending: '待答复', accepted: '已接受', declined: '已谢绝' },
  },
};

export const matchingEn: typeof matchingZh = {
  term: { domain: 'Domain fit', distance: 'Nearness', capacity: 'Spare capacity', track: 'Track record', standing: 'Grade and standing' },
  candidates: {
    title: 'Matching: candidate providers', rank: 'Rank', name: 'Provider', score: 'Score', contribution: 'adds {value}', empty: 'No provider qualifies',
    excluded: 'Providers left out and why ({count})', weightsNote: 'The score is the weighted mean of the terms with this city\'s weights; expand a row to see each reason.',
  },
  weights: { title: 'Ranking weights for this city' },
  fair: {
    title: 'Matchmaking fair', setup: 'Choose needs and participating organisations', need: 'Need', category: 'Category', region: 'Region', noNeeds: 'No accepted needs yet',
    organisations: 'Participating organisations', organisationsHint: 'Organisations taking part (filtered by the chosen needs\' domains)',
    capacity: 'Most needs per organisation', cap: 'Resource cap (most awards per organisation)', capHint: 'Leave empty for no cap; the cap spreads resources over more organisations', minScore: 'Minimum score',
    solve: 'Find the optimal assignment', clearAdjustments: 'Clear adjustments ({pinned} pinned, {forbidden} forbidden)', result: 'Optimal assignment',
    matched: 'Matched', objective: 'Total score', gini: 'Gini coefficient', top10: 'Share of the top 10%', withoutCapValue: ' (no cap: {value})',
    assignments: 'Assignment', organisation: 'Organisation', pinned: 'Pinned', pin: 'Pin this pair and re-solve', forbid: 'Forbid this pair and re-solve',
    unmatched: 'Unmatched needs ({count})', reason: 'Reason', titlePlaceholder: 'Fair name, e.g. Q4 2026 matchmaking fair',
    confirm: 'Confirm', confirmed: 'The fair\'s result is confirmed', history: 'Confirmed fairs', fairTitle: 'Name', organisationCount: 'Organisations', confirmedAt: 'Confirmed at',
    amount: 'Amount', amountHint: 'Leave empty to count the provider\'s menu price (¥0 without a menu service)', amountPlaceholder: 'Menu price', item: 'Menu service',
    moneyCaps: 'Money cap (most awarded per organisation)', moneyCapsHint: 'The most money each organisation may be awarded in this fair (yuan); with caps the fair is solved exactly as an integer programme', moneyCap: 'Cap (yuan)', noMoneyCap: 'No cap',
    amountTotal: 'Total amount', method: { flow: 'Exact min-cost flow', milp: 'Exact integer programme (HiGHS)' },
    followUps: 'What the confirmation created', followUpKind: { order: 'Menu-service order', invitation: 'Invitation' }, followUpStatus: 'Status', followUpLink: 'Open',
  },
  kind: { organisation: 'Organisation', catalogue_item: 'Menu service' },
  candidatesExtra: { price: 'Price {price}', offeredBy: 'Offered by {name}' },
  invitations: {
    menu: 'Invitations', title: 'Invitations from matchmaking fairs', fair: 'Fair', need: 'Need', region: 'Region', organisation: 'Invited organisation', amount: 'Amount', score: 'Score', status: 'Status', receivedAt: 'Received',
    accept: 'Accept', decline: 'Decline', declineReason: 'Why you decline (the fair\'s organisers see it)', acceptNote: 'Note (optional)', accepted: 'Invitation accepted', declined: 'Invitation declined', empty: 'No invitations',
    note: 'Note', statusName: { pending: 'Awaiting answer', accepted: 'Accepted', declined: 'Declined' },
  },
};
