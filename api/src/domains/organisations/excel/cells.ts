/** What a spreadsheet cell holds once rich text, hyperlinks, formulas and merges are looked through. */

/** A cell's content as the parser sees it; `number` keeps the raw value so lost precision can be reported. */
export type CellScalar =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date };

const EMPTY: CellScalar = { kind: 'empty' };

/** Reads an exceljs cell value (any of its shapes) as the value a person sees in the cell. */
export function readCellValue(value: unknown, depth = 0): CellScalar {
  if (value === null || value === undefined || depth > 4) return EMPTY;
  if (typeof value === 'string') return textOrEmpty(value);
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : EMPTY;
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? EMPTY : { kind: 'date', value };
  if (typeof value !== 'object') return EMPTY;
  const o = value as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    return textOrEmpty(o.richText.map((r) => (r && typeof r === 'object' && typeof (r as { text?: unknown }).text === 'string' ? (r as { text: string }).text : '')).join(''));
  }
  if ('formula' in o || 'sharedFormula' in o) return readCellValue(o.result, depth + 1);
  if ('hyperlink' in o || 'text' in o) return readCellValue(o.text, depth + 1);
  // A formula error (#N/A, #REF!) is shown as text so the column's own check reports it.
  if (typeof o.error === 'string') return { kind: 'text', text: o.error };
  return EMPTY;
}

function textOrEmpty(s: string): CellScalar {
  const text = cleanText(s);
  return text ? { kind: 'text', text } : EMPTY;
}

/** Trims and turns non-breaking and ideographic spaces into plain ones, as pasted text often carries them. */
export function cleanText(s: string): string {
  return s.replace(/[\u00a0\u3000\u200b\ufeff]/g, (c) => (c === '\u200b' || c === '\ufeff' ? '' : ' ')).trim();
}

/** The cell as display text; numbers print without exponent where they are integers Excel can hold exactly. */
export function scalarText(c: CellScalar): string {
  switch (c.kind) {
    case 'empty':
      return '';
    case 'text':
      return c.text;
    case 'number':
      return Number.isSafeInteger(c.value) ? c.value.toFixed(0) : String(c.value);
    case 'boolean':
      return c.value ? 'TRUE' : 'FALSE';
    case 'date':
      return c.value.toISOString().slice(0, 10);
  }
}
