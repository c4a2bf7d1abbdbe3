/**
 * A department's party-organisation column (是否建立党组织 / 党组织建立情况 …) → the register's coverage status.
 * Departments write it many ways: 单独组建 / 独立党支部 / 联合党支部 / 联合组建 / 否 / 未建 / 无. A bare 是 says a party
 * organisation exists but not which kind, so it stays unknown (the column is still shown with its source).
 */
export type PartyCoverage = 'own_branch' | 'joint_branch' | 'none';

export function partyCoverageOf(text: string | undefined): PartyCoverage | null {
  const t = (text ?? '').replace(/\s/g, '');
  if (!t) return null;
  if (/联合|联建/.test(t)) return 'joint_branch';
  if (/^(否|无|没有|未建|未建立|未成立|未组建|未覆盖|尚未建立|暂无|不)$/.test(t) || /^(未|尚未|没有)/.test(t)) return 'none';
  if (/单独|独立|单建/.test(t)) return 'own_branch';
  return null;
}
