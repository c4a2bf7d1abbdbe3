/** Money is integer fen (1 yuan = 100 fen) everywhere; floats never carry amounts. */

/** Formats fen as ¥1,234.56 (negative as -¥1,234.56). */
export function formatFen(fen: bigint | number): string {
  const v = BigInt(fen);
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}¥${yuan}.${cents}`;
}

/** Parses "1,234.56" / "¥1234.5" / "1234" yuan into fen; null when it is not an amount with at most 2 decimals. */
export function parseYuanToFen(raw: string): bigint | null {
  const s = raw.replace(/[¥￥,\s元]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const fen = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -fen : fen;
}
