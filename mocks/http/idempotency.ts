import { HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { defineFamily } from '@mocks/db/database';
import { badRequest, idempotencyKeyReused, preconditionRequired } from './problems';

/**
 * `Idempotency-Key` as the contract has it: a repeat with the same key and body returns the
 * first reply and changes nothing; the same key with another body is a 422; no key is a 428.
 * Stored replies go through the journal like any write, so a retry after a reload still finds
 * the first reply instead of notifying customers twice.
 *
 * Only successful replies are kept: after a 400 the person fixes the form and sends again with
 * the same key (same intent), which must not be refused as "different body".
 */

const storedReplySchema = z.object({
  key: z.string(),
  fingerprint: z.string(),
  status: z.number(),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
});
type StoredReply = z.infer<typeof storedReplySchema>;

const replies = defineFamily({
  name: 'idempotency',
  seed: () => new Map<string, StoredReply>(),
  record: storedReplySchema,
  apply(state, record) {
    if (!state.has(record.key)) state.set(record.key, record);
  },
});

const inFlight = new Map<string, { fingerprint: string; stored: Promise<StoredReply | null> }>();

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Same JSON in another key order or spacing is the same request. */
function fingerprintOf(body: string): string {
  try {
    return canonical(JSON.parse(body) as unknown);
  } catch {
    return body;
  }
}

function replay(stored: StoredReply): Response {
  return new HttpResponse(stored.body, {
    status: stored.status,
    headers: { ...stored.headers, 'Idempotent-Replayed': 'true' },
  });
}

async function store(key: string, fingerprint: string, response: Response): Promise<StoredReply> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'date' && name !== 'set-cookie') headers[name] = value;
  });
  const stored: StoredReply = { key, fingerprint, status: response.status, headers, body: await response.clone().text() };
  replies.commit(stored);
  return stored;
}

/**
 * Runs `create` at most once per key. `scope` keeps keys of different people and endpoints
 * apart (a key is one person's one intent on one resource).
 */
export async function idempotent(
  request: Request,
  scope: string,
  body: string,
  create: () => Promise<Response>,
): Promise<Response> {
  const header = request.headers.get('Idempotency-Key')?.trim();
  if (!header) throw preconditionRequired('Idempotency-Key');
  if (header.length > 255) throw badRequest([{ field: 'Idempotency-Key', message: 'At most 255 characters.' }]);
  const key = `${scope} ${header}`;
  const fingerprint = fingerprintOf(body);

  const stored = replies.state().get(key);
  if (stored) {
    if (stored.fingerprint !== fingerprint) throw idempotencyKeyReused();
    return replay(stored);
  }

  // A double click sends the second request while the first is still being handled.
  const pending = inFlight.get(key);
  if (pending) {
    if (pending.fingerprint !== fingerprint) throw idempotencyKeyReused();
    const first = await pending.stored;
    return first ? replay(first) : create();
  }

  const response = create();
  const storing = response.then((reply) => (reply.ok ? store(key, fingerprint, reply) : null));
  inFlight.set(key, { fingerprint, stored: storing.catch(() => null) });
  try {
    await storing;
    return await response;
  } finally {
    inFlight.delete(key);
  }
}
