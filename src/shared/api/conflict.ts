import type * as z from 'zod/mini';
import type { ApiError } from './api-error';

/**
 * The current version of a resource from a 412 problem (`{ …, current: <resource> }`, see
 * docs/api.md), parsed with the resource's schema; `undefined` when the body does not carry one.
 */
export function currentFromConflict<T>(error: ApiError, schema: z.ZodMiniType<T>): T | undefined {
  const body = error.body;
  if (typeof body !== 'object' || body === null || !('current' in body)) return undefined;
  const parsed = schema.safeParse(body.current);
  return parsed.success ? parsed.data : undefined;
}
