import { AppError, type Invitation, type InvitationResponse, type InvitationStatus } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import * as repo from './follow-ups.repository.js';

function toInvitation(r: repo.InvitationWithNames): Invitation {
  const i = r.invitation;
  return {
    id: i.id, fairId: i.fairId, fairTitle: r.fairTitle, needId: i.needId, needTitle: r.needTitle, regionName: r.regionName,
    organisationId: i.organisationId, organisationName: r.organisationName, amountFen: i.amountFen, score: i.score,
    status: i.status as InvitationStatus, responseNote: i.responseNote, respondedAt: i.respondedAt?.toISOString() ?? null,
    createdAt: i.createdAt.toISOString(), version: i.version,
  };
}

/** Invitations in scope, newest first: an organisation's own, or those of needs in an official's region. */
export async function listInvitations(deps: AppDeps, actor: Actor, status: InvitationStatus | undefined): Promise<Invitation[]> {
  return (await repo.listInvitations(deps.db, actor, status, 200)).map(toInvitation);
}

export async function getInvitation(deps: AppDeps, actor: Actor, id: string): Promise<Invitation> {
  const r = await repo.findInvitation(deps.db, actor, id);
  if (!r) throw new AppError('NOT_FOUND');
  return toInvitation(r);
}

const ACTION_ZH = { accept: '接受', decline: '谢绝' } as const;

/** The invited organisation answers once: accept, or decline with a reason (which frees the need for another fair). */
export async function respondToInvitation(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, action: 'accept' | 'decline', input: InvitationResponse): Promise<Invitation> {
  await deps.db.transaction(async (tx) => {
    const row = await repo.lockInvitation(tx, actor, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (actor.organisationId !== row.organisationId) throw new AppError('FORBIDDEN', [{ path: 'id', message: '只有受邀的社会组织可以答复对接邀请' }]);
    if (row.status !== 'pending') throw new AppError('INVITATION_TRANSITION_INVALID', [{ path: 'status', message: `该对接邀请已${row.status === 'accepted' ? '接受' : '谢绝'}，不能再${ACTION_ZH[action]}` }]);
    const note = input.note?.trim() || null;
    if (action === 'decline' && !note) throw new AppError('VALIDATION_FAILED', [{ path: 'note', message: '谢绝须说明原因（note），将告知组织对接会的工作人员' }]);
    const now = deps.clock.now();
    const status = action === 'accept' ? 'accepted' : 'declined';
    if (!(await repo.updateInvitation(tx, id, input.version, { status, responseNote: note, respondedBy: actor.userId, respondedAt: now }))) throw new AppError('CONFLICT');
    await recordAudit(tx, ctx, deps.clock, {
      action: `matching.invitation.${action}`, entityType: 'matching_invitation', entityId: id, regionPath: row.regionPath,
      summary: `${ACTION_ZH[action]}对接邀请${note ? `：${note}` : ''}`, diff: { before: { status: 'pending' }, after: { status } },
    });
  });
  return getInvitation(deps, actor, id);
}
