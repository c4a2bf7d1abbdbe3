/**
 * Continuity across re-imports: a row a department sent last time (same credit code, else the same name as
 * written) keeps pointing at its register entry, so a newer file updates entries instead of duplicating them.
 */
import type { AppDeps } from '../../platform/deps.js';
import { buildRegionIndex, normaliseRow, type NormRecord, type SourceRow } from './engine/index.js';

const EMPTY_INDEX = buildRegionIndex([]);

function keys(r: NormRecord): string[] {
  const out: string[] = [];
  if (r.code.credit) out.push(`c${r.code.credit}`);
  if (r.name) out.push(`n${r.name.folded}`);
  return out;
}

/** The entry id each new row inherits from the department's retired rows (null when none matches). */
export function inheritedEntityIds(deps: AppDeps, department: string, previous: { entityId: string | null; mappedEnc: string }[], rows: readonly SourceRow[]): (string | null)[] {
  const hint = new Map<string, string>();
  for (const old of previous) {
    if (!old.entityId) continue;
    const r = normaliseRow({ file: '', department, row: 0, cells: JSON.parse(deps.cipher.decrypt(old.mappedEnc)) }, 0, EMPTY_INDEX);
    for (const k of keys(r)) if (!hint.has(k)) hint.set(k, old.entityId);
  }
  return rows.map((r, i) => keys(normaliseRow(r, i, EMPTY_INDEX)).map((k) => hint.get(k)).find(Boolean) ?? null);
}
