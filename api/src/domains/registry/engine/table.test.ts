import { describe, expect, it } from 'vitest';
import { mapTable } from './table.js';

// A department list as they come: a title, the header, organisations, then a total and the sign-off lines.
const sheet = [
  ['海南区民政局社会组织登记台账'],
  ['序号', '组织名称', '统一社会信用代码', '负责人'],
  ['1', '乌海市海南区蒲公英社会工作服务中心', '52150303MJY0000001', '王芳'],
  ['2', '共青团乌海市委员会青年志愿者协会', '', '李军'],
  ['合计', '共2家', '', ''],
  ['', '填表人：张海军', '', ''],
  ['', '审核人:李明', '', ''],
  ['', '', '', ''],
  ['3', '乌海市合计算数据服务有限公司', '', ''],
];

describe('mapTable footers', () => {
  it('skips totals and sign-off lines, keeping organisations whose names only look alike (共青团…, …合计算…)', () => {
    const t = mapTable('民政局.xlsx', '民政局', sheet);
    expect(t.rows.map((r) => r.cells.name)).toEqual(['乌海市海南区蒲公英社会工作服务中心', '共青团乌海市委员会青年志愿者协会', '乌海市合计算数据服务有限公司']);
    expect(t.rows.map((r) => r.row)).toEqual([1, 2, 7]);
    expect(t.footerRows).toEqual([3, 4, 5]);
    expect(t.blankNameRows).toEqual([]);
  });

  it('knows a total by its name cell when there is no 序号 column', () => {
    const t = mapTable('税务局.csv', '税务局', [['单位名称', '联系电话'], ['恒达商贸有限公司', '0473-2012345'], ['总计：', ''], ['共 1,204 户', ''], ['备注：本表截至2026年9月30日', '']]);
    expect(t.rows.map((r) => r.cells.name)).toEqual(['恒达商贸有限公司']);
    expect(t.footerRows).toEqual([2, 3, 4]);
  });
});
