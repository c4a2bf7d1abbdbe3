/**
 * 考榜 arithmetic, pure: four parties score 0–100, each party's mean is weighted (default 30/30/20/20),
 * the total maps to a grade by thresholds (default 优秀 ≥90 / 良好 ≥80 / 合格 ≥60 / 不合格), and the grade
 * decides the red/black list. Weights and thresholds come from the per-city settings row.
 */

export const PARTIES = ['party_org', 'residents', 'departments', 'experts'] as const;
export type Party = (typeof PARTIES)[number];
export const PARTY_ZH: Record<Party, string> = { party_org: '社区党组织', residents: '居民群众', departments: '职能部门', experts: '专家' };

export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_ZH: Record<Grade, string> = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' };

export interface EvaluationSettings {
  weights: Record<Party, number>;
  thresholds: { excellent: number; good: number; pass: number };
}

export const DEFAULT_SETTINGS: EvaluationSettings = {
  weights: { party_org: 30, residents: 30, departments: 20, experts: 20 },
  thresholds: { excellent: 90, good: 80, pass: 60 },
};

/** Which party a logged-in scorer speaks for, by role; null when the role does not score. */
export function partyOfRole(role: string): Party | null {
  switch (role) {
    case 'community_worker': case 'party_instructor': return 'party_org';
    case 'resident': return 'residents';
    case 'city_official': case 'banner_official': case 'street_official': case 'platform_admin': return 'departments';
    case 'expert': return 'experts';
    default: return null;
  }
}

/** Settings problems: weights whole numbers 0–100 adding to 100; thresholds strictly descending within 1–100. */
export function checkSettings(s: EvaluationSettings): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  const sum = PARTIES.reduce((a, p) => a + s.weights[p], 0);
  if (sum !== 100) errors.push({ path: 'weights', message: `四方权重（weights）合计应为100，现为${sum}` });
  const { excellent, good, pass } = s.thresholds;
  if (!(excellent > good && good > pass && pass > 0 && excellent <= 100)) {
    errors.push({ path: 'thresholds', message: '等级分数线（thresholds）须满足 100 ≥ 优秀 > 良好 > 合格 > 0' });
  }
  return errors;
}

export interface PartyResult { party: Party; count: number; mean: number | null; weight: number }
export interface EvaluationResult { parties: PartyResult[]; total: number; grade: Grade; missing: Party[] }

/** Rounds to 2 decimals half away from zero, on integers (scores are stored as hundredths). */
function round2(x: number): number {
  return Math.round(x * 100 + Number.EPSILON * Math.sign(x)) / 100;
}

/** The grade a total earns under the thresholds. */
export function gradeOf(total: number, t: EvaluationSettings['thresholds']): Grade {
  if (total >= t.excellent) return 'excellent';
  if (total >= t.good) return 'good';
  if (total >= t.pass) return 'pass';
  return 'fail';
}

/**
 * Aggregates the scores. Every party must have scored: a missing party is reported and the total is not
 * re-weighted, because silently dropping (say) the residents would change what the grade means.
 */
export function aggregate(scores: { party: Party; score: number }[], s: EvaluationSettings): EvaluationResult {
  const parties = PARTIES.map((party) => {
    const mine = scores.filter((x) => x.party === party);
    const mean = mine.length ? round2(mine.reduce((a, x) => a + x.score, 0) / mine.length) : null;
    return { party, count: mine.length, mean, weight: s.weights[party] };
  });
  const missing = parties.filter((p) => p.mean === null).map((p) => p.party);
  const total = round2(parties.reduce((a, p) => a + (p.mean ?? 0) * p.weight, 0) / 100);
  return { parties, total, grade: gradeOf(total, s.thresholds), missing };
}

export type ListKind = 'red' | 'black';
/** How long a listing stands: 红榜 one year, 黑榜 two years (a black mark should outlive one funding round). */
export const LISTING_MONTHS: Record<ListKind, number> = { red: 12, black: 24 };

/** The list a grade puts an organisation on, if any. */
export function listingForGrade(grade: Grade): ListKind | null {
  return grade === 'excellent' ? 'red' : grade === 'fail' ? 'black' : null;
}

/** 'YYYY-MM-DD' plus whole months, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${ny}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** One-time codes for 码上评: 6 digits, valid 10 minutes, 5 tries per code, 3 codes per phone per project per hour. */
export const OTP = { ttlMs: 10 * 60 * 1000, maxAttempts: 5, maxPerHour: 3 } as const;

/** Whether a code may still be tried. */
export function otpUsable(c: { expiresAt: Date; attempts: number; usedAt: Date | null }, now: Date): boolean {
  return c.usedAt === null && c.attempts < OTP.maxAttempts && c.expiresAt.getTime() > now.getTime();
}
