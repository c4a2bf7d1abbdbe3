import { describe, expect, it } from 'vitest';
import { addMonths, aggregate, checkSettings, DEFAULT_SETTINGS, gradeOf, listingForGrade, otpUsable, partyOfRole } from './evaluation-rules.js';

describe('aggregate (default weights 30/30/20/20)', () => {
  it('weights each party mean: party 90, residents (80+100)/2=90, departments 85, experts (70+80)/2=75', () => {
    const r = aggregate([
      { party: 'party_org', score: 90 }, { party: 'residents', score: 80 }, { party: 'residents', score: 100 },
      { party: 'departments', score: 85 }, { party: 'experts', score: 70 }, { party: 'experts', score: 80 },
    ], DEFAULT_SETTINGS);
    // 0.3×90 + 0.3×90 + 0.2×85 + 0.2×75 = 27 + 27 + 17 + 15 = 86 → 良好
    expect(r.total).toBe(86);
    expect(r.grade).toBe('good');
    expect(r.missing).toEqual([]);
    expect(r.parties.map((p) => [p.party, p.count, p.mean])).toEqual([['party_org', 1, 90], ['residents', 2, 90], ['departments', 1, 85], ['experts', 2, 75]]);
  });
  it('rounds a party mean to hundredths: (90+91+91)/3 = 90.666… → 90.67', () => {
    const r = aggregate([{ party: 'residents', score: 90 }, { party: 'residents', score: 91 }, { party: 'residents', score: 91 }], DEFAULT_SETTINGS);
    expect(r.parties[1]!.mean).toBe(90.67);
    // only residents scored: 0.3 × 90.67 = 27.201 → 27.2; three parties missing
    expect(r.total).toBe(27.2);
    expect(r.missing).toEqual(['party_org', 'departments', 'experts']);
  });
  it('uses configured weights', () => {
    const s = { ...DEFAULT_SETTINGS, weights: { party_org: 25, residents: 25, departments: 25, experts: 25 } };
    expect(aggregate([{ party: 'party_org', score: 100 }, { party: 'residents', score: 60 }, { party: 'departments', score: 80 }, { party: 'experts', score: 40 }], s).total).toBe(70);
  });
});

describe('grades and lists', () => {
  it('maps totals to grades at the boundaries', () => {
    const t = DEFAULT_SETTINGS.thresholds;
    expect([gradeOf(100, t), gradeOf(90, t), gradeOf(89.99, t), gradeOf(80, t), gradeOf(79.99, t), gradeOf(60, t), gradeOf(59.99, t), gradeOf(0, t)])
      .toEqual(['excellent', 'excellent', 'good', 'good', 'pass', 'pass', 'fail', 'fail']);
    expect(gradeOf(85, { excellent: 85, good: 75, pass: 50 })).toBe('excellent');
  });
  it('puts 优秀 on the red list and 不合格 on the black list only', () => {
    expect([listingForGrade('excellent'), listingForGrade('good'), listingForGrade('pass'), listingForGrade('fail')]).toEqual(['red', null, null, 'black']);
  });
  it('adds months clamped to the month end', () => {
    expect(addMonths('2026-11-23', 12)).toBe('2027-11-23');
    expect(addMonths('2026-11-23', 24)).toBe('2028-11-23');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
});

describe('settings check', () => {
  it('accepts the defaults and refuses weights not adding to 100 or thresholds out of order', () => {
    expect(checkSettings(DEFAULT_SETTINGS)).toEqual([]);
    expect(checkSettings({ ...DEFAULT_SETTINGS, weights: { party_org: 30, residents: 30, departments: 20, experts: 10 } })).toEqual([
      { path: 'weights', message: '四方权重（weights）合计应为100，现为90' },
    ]);
    expect(checkSettings({ ...DEFAULT_SETTINGS, thresholds: { excellent: 80, good: 80, pass: 60 } })[0]!.path).toBe('thresholds');
    expect(checkSettings({ ...DEFAULT_SETTINGS, thresholds: { excellent: 90, good: 80, pass: 0 } })[0]!.path).toBe('thresholds');
  });
});

describe('who scores for which party', () => {
  it('maps roles to the four parties', () => {
    expect(['community_worker', 'party_instructor', 'resident', 'street_official', 'city_official', 'expert', 'org_staff', 'volunteer'].map(partyOfRole))
      .toEqual(['party_org', 'party_org', 'residents', 'departments', 'departments', 'experts', null, null]);
  });
});

describe('one-time code usability', () => {
  const now = new Date('2026-11-23T02:00:00Z');
  it('is usable until used, expired or tried five times', () => {
    const fresh = { expiresAt: new Date(now.getTime() + 1000), attempts: 0, usedAt: null };
    expect(otpUsable(fresh, now)).toBe(true);
    expect(otpUsable({ ...fresh, attempts: 4 }, now)).toBe(true);
    expect(otpUsable({ ...fresh, attempts: 5 }, now)).toBe(false);
    expect(otpUsable({ ...fresh, usedAt: now }, now)).toBe(false);
    expect(otpUsable({ ...fresh, expiresAt: now }, now)).toBe(false);
  });
});
