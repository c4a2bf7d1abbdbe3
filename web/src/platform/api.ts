import type { Problem } from '@wushe/common';

/** A failed API call, carrying the RFC 9457 problem the server sent (or one made up for network failures). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldErrors: { path: string; message: string }[];

  constructor(status: number, problem: Partial<Problem>) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.code = problem.code ?? codeForStatus(status);
    this.detail = problem.detail ?? '';
    this.fieldErrors = problem.errors ?? [];
  }
}

/** When the server sends no problem JSON (proxy error, HTML page) the status still tells us what happened. */
function codeForStatus(status: number): string {
  if (status === 0) return 'NETWORK';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  return 'INTERNAL';
}

// The CSRF token comes with /auth/me and /auth/login; the cookie alone must never authorise a write.
let csrfToken: string | null = null;
/** Remembers the token every write must echo in x-csrf-token. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type AuthListener = (error: ApiError) => void;
let authListener: AuthListener | null = null;
/** Lets the session layer react when any call reveals an expired session or a forced password change. */
export function onAuthProblem(listener: AuthListener | null): void {
  authListener = listener;
}

export type QueryValue = string | number | boolean | null | undefined;
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Sent as-is (files); `contentType` names it. */
  rawBody?: Blob;
  contentType?: string;
  /** Extra headers for this call only (e.g. `Idempotency-Key` on money commands); they cannot replace csrf/content-type. */
  headers?: Record<string, string>;
}

/** Builds `/api<path>?…`, dropping empty filters so the server sees only what the user set. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function send(path: string, opts: RequestOptions): Promise<Response> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  let body: BodyInit | undefined;
  if (opts.rawBody) {
    body = opts.rawBody;
    headers['content-type'] = opts.contentType ?? 'application/octet-stream';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, {});
  }
  if (!res.ok) {
    let problem: Partial<Problem> = {};
    if ((res.headers.get('content-type') ?? '').includes('json')) {
      problem = (await res.json().catch(() => ({}))) as Partial<Problem>;
    }
    const error = new ApiError(res.status, problem);
    // LOGIN_FAILED is also a 401 but only means a wrong password; just an expired session logs the user out.
    if (error.code === 'UNAUTHENTICATED' || error.code === 'PASSWORD_CHANGE_REQUIRED') authListener?.(error);
    throw error;
  }
  return res;
}

/** Calls the JSON API and returns the parsed body. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(path, opts);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** Fetches a file (xlsx export, template) and hands it to the browser as a download. */
export async function downloadFile(path: string, fallbackName: string, query?: Record<string, QueryValue>): Promise<void> {
  const res = await send(path, { query });
  const blob = await res.blob();
  const name = fileNameFrom(res.headers.get('content-disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads `filename*=UTF-8''…` (Chinese names) or plain `filename="…"`. */
function fileNameFrom(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      return null;
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? null;
}

/** The list endpoints' envelope: one page of items and the total the actor may see. */
export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
