import type { FieldError, Problem } from '@/shared/contract/common';
import { problemTypes } from '@/shared/contract/common';
import { describeRoles, roles, type Role } from '@/shared/contract/roles';

export type ApiErrorKind = 'http' | 'network' | 'schema';

interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  title: string;
  detail?: string | undefined;
  type?: string | undefined;
  fieldErrors?: FieldError[] | undefined;
  requiredRoles?: Role[] | undefined;
  body?: unknown;
  retryAfterSeconds?: number | undefined;
}

/**
 * Every failure of an API call: an HTTP problem (problem+json), a network failure, or a reply
 * that does not match the contract. Pages decide what to show; the client shows nothing.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 for network failures. */
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly requiredRoles: Role[];
  /** The whole problem body: on 412 it carries the current resource. */
  readonly body: unknown;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.fieldErrors = init.fieldErrors ?? [];
    this.requiredRoles = init.requiredRoles ?? [];
    this.body = init.body;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  get isUnauthenticated(): boolean {
    return this.kind === 'http' && this.status === 401;
  }

  get isRoleRequired(): boolean {
    return this.status === 403 && this.type === problemTypes.roleRequired;
  }

  get isConflict(): boolean {
    return this.status === 409;
  }

  get isStale(): boolean {
    return this.status === 412;
  }

  /** Worth trying again as is: a server fault, a rate limit or a lost connection. */
  get isTransient(): boolean {
    return this.kind === 'network' || this.status === 429 || this.status >= 500;
  }

  /**
   * Whether sending the same request again may succeed, so a Retry is worth offering: not for a
   * 4xx the API answers about the request itself (400 invalid field, 403 role, 404, 409 state,
   * 412 version…), which fails again as sent; yes for a timeout (408), "too early" (425), a rate
   * limit (429), a server fault, a lost connection or a reply that did not match the contract.
   */
  get isRetryable(): boolean {
    if (this.kind !== 'http') return true;
    if (this.status >= 400 && this.status < 500) return [408, 425, 429].includes(this.status);
    return true;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function apiErrorFromProblem(problem: Problem, status: number, retryAfterSeconds?: number): ApiError {
  return new ApiError({
    kind: 'http',
    status,
    title: problem.title,
    detail: problem.detail,
    type: problem.type,
    fieldErrors: problem.errors,
    requiredRoles: problem.requiredRoles?.filter(isRole),
    body: problem,
    retryAfterSeconds,
  });
}

/** A reply without a problem body (a proxy's HTML error page, an empty 502). */
export function apiErrorFromStatus(status: number, statusText: string, retryAfterSeconds?: number): ApiError {
  return new ApiError({
    kind: 'http',
    status,
    title: statusText || `Request failed with status ${String(status)}`,
    retryAfterSeconds,
  });
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError({
    kind: 'network',
    status: 0,
    title: 'The server could not be reached',
    detail: 'Check the connection and try again.',
  });
  error.cause = cause;
  return error;
}

export function schemaError(path: string, message: string, body: unknown): ApiError {
  return new ApiError({
    kind: 'schema',
    status: 0,
    title: 'The server sent a reply the console does not understand',
    detail: path ? `Field "${path}": ${message}` : message,
    body,
  });
}

/** A sentence for an error state: what happened, in words a person can act on. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : 'Something went wrong.';
  if (error.kind === 'network') return 'The server could not be reached. Check the connection and try again.';
  if (error.kind === 'schema') return `${error.title}. ${error.detail ?? ''}`.trim();
  if (error.isRoleRequired && error.requiredRoles.length > 0) {
    return `You need ${describeRoles(error.requiredRoles)} for this.`;
  }
  if (error.status === 429) return 'The server is busy. Try again in a moment.';
  if (error.status >= 500) return 'The server had a problem answering. Try again in a moment.';
  return error.detail ?? error.title;
}
