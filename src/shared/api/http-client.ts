import type * as z from 'zod/mini';
import { problemSchema } from '@/shared/contract/common';
import { ApiError, apiErrorFromProblem, apiErrorFromStatus, networkError, schemaError } from './api-error';
import { recordServerDate } from './server-time';

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue> | undefined;
  body?: unknown;
  /** The contract's schema of the reply; omitted only for replies without a body (204). */
  schema?: z.ZodMiniType<T> | undefined;
  signal?: AbortSignal | undefined;
  /** The resource's `version`, sent as `If-Match: "<version>"`. */
  ifMatch?: number | undefined;
  /** One key per user intent; see `newIdempotencyKey`. */
  idempotencyKey?: string | undefined;
  /** Ask for text instead of JSON (CSV exports). */
  accept?: 'json' | 'text' | undefined;
}

interface ClientConfig {
  baseUrl: string;
  /** Retries of a GET after the first try. */
  retries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
}

const config: ClientConfig = {
  baseUrl: import.meta.env.VITE_API_BASE_URL ?? '/api/v1',
  retries: 3,
  retryBaseDelayMs: 400,
  retryMaxDelayMs: 30_000,
};

let csrfToken: string | null = null;
let gate: Promise<unknown> = Promise.resolve();

export function configureClient(next: Partial<ClientConfig>): void {
  Object.assign(config, next);
}

/** The token from `GET /session` or `POST /session`, sent on every mutation. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Requests wait for this promise first. The demo build opens it once the mock API's worker is
 * running, so the page renders while the worker starts.
 */
export function setRequestGate(promise: Promise<unknown>): void {
  gate = promise;
}

function buildUrl(path: string, query: RequestOptions<unknown>['query']): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly (string | number)[]) search.append(key, String(item));
    } else {
      search.append(key, String(value));
    }
  }
  const qs = search.toString();
  // Absolute against the page, so the same client runs in browsers and in Node-based tests.
  return new URL(`${config.baseUrl}${path}${qs ? `?${qs}` : ''}`, window.location.href).toString();
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - Date.now()) / 1000);
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.includes('json')) {
    try {
      const parsed = problemSchema.safeParse(await response.json());
      if (parsed.success) return apiErrorFromProblem(parsed.data, response.status, retryAfter);
    } catch {
      // Not JSON after all: fall through to the status line.
    }
  }
  return apiErrorFromStatus(response.status, response.statusText, retryAfter);
}

function firstIssue(error: z.core.$ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { path: '', message: 'Invalid reply' };
  return { path: issue.path.map(String).join('.'), message: issue.message };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort() {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Exponential backoff with jitter; a server's `Retry-After` wins when it asks for longer. */
export function retryDelayMs(attempt: number, error: ApiError): number {
  const backoff = Math.min(config.retryMaxDelayMs, config.retryBaseDelayMs * 2 ** attempt);
  const jittered = backoff / 2 + Math.random() * (backoff / 2);
  const asked = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : 0;
  return Math.min(config.retryMaxDelayMs, Math.max(jittered, asked));
}

async function send(options: RequestOptions<unknown>): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers = new Headers({
    Accept: options.accept === 'text' ? 'text/csv, text/plain' : 'application/json',
  });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  if (options.ifMatch !== undefined) headers.set('If-Match', `"${String(options.ifMatch)}"`);
  if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
  try {
    const response = await fetch(buildUrl(options.path, options.query), {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'include',
      signal: options.signal ?? null,
    });
    recordServerDate(response.headers.get('Date'));
    return response;
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw networkError(error);
  }
}

async function readBody<T>(response: Response, options: RequestOptions<T>): Promise<T> {
  if (response.status === 204 || !options.schema) return undefined as T;
  if (options.accept === 'text') {
    const text = await response.text();
    return options.schema.parse(text);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw schemaError('', 'The reply is not valid JSON.', undefined);
  }
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) {
    const { path, message } = firstIssue(parsed.error);
    throw schemaError(path, message, json);
  }
  return parsed.data;
}

/**
 * The one way the console talks to the API. Reads retry server faults, rate limits and lost
 * connections with backoff; writes never retry on their own (the person decides, with the same
 * idempotency key).
 */
export async function request<T>(options: RequestOptions<T>): Promise<T> {
  await gate;
  const method = options.method ?? 'GET';
  const retries = method === 'GET' ? config.retries : 0;
  for (let attempt = 0; ; attempt += 1) {
    let failure: ApiError;
    try {
      const response = await send(options);
      if (response.ok) return await readBody(response, options);
      failure = await errorFromResponse(response);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      failure = error;
    }
    if (attempt >= retries || !failure.isTransient) throw failure;
    await sleep(retryDelayMs(attempt, failure), options.signal);
  }
}
