import { NEED_SOURCE_EN, NEED_SOURCE_ZH, NEED_STATUS_EN, NEED_STATUS_ZH, NEED_URGENCY_EN, NEED_URGENCY_ZH } from '../../platform/kernel';

/** Needs list and 评榜 (zh-CN). */
export const needsZh = {
  menu: { list: '需求清单', order: '我要点单', assessments: '我的评估任务' },
  status: { ...NEED_STATUS_ZH },
  source: { ...NEED_SOURCE_ZH },
  urgency: { ...NEED_URGENCY_ZH },
  list: {
    title: '需求清单', create: '登记需求', export: '导出Excel', exportFileName: '需求清单.xlsx', exported: '已导出',
    search: '搜索标题或描述（繁简皆可）', category: '类别', status: '状态', source: '来源', region: '区划代码',
    number: '编号', titleCol: '需求', community: '社区（网格）', people: '涉及人数', asked: '提出人次', priority: '优先级', createdAt: '登记时间',
    total: '共 {n} 条', totalAtLeast: '至少 {n} 条', more: '加载更多', counts: '各状态数量', children: '下级区划',
  },
  form: {
    title: '需求标题', titleHint: '一句话说清楚，如“小区老人吃饭难”', description: '需求描述', descriptionHint: '谁需要、什么困难、希望怎么解决',
    category: '需求类别', region: '所在社区或网格（区划代码）', source: '需求来源', urgency: '紧急程度', people: '涉及人数',
    contactName: '联系人', contactPhone: '联系电话', photos: '照片或附件（JPG/PNG/PDF，每个≤5MB）', submit: '提交', submitted: '已提交，编号 {number}',
    similarTitle: '本社区已有相似需求', similarHint: '如为同一件事，可在需求详情中合并，系统会累计提出人次。', required: '请填写此项',
  },
  order: {
    title: '我要点单', intro: '告诉社区您遇到的困难或想要的服务，社区会在评估后答复您。', mine: '我提交的需求', none: '还没有提交过需求',
    reason: '答复', status: '办理进度',
  },
  detail: {
    title: '需求详情', basic: '基本信息', attachments: '照片与附件', assessments: '评榜记录', timeline: '过程留痕', suggestion: '评估建议',
    suggestionText: '重要性 {importance} · 紧迫性 {urgency} · 可行性 {feasibility}（{count}份评估），建议优先级 {priority}',
    assign: '分派评估', assessors: '评估人', assignOk: '已分派', score: '提交评估', importance: '重要性', urgencyScore: '紧迫性', feasibility: '可行性',
    comment: '评估意见', scored: '已提交评估', decide: '作出决定', decision: '决定', accept: '采纳', reject: '不采纳', answer: '直接答复', merge: '合并到',
    priority: '优先级（1最高）', reason: '理由或答复（将告知提出人）', decided: '已作出决定', similar: '相似需求', mergeInto: '合并到此需求', merged: '已合并',
    pending: '待评估', done: '已评估', contact: '联系人', decisionReason: '决定说明', requestCount: '{n}人次提出',
  },
  events: { submit: '提交需求', assign: '分派评估', score: '专家评估', accept: '采纳', reject: '不采纳', answer: '直接答复', merge: '合并', absorb: '合并相似需求', call: '纳入发榜', project: '转为项目', close: '办结' },
  assessments: { title: '我的评估任务', empty: '暂无分派给您的需求', open: '去评估' },
};

export const needsEn: typeof needsZh = {
  menu: { list: 'Needs list', order: 'Report a need', assessments: 'My assessments' },
  status: { ...NEED_STATUS_EN },
  source: { ...NEED_SOURCE_EN },
  urgency: { ...NEED_URGENCY_EN },
  list: {
    title: 'Needs list', create: 'Record a need', export: 'Export to Excel', exportFileName: 'needs.xlsx', exported: 'Exported',
    search: 'Search title or description', category: 'Category', status: 'Status', source: 'Source', region: 'Region code',
    number: 'Number', titleCol: 'Need', community: 'Community (grid)', people: 'People affected', asked: 'Times asked', priority: 'Priority', createdAt: 'Recorded',
    total: '{n} in total', totalAtLeast: 'At least {n}', more: 'Load more', counts: 'By status', children: 'Sub-regions',
  },
  form: {
    title: 'Title', titleHint: 'One line, e.g. "Elderly residents struggle to get meals"', description: 'Description', descriptionHint: 'Who needs it, what the difficulty is, what would help',
    category: 'Category', region: 'Community or grid (region code)', source: 'Source', urgency: 'Urgency', people: 'People affected',
    contactName: 'Contact name', contactPhone: 'Contact phone', photos: 'Photos or files (JPG/PNG/PDF, ≤5 MB each)', submit: 'Submit', submitted: 'Submitted as {number}',
    similarTitle: 'Similar needs in this community', similarHint: 'If it is the same matter, merge it from the detail page; the times asked add up.', required: 'Required',
  },
  order: {
    title: 'Report a need', intro: 'Tell your community what you need; it will answer after assessment.', mine: 'My needs', none: 'You have not reported any need yet',
    reason: 'Answer', status: 'Progress',
  },
  detail: {
    title: 'Need', basic: 'Details', attachments: 'Photos and files', assessments: 'Assessments', timeline: 'Timeline', suggestion: 'Suggestion',
    suggestionText: 'Importance {importance} · urgency {urgency} · feasibility {feasibility} ({count} assessments), suggested priority {priority}',
    assign: 'Assign assessors', assessors: 'Assessors', assignOk: 'Assigned', score: 'Submit assessment', importance: 'Importance', urgencyScore: 'Urgency', feasibility: 'Feasibility',
    comment: 'Comment', scored: 'Assessment submitted', decide: 'Decide', decision: 'Decision', accept: 'Accept', reject: 'Reject', answer: 'Answer directly', merge: 'Merge into',
    priority: 'Priority (1 highest)', reason: 'Reason or answer (shown to the requester)', decided: 'Decision recorded', similar: 'Similar needs', mergeInto: 'Merge into this one', merged: 'Merged',
    pending: 'Pending', done: 'Assessed', contact: 'Contact', decisionReason: 'Decision note', requestCount: 'asked {n} times',
  },
  events: { submit: 'Submitted', assign: 'Assessors assigned', score: 'Assessed', accept: 'Accepted', reject: 'Rejected', answer: 'Answered', merge: 'Merged', absorb: 'Absorbed a duplicate', call: 'Put into a call', project: 'Became a project', close: 'Closed' },
  assessments: { title: 'My assessments', empty: 'Nothing assigned to you', open: 'Assess' },
};
