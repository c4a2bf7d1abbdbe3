/**
 * Duplicate suggestion for needs: character bigrams of the folded text (繁/简, full/half width already folded
 * by foldForSearch), compared with the Dice coefficient. Chinese has no spaces, so bigrams stand in for words.
 */
export function bigrams(folded: string): Set<string> {
  const chars = [...folded.replace(/[\p{P}\p{S}]/gu, '')];
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Dice coefficient of two bigram sets: 2|A∩B| / (|A|+|B|), in [0, 1]. */
export function similarity(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (A.size === 0 || B.size === 0) return 0;
  let common = 0;
  for (const g of A) if (B.has(g)) common++;
  return (2 * common) / (A.size + B.size);
}

/** Needs at or above this similarity are offered as possible duplicates. */
export const DUPLICATE_THRESHOLD = 0.35;

/** The candidates similar enough to `text`, most similar first, at most `limit`. */
export function rankDuplicates<T extends { textSearch: string }>(text: string, candidates: readonly T[], limit = 5): (T & { similarity: number })[] {
  return candidates
    .map((c) => ({ ...c, similarity: Math.round(similarity(text, c.textSearch) * 100) / 100 }))
    .filter((c) => c.similarity >= DUPLICATE_THRESHOLD)
    .sort((x, y) => y.similarity - x.similarity)
    .slice(0, limit);
}
