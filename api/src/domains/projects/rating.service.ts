import { randomInt } from 'node:crypto';
import { AppError, isValidPhone, normalisePhone } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { RequestContext } from '../../platform/scope.js';
import { today } from './project-context.js';
import { OTP, otpUsable } from './evaluation-rules.js';
import { insertScore } from './evaluation.service.js';
import { smsSenderFor } from './sms-sender.js';
import * as evalRepo from './evaluations.repository.js';
import * as repo from './projects.repository.js';

/**
 * 码上评: a resident scans the QR code printed for the project and scores from a phone. "Verified" means either a
 * logged-in resident account or a phone number proven by a one-time code. Only keyed hashes of the phone and the
 * code are stored; the number itself never is.
 */
async function projectByToken(deps: AppDeps, token: string) {
  const p = await repo.findByRatingToken(deps.db, token, today(deps));
  if (!p) throw new AppError('NOT_FOUND');
  return p;
}

export async function ratingInfo(deps: AppDeps, token: string) {
  const p = await projectByToken(deps, token);
  return { title: p.project.title, organisationName: p.organisationName, regionName: p.regionName, open: p.project.status === 'evaluating' };
}

function verifiedPhone(raw: string): string {
  const phone = normalisePhone(raw);
  if (!isValidPhone(phone)) throw new AppError('VALIDATION_FAILED', [{ path: 'phone', message: '手机号（phone）格式不正确' }]);
  return phone;
}

const codeHash = (deps: AppDeps, projectId: string, phone: string, code: string) => deps.cipher.blindIndex(`rating:${projectId}:${phone}:${code}`);

/** Sends a fresh 6-digit code; at most OTP.maxPerHour per phone per project per hour. */
export async function requestCode(deps: AppDeps, token: string, rawPhone: string) {
  const phone = verifiedPhone(rawPhone);
  const p = await projectByToken(deps, token);
  if (p.project.status !== 'evaluating') throw new AppError('EVALUATION_NOT_OPEN');
  const phoneHash = deps.cipher.blindIndex(phone);
  const now = deps.clock.now();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await deps.db.transaction(async (tx) => {
    if ((await evalRepo.countCodesSince(tx, p.project.id, phoneHash, new Date(now.getTime() - 3600_000))) >= OTP.maxPerHour) throw new AppError('RATING_CODE_LIMIT');
    if (await evalRepo.findScoreBy(tx, p.project.id, { phoneHash })) throw new AppError('EVALUATION_ALREADY_SCORED');
    await evalRepo.insertCode(tx, {
      id: crypto.randomUUID(), projectId: p.project.id, phoneHash, codeHash: codeHash(deps, p.project.id, phone, code), expiresAt: new Date(now.getTime() + OTP.ttlMs), createdAt: now,
    });
  });
  await smsSenderFor(deps).send(phone, `【五社联动】您正在为“${p.project.title}”评价，验证码${code}，10分钟内有效。`);
  return { ok: true as const };
}

/** Records a resident's score: by the logged-in resident account, or by phone + one-time code. */
export async function submitRating(deps: AppDeps, ctx: RequestContext, token: string, input: { phone?: string; code?: string; score: number; comment?: string }, sessionVerified: boolean) {
  const p = await projectByToken(deps, token);
  const now = deps.clock.now();
  if (sessionVerified && ctx.actor?.role === 'resident' && !input.phone) {
    await deps.db.transaction((tx) => insertScore(tx, deps, ctx, p.project, 'residents', input, { userId: ctx.actor!.userId }));
    return { ok: true as const };
  }
  if (!input.phone || !input.code) throw new AppError('VALIDATION_FAILED', [{ path: 'code', message: '请填写手机号（phone）和验证码（code）' }]);
  const phone = verifiedPhone(input.phone);
  const phoneHash = deps.cipher.blindIndex(phone);
  // The attempt is counted in its own transaction, so a wrong guess still uses up a try.
  const outcome = await deps.db.transaction(async (tx) => {
    const c = await evalRepo.latestCode(tx, p.project.id, phoneHash);
    if (!c || !otpUsable(c, now)) return 'invalid';
    await evalRepo.countAttempt(tx, c.id);
    if (c.codeHash !== codeHash(deps, p.project.id, phone, input.code!)) return 'invalid';
    await evalRepo.markCodeUsed(tx, c.id, now);
    return 'ok';
  });
  if (outcome !== 'ok') throw new AppError('RATING_CODE_INVALID', [{ path: 'code', message: '验证码（code）错误或已过期，请重新获取' }]);
  await deps.db.transaction((tx) => insertScore(tx, deps, { ...ctx, actor: null }, p.project, 'residents', input, { phoneHash }));
  return { ok: true as const };
}
