import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';
import { flatten } from './flatten';

const SRC = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('i18n dictionaries', () => {
  const zh = flatten(zhCN);
  const en = flatten(enUS);

  it('zh-CN and en-US have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('no message is empty in zh-CN', () => {
    expect(Object.entries(zh).filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('every literal key the components use exists', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/(?:labelKey|titleKey): '([a-zA-Z][\w.-]*)'/g)) used.add(m[1]!);
    }
    expect([...used].filter((k) => !(k in zh)).sort()).toEqual([]);
  });

  it('zh-CN UI strings never show placeholders that a translation forgot', () => {
    for (const [k, v] of Object.entries(en)) {
      const zhParams = (zh[k]!.match(/\{\w+\}/g) ?? []).sort();
      const enParams = (v.match(/\{\w+\}/g) ?? []).sort();
      expect([k, enParams]).toEqual([k, zhParams]);
    }
  });
});
