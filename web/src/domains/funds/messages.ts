/** zh-CN and en-US texts of the funds pages (same keys; the i18n test checks). */
export const fundsZh = {
  title: '社区基金信息公开', subtitle: '鄂尔多斯市天骄城乡社区发展基金会 1+9+27 基金网络，数据取自公开复式账本，无需登录',
  asOf: '数据截至 {time}', back: '返回基金列表', dashboard: '资金看板', list: '基金列表',
  kind: { parent: '总基金', special: '专项基金', community: '社区基金', government: '政府预算资金' },
  col: { code: '编号', name: '基金', kind: '类型', region: '区域', raised: '累计募集', disbursed: '累计支出', balance: '余额', available: '可用余额', held: '冻结' },
  fig: {
    opening: '年初余额', raised: '本年募集', appropriated: '财政拨款', donations: '捐赠笔数', donors: '捐赠人数', allocatedIn: '划入', allocatedOut: '划出',
    disbursed: '本年支出', held: '冻结（已审批未支付）', balance: '当前余额', available: '可用余额',
  },
  purpose: '用途', restriction: '限定', committee: '管理委员会', supervisor: '监督人', parent: '上级基金',
  donationsTitle: '捐赠明细', expendituresTitle: '支出明细', projectsTitle: '资助项目', campaignsTitle: '募捐活动',
  d: { receipt: '收据号', donor: '捐赠人', amount: '金额', channel: '渠道', at: '时间', message: '留言', refunded: '已退款' },
  e: { payee: '收款方', purpose: '用途', project: '项目', decision: '管委会决议', status: '状态', approvedAt: '审批时间', paidAt: '支付时间' },
  p: { title: '项目', status: '状态', category: '需求类别', beneficiaries: '受益人数', budget: '预算', raised: '已筹' },
  c: { title: '活动', target: '目标', raised: '已筹', count: '笔数', deadline: '截止' },
  status: { proposed: '待立项', approved: '已审批', rejected: '未通过', fundraising: '募捐中', in_progress: '实施中', completed: '已结项', cancelled: '已终止', open: '进行中', closed: '已结束', paid: '已支付', requested: '待审批' },
  channel: { wechat: '微信支付', alipay: '支付宝', unionpay: '银联', bank_transfer: '银行转账', cash: '现金' },
  downloads: '下载', csv: '账本分录 CSV', giving: '360Giving 资助数据', quarterlyXlsx: '季度公开报告 Excel', quarterlyPdf: '季度公开报告 PDF',
  chart: { monthly: '按月募集与使用（全市）', raised: '募集', used: '使用', byRegion: '按旗区募集与使用', byCategory: '支出按需求类别', other: '合同付款（未关联项目）' },
  none: '暂无',
};

export const fundsEn: typeof fundsZh = {
  title: 'Community fund disclosure', subtitle: 'The 1+9+27 fund network of the Tianjiao Urban-Rural Community Development Foundation, read from the public double-entry ledger; no login needed',
  asOf: 'As of {time}', back: 'Back to the funds', dashboard: 'Dashboard', list: 'Funds',
  kind: { parent: 'Parent fund', special: 'Special fund', community: 'Community fund', government: 'Government budget line' },
  col: { code: 'Code', name: 'Fund', kind: 'Kind', region: 'Region', raised: 'Raised', disbursed: 'Disbursed', balance: 'Balance', available: 'Available', held: 'Held' },
  fig: {
    opening: 'Opening balance', raised: 'Raised this year', appropriated: 'Appropriations', donations: 'Donations', donors: 'Donors', allocatedIn: 'Allocated in', allocatedOut: 'Allocated out',
    disbursed: 'Disbursed this year', held: 'Held (approved, unpaid)', balance: 'Balance', available: 'Available',
  },
  purpose: 'Purpose', restriction: 'Restriction', committee: 'Management committee', supervisor: 'Supervisor', parent: 'Parent fund',
  donationsTitle: 'Donations', expendituresTitle: 'Expenditures', projectsTitle: 'Funded projects', campaignsTitle: 'Campaigns',
  d: { receipt: 'Receipt', donor: 'Donor', amount: 'Amount', channel: 'Channel', at: 'Time', message: 'Message', refunded: 'Refunded' },
  e: { payee: 'Payee', purpose: 'Purpose', project: 'Project', decision: 'Committee decision', status: 'Status', approvedAt: 'Approved', paidAt: 'Paid' },
  p: { title: 'Project', status: 'Status', category: 'Need category', beneficiaries: 'Beneficiaries', budget: 'Budget', raised: 'Raised' },
  c: { title: 'Campaign', target: 'Target', raised: 'Raised', count: 'Gifts', deadline: 'Deadline' },
  status: { proposed: 'Proposed', approved: 'Approved', rejected: 'Rejected', fundraising: 'Fundraising', in_progress: 'In progress', completed: 'Completed', cancelled: 'Cancelled', open: 'Open', closed: 'Closed', paid: 'Paid', requested: 'Requested' },
  channel: { wechat: 'WeChat Pay', alipay: 'Alipay', unionpay: 'UnionPay', bank_transfer: 'Bank transfer', cash: 'Cash' },
  downloads: 'Downloads', csv: 'Ledger entries (CSV)', giving: '360Giving grants data', quarterlyXlsx: 'Quarterly report (Excel)', quarterlyPdf: 'Quarterly report (PDF)',
  chart: { monthly: 'Raised and used by month (city)', raised: 'Raised', used: 'Used', byRegion: 'Raised and used by banner/district', byCategory: 'Spending by need category', other: 'Contract payments (no project)' },
  none: 'None',
};
