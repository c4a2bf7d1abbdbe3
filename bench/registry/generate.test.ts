// The generator is deterministic, carries every trap the issue lists, and the engine meets the quality bar on it.
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { generateDataset } from './generate.js';

describe('registry generator', () => {
  const ds = generateDataset(3000, 11);

  it('is deterministic for a seed and writes 19 departments in three formats', () => {
    expect(generateDataset(3000, 11).tables.map((t) => t.rows.length)).toEqual(ds.tables.map((t) => t.rows.length));
    expect(ds.tables).toHaveLength(19);
    expect(new Set(ds.tables.map((t) => t.format))).toEqual(new Set(['xlsx', 'csv-gbk', 'csv-utf8', 'csv-utf8-bom']));
  });

  it('contains the look-alikes and the noise', () => {
    const cells = ds.tables.flatMap((t) => t.rows.map((r) => r.join('|')));
    expect(cells.some((c) => c.includes('分公司'))).toBe(true);
    expect(cells.some((c) => /(^|\|)[0-9A-Z]{8}-[0-9X](\||$)/.test(c))).toBe(true); // old organisation codes
    expect(cells.some((c) => /91[0-9a-z]{16}/.test(c) && /[a-z]/.test(c))).toBe(true); // lower-cased codes
    expect(cells.some((c) => /(^|\|)(（0477）|0477-)8\d{6}(\||$)/.test(c))).toBe(true); // office landlines
    expect(cells.some((c) => /(^|\|)[0-9A-Z]{18}(\|.*)?$/.test(c) && c.includes('分公司'))).toBe(true); // branches with a code
  });

  it('the engine meets the issue\'s quality bar on it', () => {
    const ev = evaluate(ds.tables);
    expect(ev.metrics.precision).toBeGreaterThanOrEqual(0.998);
    expect(ev.metrics.f1).toBeGreaterThanOrEqual(0.985);
    expect(ev.reviewShare).toBeLessThanOrEqual(0.03);
  });
});
