import * as z from 'zod/mini';

/** ISO 8601 UTC timestamp as the API sends it (e.g. `2026-11-25T09:30:00.000Z`). */
export const isoDateTime = z.iso.datetime({ offset: false });

/** Opaque id with a type prefix (`acc_…`, `alr_…`, `stf_…`). */
export const idOf = (prefix: string) => z.string().check(z.startsWith(`${prefix}_`));

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details; extra members are kept (e.g. `requiredRoles`, or the current resource on 412). */
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(fieldErrorSchema)),
  requiredRoles: z.optional(z.array(z.string())),
});
export type Problem = z.infer<typeof problemSchema>;

/** Problem type URIs the console reacts to. */
export const problemTypes = {
  validation: 'https://api.digfashions.example/problems/validation',
  unauthenticated: 'https://api.digfashions.example/problems/unauthenticated',
  roleRequired: 'https://api.digfashions.example/problems/role-required',
  csrf: 'https://api.digfashions.example/problems/csrf',
  notFound: 'https://api.digfashions.example/problems/not-found',
  conflict: 'https://api.digfashions.example/problems/conflict',
  preconditionFailed: 'https://api.digfashions.example/problems/precondition-failed',
  preconditionRequired: 'https://api.digfashions.example/problems/precondition-required',
  idempotencyMismatch: 'https://api.digfashions.example/problems/idempotency-key-reused',
  rateLimited: 'https://api.digfashions.example/problems/rate-limited',
  serverError: 'https://api.digfashions.example/problems/server-error',
} as const;

/** Every list reply: `{ items, page, pageSize, total }`. */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().check(z.int(), z.minimum(1)),
    pageSize: z.number().check(z.int(), z.minimum(1), z.maximum(200)),
    total: z.number().check(z.int(), z.minimum(0)),
  });
}
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const maxPageSize = 200;
export const sortDirections = ['asc', 'desc'] as const;
export type SortDirection = (typeof sortDirections)[number];
