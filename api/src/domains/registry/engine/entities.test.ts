import { describe, expect, it } from 'vitest';
import { summariseEntities } from './entities.js';
import { resolveRows } from './resolve.js';
import { ORDOS_INDEX, row } from './test-fixtures.js';

// 华为技术有限公司's published credit code; characters 9–17 are its old organisation code 19220382-1.
const CREDIT = '914403001922038216';

describe('entity summary', () => {
  it('does not call an old organisation code a conflict when it is part of the entry\'s credit code', () => {
    const rows = [
      row('市场监督管理局', { name: '东胜区恒远商贸有限公司', code: CREDIT, phone: '0477-8123456' }),
      row('总工会', { name: '东胜区恒远商贸有限公司', code: '19220382-1', phone: '0477-8123456' }),
    ];
    const [entity, ...rest] = summariseEntities(rows, resolveRows(rows, { index: ORDOS_INDEX }));
    expect(rest).toEqual([]); // one registration: merged
    expect(entity!.fields.code?.value).toBe(CREDIT);
    expect(entity!.conflicts.code).toBeUndefined();
  });
});
