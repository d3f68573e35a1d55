import { HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import { problemTypes, type FieldError } from '@/shared/contract/common';
import { describeRoles, rolesFor, type Permission, type Role } from '@/shared/contract/roles';

/**
 * RFC 9457 problem details as the contract describes them. A handler throws one of these
 * (`throw notFound('alert', id)`) and the handler wrapper turns it into the reply, so the happy
 * path of a handler reads straight down.
 */

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  requiredRoles?: Role[];
  [member: string]: unknown;
}

export class ProblemError extends Error {
  readonly status: number;
  readonly body: ProblemBody;
  readonly headers: Record<string, string>;

  constructor(body: ProblemBody, headers: Record<string, string> = {}) {
    super(body.detail ? `${String(body.status)} ${body.title}: ${body.detail}` : `${String(body.status)} ${body.title}`);
    this.name = 'ProblemError';
    this.status = body.status;
    this.body = body;
    this.headers = headers;
  }

  toResponse(): Response {
    return HttpResponse.json(this.body, {
      status: this.status,
      headers: { ...this.headers, 'Content-Type': 'application/problem+json' },
    });
  }
}

export function isProblem(error: unknown): error is ProblemError {
  return error instanceof ProblemError;
}

/** 400 with one message per field (`field` is a dotted path, `''` for the request as a whole). */
export function badRequest(errors: FieldError[], detail = 'The request has invalid fields.'): ProblemError {
  return new ProblemError({ type: problemTypes.validation, title: 'Invalid request', status: 400, detail, errors });
}

/** 400 from a zod error: every issue becomes `{ field: 'a.b.0', message }`. */
export function fromZodError(error: z.core.$ZodError, fieldPrefix = ''): ProblemError {
  const errors = error.issues.map((issue) => ({
    field: [fieldPrefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
  return badRequest(errors);
}

export function unauthenticated(detail = 'Sign in to continue.'): ProblemError {
  return new ProblemError({ type: problemTypes.unauthenticated, title: 'Not signed in', status: 401, detail });
}

/** 403 naming the roles that hold `permission` (the contract's "Who may do what" table). */
export function roleRequired(permission: Permission, detail?: string): ProblemError {
  const requiredRoles = [...rolesFor(permission)];
  return new ProblemError({
    type: problemTypes.roleRequired,
    title: 'Role required',
    status: 403,
    detail: detail ?? `This needs ${describeRoles(requiredRoles)}.`,
    requiredRoles,
  });
}

/**
 * 403 for a rule on who may act that no role grants (the author approving their own version):
 * `about:blank`, so the console does not send the person off to ask for a role.
 */
export function forbidden(detail: string): ProblemError {
  return new ProblemError({ type: 'about:blank', title: 'Forbidden', status: 403, detail });
}

export function csrfRejected(): ProblemError {
  return new ProblemError({
    type: problemTypes.csrf,
    title: 'CSRF token missing or wrong',
    status: 403,
    detail: 'Send the X-CSRF-Token header with the token from GET /session.',
  });
}

export function notFound(what: string, id: string): ProblemError {
  return new ProblemError({ type: problemTypes.notFound, title: 'Not found', status: 404, detail: `No ${what} ${id}.` });
}

/** 409: the action is not allowed in the resource's current state. */
export function conflict(detail: string): ProblemError {
  return new ProblemError({ type: problemTypes.conflict, title: 'Not allowed in the current state', status: 409, detail });
}

/**
 * 412: the `If-Match` version is stale. The body carries the current resource under `current`
 * (next to the problem members, so a resource's own `status` never collides with the HTTP one)
 * and the reply its ETag, so the console can show theirs against mine without another request.
 */
export function preconditionFailed(current: { version: number }): ProblemError {
  return new ProblemError(
    {
      type: problemTypes.preconditionFailed,
      title: 'Changed by someone else',
      status: 412,
      detail: `The record is at version ${String(current.version)} now.`,
      current,
    },
    { ETag: `"${String(current.version)}"` },
  );
}

/** 428: a required precondition header (`If-Match`, `Idempotency-Key`) is missing. */
export function preconditionRequired(header: 'If-Match' | 'Idempotency-Key'): ProblemError {
  return new ProblemError({
    type: problemTypes.preconditionRequired,
    title: `${header} required`,
    status: 428,
    detail:
      header === 'If-Match'
        ? 'Send If-Match: "<version>" with the version you edited.'
        : 'Send an Idempotency-Key header (one UUID per user intent).',
  });
}

/** 422: the idempotency key was used before with a different request body. */
export function idempotencyKeyReused(): ProblemError {
  return new ProblemError({
    type: problemTypes.idempotencyMismatch,
    title: 'Idempotency key reused',
    status: 422,
    detail: 'This Idempotency-Key was already used for a different request.',
  });
}

export function rateLimited(retryAfterSeconds: number): ProblemError {
  return new ProblemError(
    {
      type: problemTypes.rateLimited,
      title: 'Too many requests',
      status: 429,
      detail: `Try again in ${String(retryAfterSeconds)} s.`,
    },
    { 'Retry-After': String(Math.ceil(retryAfterSeconds)) },
  );
}

/** The `Retry-After` of a 503 when nobody asked for another. */
export const defaultRetryAfterSeconds = 1;

/**
 * A 5xx problem. A 503 (unavailable: overloaded or in maintenance) says when to come back with
 * `Retry-After` (`retryAfterSeconds`, default 1 s), as the API does; other 5xx promise nothing.
 */
export function serverFault(
  status = 500,
  detail = 'The server could not complete the request.',
  retryAfterSeconds = defaultRetryAfterSeconds,
): ProblemError {
  const titles: Record<number, string> = {
    500: 'Internal server error',
    502: 'Bad gateway',
    503: 'Service unavailable',
    504: 'Gateway timeout',
  };
  return new ProblemError(
    { type: problemTypes.serverError, title: titles[status] ?? 'Server error', status, detail },
    status === 503 ? { 'Retry-After': String(Math.ceil(retryAfterSeconds)) } : {},
  );
}

/**
 * Any status a fault asks for: 429 and 5xx as above, other 4xx as a generic problem.
 * `retryAfterSeconds` is the 503's (and 429's) `Retry-After`.
 */
export function problemForStatus(status: number, retryAfterSeconds?: number): ProblemError {
  if (status === 429) return rateLimited(retryAfterSeconds ?? 1);
  if (status >= 500) return serverFault(status, 'Injected fault (mock API).', retryAfterSeconds);
  switch (status) {
    case 400:
      return badRequest([], 'Injected fault (mock API).');
    case 401:
      return unauthenticated();
    case 403:
      return forbidden('Injected fault (mock API).');
    case 404:
      return new ProblemError({ type: problemTypes.notFound, title: 'Not found', status, detail: 'Injected fault (mock API).' });
    case 409:
      return conflict('Injected fault (mock API).');
    default:
      return new ProblemError({ type: 'about:blank', title: 'Request failed', status, detail: 'Injected fault (mock API).' });
  }
}
