/** zh-CN and en-US texts of the base register pages (same keys in both). */
export const registryZh = {
  menu: '基础底册',
  tasksMenu: '核实任务',
  tabs: { entities: '底册', review: '待人工确认', import: '导入部门名录' },
  ledger: { enterprise: '“三有”企业', social_organisation: '社会组织', park: '园区', commercial_building: '商务楼宇' },
  verification: { unverified: '未核实', verified: '已核实', conflict: '来源不一致', not_found: '查无此单位' },
  coverage: { own_branch: '单独组建', joint_branch: '联合组建', none: '未覆盖', unknown: '不详' },
  field: { name: '名称', code: '统一社会信用代码', legalRep: '法定代表人', phone: '联系电话', address: '地址', founded: '成立日期', type: '类型', industry: '行业' },
  columns: { name: '名称', creditCode: '统一社会信用代码', ledger: '台账', committee: '行业党委', region: '经营地', verification: '核实状态', sources: '来源数', coverage: '党组织覆盖' },
  search: '名称或信用代码', allLedgers: '全部台账',
  detail: { title: '主体详情', provenance: '字段来源', conflicts: '不一致的值', rows: '来源记录（原样保存）', file: '文件', row: '行', department: '部门', importedAt: '导入时间', retired: '已被新文件替代' },
  review: {
    score: '得分 {score}', confirm: '同一主体，合并', reject: '不是同一主体', empty: '没有待确认的记录',
    confirmed: '已合并', rejected: '已确认为不同主体', evidence: { name: '名称', code: '代码', phone: '电话', legalRep: '法人', address: '地址', founded: '成立日期', kind: '类型', region: '区划', branch: '分支机构' },
  },
  import: {
    pick: '选择部门文件（.xlsx 或 .csv，支持 GBK 编码）', department: '来源部门', preview: '识别表头', commit: '确认导入',
    headerRow: '表头在第 {row} 行，共 {rows} 行数据（{encoding}）', unknown: '以下列未能识别，请指定含义（将为该部门记住）：{list}',
    ignore: '不使用', column: '原表头', field: '对应字段', samples: '示例',
    report: '导入完成：{rows} 行；新增 {newEntities} 个主体，变更 {changedEntities} 个，不再列出 {goneEntities} 个；待人工确认 {reviewQueue} 对；底册共 {entities} 个主体',
    problems: '无法识别的值',
  },
  tasks: {
    title: '我的核实任务', empty: '暂无核实任务', method: { phone: '电话核实', visit: '上门走访', site: '实地核查' },
    outcome: { confirmed: '信息无误', corrected: '已更正', not_found: '查无此单位' }, phone: '核实后的电话', address: '核实后的地址',
    record: '提交结果', done: '已完成', saved: '核实结果已登记',
  },
};

export const registryEn: typeof registryZh = {
  menu: 'Base register',
  tasksMenu: 'Verification tasks',
  tabs: { entities: 'Register', review: 'Review queue', import: 'Import department list' },
  ledger: { enterprise: 'Enterprises', social_organisation: 'Social organisations', park: 'Parks', commercial_building: 'Commercial buildings' },
  verification: { unverified: 'Not verified', verified: 'Verified', conflict: 'Sources disagree', not_found: 'Not found' },
  coverage: { own_branch: 'Own branch', joint_branch: 'Joint branch', none: 'None', unknown: 'Unknown' },
  field: { name: 'Name', code: 'Credit code', legalRep: 'Legal representative', phone: 'Phone', address: 'Address', founded: 'Founded', type: 'Type', industry: 'Industry' },
  columns: { name: 'Name', creditCode: 'Credit code', ledger: 'Ledger', committee: 'Industry party committee', region: 'Operating region', verification: 'Verification', sources: 'Sources', coverage: 'Party coverage' },
  search: 'Name or credit code', allLedgers: 'All ledgers',
  detail: { title: 'Entry', provenance: 'Field sources', conflicts: 'Conflicting values', rows: 'Source rows (kept as they came)', file: 'File', row: 'Row', department: 'Department', importedAt: 'Imported', retired: 'Replaced by a newer file' },
  review: {
    score: 'Score {score}', confirm: 'Same organisation: merge', reject: 'Different organisations', empty: 'Nothing to review',
    confirmed: 'Merged', rejected: 'Kept apart', evidence: { name: 'Name', code: 'Code', phone: 'Phone', legalRep: 'Representative', address: 'Address', founded: 'Founded', kind: 'Kind', region: 'Region', branch: 'Branch' },
  },
  import: {
    pick: 'Choose a department file (.xlsx or .csv, GBK accepted)', department: 'Department', preview: 'Read headers', commit: 'Import',
    headerRow: 'Header on row {row}, {rows} data rows ({encoding})', unknown: 'These columns were not recognised; say what they hold (remembered for the department): {list}',
    ignore: 'Not used', column: 'Header', field: 'Field', samples: 'Samples',
    report: 'Imported {rows} rows: {newEntities} new entries, {changedEntities} changed, {goneEntities} no longer listed; {reviewQueue} pairs to review; {entities} entries in the register',
    problems: 'Unreadable values',
  },
  tasks: {
    title: 'My verification tasks', empty: 'No verification tasks', method: { phone: 'Phone check', visit: 'Visit', site: 'Site check' },
    outcome: { confirmed: 'Correct', corrected: 'Corrected', not_found: 'Not found' }, phone: 'Verified phone', address: 'Verified address',
    record: 'Submit', done: 'Done', saved: 'Result recorded',
  },
};
