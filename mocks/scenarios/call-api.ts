/**
 * A bare client for tests of the mock itself (the app's tests go through the app's client):
 * relative paths resolve against jsdom's location, as the console's requests do.
 */

export interface ApiReply<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or `undefined` for an empty body. */
  body: T;
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  csrfToken?: string;
  ifMatch?: number | string;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

export async function callApi<T = unknown>(path: string, options: CallOptions = {}): Promise<ApiReply<T>> {
  const headers = new Headers(options.headers);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (options.csrfToken !== undefined) headers.set('X-CSRF-Token', options.csrfToken);
  if (options.ifMatch !== undefined) {
    headers.set('If-Match', typeof options.ifMatch === 'number' ? `"${String(options.ifMatch)}"` : options.ifMatch);
  }
  if (options.idempotencyKey !== undefined) headers.set('Idempotency-Key', options.idempotencyKey);
  const response = await fetch(`/api/v1${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
    credentials: 'include',
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
}
