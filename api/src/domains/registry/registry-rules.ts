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
