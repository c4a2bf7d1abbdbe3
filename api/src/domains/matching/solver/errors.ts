import { AppError, type FieldError } from '@wushe/common/kernel/errors';

/** Which input was wrong: the instance itself, the pin/forbid lists, or pins that cannot all hold. */
export type MatchingInputKind = 'INVALID_INSTANCE' | 'INVALID_OPTIONS' | 'INFEASIBLE_PINS';

/** Only this many problems are listed, so a wholly broken 2-million-edge file still fails fast and readably. */
export const MAX_REPORTED_ISSUES = 20;

/**
 * A rejected matching input. `errors` name each offending item by path (`edges[17]`) in zh-CN and en-US;
 * the code stays VALIDATION_FAILED so the HTTP layer answers 400 with the field list.
 */
export class MatchingInputError extends AppError {
  constructor(
    readonly kind: MatchingInputKind,
    errors: FieldError[],
    /** how many problems were found in all, of which at most MAX_REPORTED_ISSUES are listed */
    readonly totalIssues: number = errors.length,
  ) {
    super('VALIDATION_FAILED', errors, summarise(kind, errors, totalIssues));
    this.name = 'MatchingInputError';
  }

  /** What kind of input was wrong, in English: the first line the CLI prints. */
  get headline(): string {
    return KIND_EN[this.kind];
  }

  /** One English line per listed problem, plus a count of the unlisted ones; what the CLI prints. */
  lines(): string[] {
    const out = this.errors.map((e) => `${e.path}: ${e.messageEn ?? e.message}`);
    if (this.totalIssues > this.errors.length) out.push(`… and ${this.totalIssues - this.errors.length} more`);
    return out;
  }
}

const KIND_EN: Record<MatchingInputKind, string> = {
  INVALID_INSTANCE: 'invalid matching instance',
  INVALID_OPTIONS: 'invalid pinned/forbidden pairs',
  INFEASIBLE_PINS: 'the pinned pairs cannot all be assigned',
};

function summarise(kind: MatchingInputKind, errors: FieldError[], total: number): string {
  const first = errors[0];
  const head = first ? `: ${first.path}: ${first.messageEn ?? first.message}` : '';
  const more = total > 1 ? ` (and ${total - 1} more)` : '';
  return `${KIND_EN[kind]}${head}${more}`;
}

/** Collects problems in input order and keeps the first MAX_REPORTED_ISSUES. */
export class IssueList {
  readonly listed: FieldError[] = [];
  total = 0;

  add(path: string, en: string, zh: string): void {
    this.total += 1;
    if (this.listed.length < MAX_REPORTED_ISSUES) this.listed.push({ path, message: zh, messageEn: en });
  }

  throwIfAny(kind: MatchingInputKind): void {
    if (this.total > 0) throw new MatchingInputError(kind, this.listed, this.total);
  }
}

/** Renders an offending value for a message: strings quoted and clipped, numbers as written, else the type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
