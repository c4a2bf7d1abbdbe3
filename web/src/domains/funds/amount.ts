import type { Rule } from 'antd/es/form';
import { parseYuanToFen } from '../../platform/kernel';
import type { Translate } from '../../platform/i18n';

/** The API's ceiling for one amount (10^13 fen), so sums stay exact in JavaScript numbers. */
const MAX_FEN = 10_000_000_000_000n;

/**
 * Yuan as typed ("1,234.56", "￥80", "0.5") → integer fen, parsed from the decimal string so no float ever carries
 * the amount; null when it is not a positive amount with at most two decimals within the API's ceiling.
 */
export function yuanToFen(raw: string | undefined | null): number | null {
  const fen = parseYuanToFen(raw ?? '');
  if (fen === null || fen <= 0n || fen > MAX_FEN) return null;
  return Number(fen);
}

/** Form rule for a yuan amount: required, > 0, at most 2 decimals. */
export const amountRules = (t: Translate): Rule[] => [
  { required: true, message: t('funds.staff.amountRequired') },
  { validator: (_, v: string | undefined) => (!v || yuanToFen(v) !== null ? Promise.resolve() : Promise.reject(new Error(t('funds.staff.amountInvalid')))) },
];
