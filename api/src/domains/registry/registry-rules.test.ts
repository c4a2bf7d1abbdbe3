import { describe, expect, it } from 'vitest';
import { needsVerification, nextReviewStatus, nextTaskStatus, verificationAfter } from './registry-rules.js';

describe('review item lifecycle', () => {
  it.each([
    ['open', 'confirm', 'confirmed'], ['open', 'reject', 'rejected'],
    ['confirmed', 'confirm', null], ['confirmed', 'reject', null], ['rejected', 'confirm', null], ['rejected', 'reject', null],
  ] as const)('%s —%s→ %s', (from, action, to) => {
    expect(nextReviewStatus(from, action)).toBe(to);
  });
});

describe('verification task lifecycle', () => {
  it.each([
    ['assigned', 'record', 'done'], ['assigned', 'cancel', 'cancelled'],
    ['done', 'record', null], ['done', 'cancel', null], ['cancelled', 'record', null], ['cancelled', 'cancel', null],
  ] as const)('%s —%s→ %s', (from, action, to) => {
    expect(nextTaskStatus(from, action)).toBe(to);
  });

  it('a recorded visit verifies, a vanished firm is marked not found', () => {
    expect(verificationAfter('confirmed')).toBe('verified');
    expect(verificationAfter('corrected')).toBe('verified');
    expect(verificationAfter('not_found')).toBe('not_found');
  });

  it('unverified or conflicting entries need a check; verified ones without conflicts do not', () => {
    expect(needsVerification('unverified', 0)).toBe(true);
    expect(needsVerification('verified', 2)).toBe(true);
    expect(needsVerification('verified', 0)).toBe(false);
    expect(needsVerification('not_found', 0)).toBe(false);
  });
});
