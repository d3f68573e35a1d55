import { http, HttpResponse, type HttpHandler, type PathParams } from 'msw';
import type * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { AuditEvent } from '@/shared/contract/audit';
import { hasPermission, type Permission } from '@/shared/contract/roles';
import { clock, httpDate } from '@mocks/clock';
import { appendAuditEvent, type AuditEntry } from '@mocks/db/audit/state';
import { journalFlushed } from '@mocks/db/journal';
import { settings, takeFault, type EndpointFamily } from '@mocks/settings';
import { idempotent } from './idempotency';
import {
  parseFilters,
  parseListQuery,
  type FilterSpecs,
  type FilterValues,
  type ListQuery,
  type ListSpec,
} from './list-query';
import {
  badRequest,
  csrfRejected,
  fromZodError,
  isProblem,
  preconditionFailed,
  preconditionRequired,
  problemForStatus,
  rateLimited,
  roleRequired,
  serverFault,
  unauthenticated,
} from './problems';
import { readSessionCookie, verifySession, type MockSession } from './session-token';

/**
 * The one wrapper every mock endpoint goes through, so each handler body is only its rule:
 * latency → injected fault → session → CSRF → role → handler → journal flushed → `Date` header
 * (a read runs its handler first and waits out the rest of its latency after).
 * Thrown problems become problem+json replies; anything else thrown is a 500 and a console error.
 */

export const apiBase = '*/api/v1';

export interface RouteOptions {
  /** Which family's latency and injected faults apply. */
  family: EndpointFamily;
  /** `required` (default): 401 without a session. `optional`: the handler decides. */
  auth?: 'required' | 'optional';
  /** Checked against the contract's permission table: 403 `role-required` otherwise. */
  permission?: Permission;
  /** CSRF is checked on every mutating request with a session; `false` only for `POST /session`. */
  csrf?: boolean;
}

type SessionFor<O extends RouteOptions> = O['auth'] extends 'optional' ? MockSession | null : MockSession;

/** Everything a handler needs; all members are plain functions, so destructuring is fine. */
export interface HandlerContext<S extends MockSession | null = MockSession> {
  readonly request: Request;
  readonly url: URL;
  /** The mock clock when the request arrived. */
  readonly now: number;
  readonly session: S;
  /** A path parameter (`/alerts/:id` → `param('id')`). */
  readonly param: (name: string) => string;
  /** The raw body; may be read any number of times. */
  readonly text: () => Promise<string>;
  /** The JSON body parsed with the contract's request schema; 400 with field errors otherwise. */
  readonly body: <T>(schema: z.ZodMiniType<T>) => Promise<T>;
  /** `page`/`pageSize`/`sort` and filters of a list; 400 on anything the list does not know. */
  readonly list: <F extends FilterSpecs, K extends string>(spec: ListSpec<F, K>) => ListQuery<F, K>;
  /** Filters of an unpaged endpoint; 400 on unknown names or values. */
  readonly filters: <F extends FilterSpecs>(filters: F) => FilterValues<F>;
  /** For rules that depend on the request (reveal: which field) rather than the route. */
  readonly requirePermission: (permission: Permission) => void;
  /** 428 without `If-Match`, 412 (with the current resource) when it names another version. */
  readonly ifMatch: (current: { version: number }) => void;
  /** Runs `create` once per `Idempotency-Key` (428 without one, 422 on a different body). */
  readonly idempotent: (create: () => Promise<Response>) => Promise<Response>;
  /** Writes an audit event by the signed-in person (or `actorId`) at the mock clock's time. */
  readonly audit: (entry: Omit<AuditEntry, 'actorId'> & { actorId?: string }) => AuditEvent;
}

export type Resolver<S extends MockSession | null> = (
  context: HandlerContext<S>,
) => Response | Promise<Response>;

interface ResolverInfo {
  request: Request;
  params: PathParams;
  cookies: Record<string, string>;
}

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const englishErrors = en().localeError;

/**
 * Writes run one at a time, each from its first precondition check to its last commit. A handler
 * checks `If-Match` and then awaits its body; without this, a second write on the same version
 * could pass the check in that gap and both would commit (the contract: a stale version always
 * gets 412). Reads are not queued; they never see half a write, because a write's commits happen
 * with no await between them.
 */
let writeQueue: Promise<unknown> = Promise.resolve();

function oneWriteAtATime<T>(write: () => Promise<T>): Promise<T> {
  const result = writeQueue.then(write);
  writeQueue = result.catch(() => undefined);
  return result;
}

function sleep(ms: number): Promise<void> | undefined {
  // No timer at all for 0 ms: tests with fake timers must not hang on the mock.
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : undefined;
}

/** When each request reached the mock, if noted before it waited for the mock's start-up. */
const arrivals = new WeakMap<Request, number>();

/**
 * Notes that `request` reached the mock at `now` (`performance.now()`, ms). The browser's start-up
 * (`mocks/browser.ts`) calls it before a request waits for the seed it reads, so that wait counts
 * towards the request's latency, as a real server's own work does, instead of adding to it.
 */
export function noteArrival(request: Request, now = performance.now()): void {
  arrivals.set(request, now);
}

/**
 * How long `request` still waits, in ms, for a latency of `latencyMs`: the latency less the time
 * since its arrival (`noteArrival`; `now` in the same clock), never below 0; the whole latency
 * when its arrival was not noted (`msw/node`).
 */
export function remainingLatency(request: Request, latencyMs: number, now: number): number {
  const arrived = arrivals.get(request);
  return arrived === undefined ? latencyMs : Math.max(0, latencyMs - (now - arrived));
}

/** A reply that is valid JSON but matches no reply schema of the contract. */
function malformedReply(): Response {
  return HttpResponse.json({
    malformed: true,
    detail: 'Injected fault (mock API): this body breaks the contract.',
  });
}

function parseIfMatch(header: string): number | undefined {
  const match = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function finish(response: Response): Response {
  if (response.type === 'error') return response;
  response.headers.set('Date', httpDate(clock.now()));
  if (!response.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'no-store');
  return response;
}

function createContext(info: ResolverInfo, session: MockSession | null): HandlerContext<MockSession | null> {
  const { request } = info;
  const url = new URL(request.url);
  let bodyText: Promise<string> | undefined;
  const text = (): Promise<string> => (bodyText ??= request.text());
  const requireSession = (): MockSession => {
    if (!session) throw unauthenticated();
    return session;
  };

  return {
    request,
    url,
    now: clock.now(),
    session,
    param: (name) => {
      const value = info.params[name];
      if (typeof value !== 'string') throw new Error(`mock route has no path parameter "${name}"`);
      return value;
    },
    text,
    body: async (schema) => {
      const raw = await text();
      let json: unknown;
      try {
        json = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        throw badRequest([{ field: '', message: 'The body is not valid JSON.' }]);
      }
      const parsed = schema.safeParse(json, { error: englishErrors });
      if (!parsed.success) throw fromZodError(parsed.error);
      return parsed.data;
    },
    list: (spec) => parseListQuery(url, spec),
    filters: (filters) => parseFilters(url, filters),
    requirePermission: (permission) => {
      if (!hasPermission(requireSession().staff.roles, permission)) throw roleRequired(permission);
    },
    ifMatch: (current) => {
      const header = request.headers.get('If-Match');
      if (header === null || header.trim() === '') throw preconditionRequired('If-Match');
      if (header.trim() === '*') return;
      if (parseIfMatch(header) !== current.version) throw preconditionFailed(current);
    },
    idempotent: async (create) => {
      const scope = `${requireSession().staff.id} ${request.method} ${url.pathname}`;
      return idempotent(request, scope, await text(), create);
    },
    audit: (entry) => {
      const actorId = entry.actorId ?? session?.staff.id;
      if (actorId === undefined) throw new Error('mock audit: no actor for an anonymous request');
      return appendAuditEvent({ ...entry, actorId });
    },
  };
}

async function handle(
  options: RouteOptions,
  resolve: Resolver<MockSession | null>,
  info: ResolverInfo,
): Promise<Response> {
  const method = info.request.method.toUpperCase();
  const waitOutLatency = () => sleep(remainingLatency(info.request, settings.latencyMs, performance.now()));
  // A write waits first, so writes apply in the order their latency ends. A read is answered at
  // once and its reply held back for what is left of the latency, as a server's own work counts
  // towards its reply time: the page's main thread, which runs this mock, does the work while it
  // would otherwise be waiting, not later while the app renders.
  const readOnly = !mutating.has(method);
  if (!readOnly) await waitOutLatency();
  const fault = takeFault(options.family, method);
  if (readOnly && fault) await waitOutLatency();
  if (fault?.kind === 'network-error') return HttpResponse.error();
  if (fault?.kind === 'status') return problemForStatus(fault.status, fault.retryAfterSeconds).toResponse();
  if (fault?.kind === 'rate-limit') return rateLimited(fault.retryAfterSeconds).toResponse();
  if (fault?.kind === 'malformed') return malformedReply();
  if (fault?.kind === 'slow') await sleep(fault.delayMs);

  let response: Response;
  try {
    const session = verifySession(readSessionCookie(info.request, info.cookies)) ?? null;
    if (!session && options.auth !== 'optional') throw unauthenticated();
    if (session && mutating.has(method) && options.csrf !== false) {
      if (info.request.headers.get('X-CSRF-Token') !== session.csrfToken) throw csrfRejected();
    }
    const context = createContext(info, session);
    if (options.permission) context.requirePermission(options.permission);
    response = await (mutating.has(method)
      ? oneWriteAtATime(async () => resolve(context))
      : resolve(context));
  } catch (error) {
    if (isProblem(error)) {
      response = error.toResponse();
    } else {
      console.error('[mock] handler failed', error);
      response = serverFault(500, error instanceof Error ? error.message : undefined).toResponse();
    }
  }
  // Also after a problem: a failed sign-in is a 401 whose audit entry must survive a reload.
  await journalFlushed();
  if (readOnly && !fault) await waitOutLatency();
  return response;
}

/**
 * Wraps a resolver for `http.get(path, …)`; prefer `api.get(…)` below, which also puts the
 * path under the API's base.
 */
export function withHandler<const O extends RouteOptions>(options: O, resolve: Resolver<SessionFor<O>>) {
  // The options decide whether the session can be null, which the context type mirrors.
  const loose = resolve as Resolver<MockSession | null>;
  return async (info: ResolverInfo): Promise<Response> => finish(await handle(options, loose, info));
}

function route(method: 'get' | 'post' | 'put' | 'patch' | 'delete') {
  return <const O extends RouteOptions>(
    path: `/${string}`,
    options: O,
    resolve: Resolver<SessionFor<O>>,
  ): HttpHandler => http[method](`${apiBase}${path}`, withHandler(options, resolve));
}

/** `api.get('/alerts/:id', { family: 'alerts', permission: 'alerts.read' }, (ctx) => json(…))` */
export const api = {
  get: route('get'),
  post: route('post'),
  put: route('put'),
  patch: route('patch'),
  delete: route('delete'),
};
