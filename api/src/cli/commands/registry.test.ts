// `registry merge` end to end on two small department files (GBK csv and UTF-8 csv with BOM).
import iconv from 'iconv-lite';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runRegistryCommand } from './registry.js';

describe('registry merge', () => {
  it('writes file,row,entity with the same entity for the same organisation across departments', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'registry-'));
    await writeFile(path.join(dir, '税务局_2026.csv'), iconv.encode('纳税人名称,纳税人识别号,联系电话\r\n恒達商貿有限公司,91440300708461136t,13947700123\r\n金辉物流有限公司,914403001922038216,\r\n', 'gbk'));
    await writeFile(path.join(dir, '市场监督管理局_2026.csv'), '\ufeff企业名称,统一社会信用代码\r\n鄂尔多斯市恒达商贸有限公司,91440300708461136T\r\n恒达商贸有限公司东胜分公司,91440300708461136T\r\n');
    const out = path.join(dir, 'links.csv');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const code = await runRegistryCommand(['merge', dir, '--links', out]);
    const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
    log.mockRestore();
    err.mockRestore();
    expect(code).toBe(0);
    const lines = (await readFile(out, 'utf8')).trim().split('\n');
    expect(lines[0]).toBe('file,row,entity');
    const entity = new Map(lines.slice(1).map((l) => { const [f, r, e] = l.split(','); return [`${f}#${r}`, e]; }));
    expect(entity.size).toBe(4);
    // 恒达 (tax row 1) = 恒达 (market row 1); the branch (market row 2) and 金辉 (tax row 2) stand alone
    expect(entity.get('税务局_2026.csv#1')).toBe(entity.get('市场监督管理局_2026.csv#1'));
    expect(new Set(entity.values()).size).toBe(3);
    expect(printed).toContain('4 行来自 2 个文件 → 3 个主体');
    expect(printed).toContain('待人工确认：0 对');
  });

  it('answers 2 for a bad command line or a missing folder', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runRegistryCommand(['merge'])).toBe(2);
    expect(await runRegistryCommand(['merge', '/no/such/folder', '--links', '/tmp/x.csv'])).toBe(2);
    err.mockRestore();
  });
});
