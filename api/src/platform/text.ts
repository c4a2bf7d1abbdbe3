import * as OpenCC from 'opencc-js';

// Traditional (Taiwan and Hong Kong variants) → mainland simplified; two of the five seeds are in 繁體.
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const twToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Folds text for search and matching: simplified characters, half-width forms, no spaces, lower case. */
export function foldForSearch(raw: string): string {
  const halfWidth = raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
  return twToSimplified(toSimplified(halfWidth)).replace(/\s+/g, '').toLowerCase();
}

/** Escapes LIKE metacharacters so user input matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
