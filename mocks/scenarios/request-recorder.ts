import { apiBase } from '@mocks/http/handler';
import { server } from '@mocks/node';

/**
 * The one request recorder for tests: what the console sent to the mock, as the mock received
 * it. `const requests = recordRequests()` before the action, then e.g.
 * `expect(await requests.writes()).toEqual([expect.objectContaining({ method: 'PATCH', ifMatch: '"3"' })])`.
 * It listens to msw's `server.events`, so it sees every request, handled or not, and changes
 * none; `tests/setup.ts` drops its listener after each test.
 */

/** `/api/v1`: the path every mock route sits under (`apiBase` without its host wildcard). */
const apiPathPrefix = apiBase.replace(/^\*/, '');

export interface RecordedRequest {
  readonly method: string;
  /** The path under the API base, e.g. `/alerts/alr_k4ppl8` (the full path for other hosts). */
  readonly path: string;
  readonly search: URLSearchParams;
  readonly headers: Headers;
  /** `If-Match` as sent (`"3"`), or `null`. */
  readonly ifMatch: string | null;
  readonly idempotencyKey: string | null;
  /** The JSON body parsed (the raw text when it is not JSON; `undefined` when empty). Read it after `settled()`. */
  body: unknown;
  /** Whether the console aborted it (a superseded search, a page left). */
  aborted: boolean;
}

export interface RequestMatch {
  method?: string;
  /** The path under the API base: exact, or a pattern. */
  path?: string | RegExp;
}

export interface RequestRecorder {
  /** Every request so far, in the order they were sent (bodies may still be being read). */
  readonly requests: readonly RecordedRequest[];
  /** The requests so far that match, once their bodies are read. */
  matching(match: RequestMatch): Promise<RecordedRequest[]>;
  /** The writes so far (every method but GET and HEAD), once their bodies are read. */
  writes(): Promise<RecordedRequest[]>;
  /** Resolves once every body recorded so far is read. */
  settled(): Promise<void>;
  /** Stops recording (the requests recorded so far stay). */
  stop(): void;
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function matches(request: RecordedRequest, match: RequestMatch): boolean {
  if (match.method !== undefined && request.method !== match.method.toUpperCase()) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? request.path === match.path : match.path.test(request.path);
}

/** Starts recording every request the mock receives from now on (see `RequestRecorder`). */
export function recordRequests(): RequestRecorder {
  const requests: RecordedRequest[] = [];
  const reading: Promise<void>[] = [];
  const listener = ({ request }: { request: Request }): void => {
    const url = new URL(request.url);
    const recorded: RecordedRequest = {
      method: request.method.toUpperCase(),
      path: url.pathname.startsWith(apiPathPrefix) ? url.pathname.slice(apiPathPrefix.length) : url.pathname,
      search: url.searchParams,
      headers: new Headers(request.headers),
      ifMatch: request.headers.get('If-Match'),
      idempotencyKey: request.headers.get('Idempotency-Key'),
      body: undefined,
      aborted: request.signal.aborted,
    };
    request.signal.addEventListener('abort', () => {
      recorded.aborted = true;
    });
    requests.push(recorded);
    if (request.body !== null) {
      reading.push(
        request
          .clone()
          .text()
          .then(
            (text) => {
              recorded.body = parseBody(text);
            },
            () => undefined,
          ),
      );
    }
  };
  server.events.on('request:start', listener);
  const settled = async (): Promise<void> => {
    await Promise.all(reading);
  };
  return {
    requests,
    async matching(match) {
      await settled();
      return requests.filter((request) => matches(request, match));
    },
    async writes() {
      await settled();
      return requests.filter((request) => request.method !== 'GET' && request.method !== 'HEAD');
    },
    settled,
    stop() {
      server.events.removeListener('request:start', listener);
    },
  };
}
