/**
 * The state machines of delivery and 考榜, pure: each object's legal moves as a table, so the service asks
 * "may this happen?" in one place and the tests can walk every (state, action) pair.
 */

export const PROJECT_STATUSES = ['contracted', 'in_delivery', 'delivered', 'evaluating', 'evaluated', 'closed', 'terminated'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_ACTIONS = ['start', 'deliver', 'open_evaluation', 'finalise', 'close', 'terminate'] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

export const MILESTONE_STATUSES = ['pending', 'submitted', 'approved', 'returned'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MILESTONE_ACTIONS = ['submit', 'approve', 'return'] as const;
export type MilestoneAction = (typeof MILESTONE_ACTIONS)[number];

export const RECTIFICATION_STATUSES = ['open', 'answered', 'closed', 'reopened'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_ACTIONS = ['answer', 'close', 'reopen'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

export const COMPLAINT_STATUSES = ['filed', 'handling', 'upheld', 'dismissed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_ACTIONS = ['handle', 'uphold', 'dismiss'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

type Table<S extends string, A extends string> = Record<A, { from: readonly S[]; to: S }>;

export const PROJECT_MOVES: Table<ProjectStatus, ProjectAction> = {
  start: { from: ['contracted'], to: 'in_delivery' },
  // Automatic when the last milestone is approved; the table still guards it.
  deliver: { from: ['in_delivery'], to: 'delivered' },
  open_evaluation: { from: ['delivered'], to: 'evaluating' },
  finalise: { from: ['evaluating'], to: 'evaluated' },
  close: { from: ['evaluated'], to: 'closed' },
  terminate: { from: ['contracted', 'in_delivery', 'delivered'], to: 'terminated' },
};

export const MILESTONE_MOVES: Table<MilestoneStatus, MilestoneAction> = {
  // A returned milestone is fixed and submitted again.
  submit: { from: ['pending', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
};

export const RECTIFICATION_MOVES: Table<RectificationStatus, RectificationAction> = {
  answer: { from: ['open', 'reopened'], to: 'answered' },
  close: { from: ['answered'], to: 'closed' },
  reopen: { from: ['answered'], to: 'reopened' },
};

export const COMPLAINT_MOVES: Table<ComplaintStatus, ComplaintAction> = {
  handle: { from: ['filed'], to: 'handling' },
  uphold: { from: ['handling'], to: 'upheld' },
  dismiss: { from: ['handling'], to: 'dismissed' },
};

/** The state after `action`, or null when the move is illegal from `from`. */
export function nextState<S extends string, A extends string>(table: Table<S, A>, from: S, action: A): S | null {
  const move = table[action];
  return move && move.from.includes(from) ? move.to : null;
}

/** Project actions the provider may take; the rest belong to officials. */
export const PROVIDER_PROJECT_ACTIONS: readonly ProjectAction[] = ['start'];
/** Milestone actions by side: the provider submits, officials approve or return. */
export const PROVIDER_MILESTONE_ACTIONS: readonly MilestoneAction[] = ['submit'];
export const PROVIDER_RECTIFICATION_ACTIONS: readonly RectificationAction[] = ['answer'];

/** Projects in these states take delivery records (activities, spending, milestone submissions). */
export function acceptsDeliveryRecords(status: ProjectStatus): boolean {
  return status === 'contracted' || status === 'in_delivery';
}

/** A milestone is overdue when it is still owed after its due date (dates are 'YYYY-MM-DD', compared as text). */
export function isMilestoneOverdue(m: { status: MilestoneStatus; dueOn: string }, today: string): boolean {
  return (m.status === 'pending' || m.status === 'returned') && m.dueOn < today;
}

/** A rectification is overdue when the provider has not answered it by its deadline. */
export function isRectificationOverdue(r: { status: RectificationStatus; deadline: string }, today: string): boolean {
  return (r.status === 'open' || r.status === 'reopened') && r.deadline < today;
}

/** Contract check: at least one milestone, each payment ≥ 0, the payments add up to the budget exactly. */
export function checkContract(budgetFen: number, milestones: { paymentFen: number; dueOn: string }[]): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  if (milestones.length === 0) errors.push({ path: 'milestones', message: '合同至少需要一个里程碑（milestones）' });
  const sum = milestones.reduce((a, m) => a + m.paymentFen, 0);
  if (milestones.length > 0 && sum !== budgetFen) {
    errors.push({ path: 'milestones', message: `各里程碑付款（paymentFen）合计应等于预算（budgetFen）：合计${sum}分，预算${budgetFen}分` });
  }
  milestones.forEach((m, i) => {
    if (i > 0 && m.dueOn < milestones[i - 1]!.dueOn) errors.push({ path: `milestones[${i}].dueOn`, message: `第${i + 1}个里程碑的截止日期（dueOn）早于上一个` });
  });
  return errors;
}

/** The image type from its first bytes (the declared mime is not trusted): JPEG FF D8 FF, PNG 89 'PNG' CR LF 1A LF. */
export function sniffImage(bytes: Uint8Array): 'image/jpeg' | 'image/png' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
