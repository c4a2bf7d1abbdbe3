/** The register's lifecycles: review items and verification tasks (pure; illegal moves are 409s). */

export type ReviewStatus = 'open' | 'confirmed' | 'rejected';
export type ReviewAction = 'confirm' | 'reject';
export type TaskStatus = 'assigned' | 'done' | 'cancelled';
export type TaskAction = 'record' | 'cancel';
export type VerificationMethod = 'phone' | 'visit' | 'site';
export type PartyCoverage = 'own_branch' | 'joint_branch' | 'none' | 'unknown';
export type VerificationState = 'unverified' | 'verified' | 'conflict' | 'not_found';
export type VerificationOutcome = 'confirmed' | 'corrected' | 'not_found';

export const PARTY_COVERAGE: readonly PartyCoverage[] = ['own_branch', 'joint_branch', 'none', 'unknown'];
export const VERIFICATION_METHODS: readonly VerificationMethod[] = ['phone', 'visit', 'site'];

const REVIEW: Record<ReviewStatus, Partial<Record<ReviewAction, ReviewStatus>>> = {
  open: { confirm: 'confirmed', reject: 'rejected' },
  confirmed: {},
  rejected: {},
};

const TASK: Record<TaskStatus, Partial<Record<TaskAction, TaskStatus>>> = {
  assigned: { record: 'done', cancel: 'cancelled' },
  done: {},
  cancelled: {},
};

/** The status after `action`, or null when the move is not allowed. */
export function nextReviewStatus(from: ReviewStatus, action: ReviewAction): ReviewStatus | null {
  return REVIEW[from][action] ?? null;
}

export function nextTaskStatus(from: TaskStatus, action: TaskAction): TaskStatus | null {
  return TASK[from][action] ?? null;
}

/** What a recorded verification makes of the entity. */
export function verificationAfter(outcome: VerificationOutcome): VerificationState {
  return outcome === 'not_found' ? 'not_found' : 'verified';
}

/** Needs a check: never verified, or its sources disagree on something. */
export function needsVerification(state: VerificationState, conflictFields: number): boolean {
  return state === 'unverified' || state === 'conflict' || conflictFields > 0;
}

/** Who verification tasks go to: street (township) staff, who record results on a phone. */
export const ASSIGNEE_ROLES = ['street_official'] as const;
/** One bulk assignment reaches at most this many entries (a street's list, not the whole city). */
export const BULK_TASK_LIMIT = 500;

/** An account may take a task on an entry when it is active street staff whose region covers the entry. */
export function canTakeTask(account: { roleKey: string; status: string; regionPath: string | null }, entityPath: string): boolean {
  return account.status === 'active' && (ASSIGNEE_ROLES as readonly string[]).includes(account.roleKey) && !!account.regionPath && entityPath.startsWith(account.regionPath);
}
