import { http, HttpResponse } from 'msw';
import {
  createNoticeRequestSchema,
  missingNoticeParts,
  patchNoticeRequestSchema,
  noticeAudienceProblems,
  type NoticeDraft,
  type NotificationBatch,
} from '@/shared/contract/incidents';
import { badRequest, conflict, forbidden, fromZodError, preconditionFailed } from '@mocks/http/problems';
import { server } from '@mocks/node';

/**
 * A small stand-in for the notices and notifications endpoints of one incident (docs/api.md,
 * Incidents: "Notices", "Sending"), for component tests that need a batch's replies scripted
 * read by read, a reply lost after the API acted, or a notice in a chosen state. It keeps the
 * contract's rules that the console's handling depends on: If-Match (412 with `current`),
 * Idempotency-Key replays, four-eyes (403 for the author), 409 for a missing part, an approved
 * notice's edit, a second batch. Everything else goes to the mock.
 */

export interface NoticesStubOptions {
  incidentId: string;
  /** The signed-in person's staff id: the author of drafts created, the approver of approvals. */
  me: string;
  notices?: NoticeDraft[];
  /**
   * The replies of `GET …/notifications/{batchId}` in order (the last one repeats); the first is
   * also the `POST …/notifications` reply. Their `id` and `noticeId` are set by the stub.
   */
  batchReplies?: Omit<NotificationBatch, 'id' | 'noticeId'>[];
  /** Batches that exist already (a notice sent before the page opened), by id. */
  batches?: Record<string, Omit<NotificationBatch, 'id' | 'noticeId'>[]>;
  /** Drop the reply of the first send after the batch was made (the network lost it). */
  loseFirstSendReply?: boolean;
}

export interface NoticesStub {
  readonly notices: NoticeDraft[];
  /** How many batches the stub made (`POST …/notifications` that created one). */
  batchesMade(): number;
  /** Batch reads answered so far, per batch id. */
  reads(batchId: string): number;
}

/** A batch as scripted, the counts per channel summing to the totals. */
export function batchReply(
  status: NotificationBatch['status'],
  total: number,
  byChannel: NotificationBatch['byChannel'],
  extra: Partial<Pick<NotificationBatch, 'failures' | 'failureDetail' | 'finishedAt'>> = {},
): Omit<NotificationBatch, 'id' | 'noticeId'> {
  const sum = (key: 'sent' | 'delivered' | 'failed') => byChannel.reduce((acc, row) => acc + row[key], 0);
  return {
    status,
    total,
    sent: sum('sent'),
    delivered: sum('delivered'),
    failed: sum('failed'),
    startedAt: '2026-11-30T10:00:00.000Z',
    byChannel,
    ...extra,
  };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers });

/** Installs the stub (`server.use`); tests/setup.ts removes it after the test. */
export function stubNoticesApi(options: NoticesStubOptions): NoticesStub {
  const base = `*/api/v1/incidents/${options.incidentId}`;
  const notices = [...(options.notices ?? [])];
  const scripts = new Map<string, Omit<NotificationBatch, 'id' | 'noticeId'>[]>(
    Object.entries(options.batches ?? {}),
  );
  const noticeOfBatch = new Map<string, string>();
  for (const notice of notices) if (notice.batchId) noticeOfBatch.set(notice.batchId, notice.id);
  // Where each batch's script is: the reply last given (the POST's is 0), -1 before any.
  const cursors = new Map<string, number>([...scripts.keys()].map((id) => [id, -1]));
  const readCounts = new Map<string, number>();
  const createdByKey = new Map<string, NoticeDraft>();
  const batchByKey = new Map<string, NotificationBatch>();
  let made = 0;
  let lostOne = false;

  const batchAt = (batchId: string, index: number): NotificationBatch | undefined => {
    const script = scripts.get(batchId);
    const reply = script?.[Math.min(index, script.length - 1)];
    const noticeId = noticeOfBatch.get(batchId) ?? notices.find((notice) => notice.batchId === batchId)?.id;
    return reply && noticeId ? { ...reply, id: batchId, noticeId } : undefined;
  };
  const find = (id: string) => notices.find((notice) => notice.id === id);
  const versionOf = (request: Request) => Number((request.headers.get('If-Match') ?? '').replaceAll('"', ''));

  server.use(
    http.get(`${base}/notices`, () => json(notices)),
    http.post(`${base}/notices`, async ({ request }) => {
      const key = request.headers.get('Idempotency-Key') ?? '';
      const replay = createdByKey.get(key);
      if (replay) return json(replay, 201);
      const parsed = createNoticeRequestSchema.safeParse(await request.json());
      if (!parsed.success) return fromZodError(parsed.error).toResponse();
      const notice: NoticeDraft = {
        id: `ntc_stub${String(notices.length + 1)}`,
        version: 1,
        status: 'draft',
        ...parsed.data,
        authorId: options.me,
      };
      notices.push(notice);
      createdByKey.set(key, notice);
      return json(notice, 201);
    }),
    http.patch(`${base}/notices/:noticeId`, async ({ request, params }) => {
      const notice = find(String(params.noticeId));
      if (!notice) return json({ title: 'Not found', status: 404 }, 404);
      if (versionOf(request) !== notice.version) return preconditionFailed(notice).toResponse();
      if (notice.status !== 'draft') return conflict(`The notice is ${notice.status}: only a draft can be edited.`).toResponse();
      const parsed = patchNoticeRequestSchema.safeParse(await request.json());
      if (!parsed.success) return fromZodError(parsed.error).toResponse();
      const next: NoticeDraft = { ...notice, ...parsed.data, version: notice.version + 1 };
      const problems = noticeAudienceProblems(next);
      if (problems.length > 0) return badRequest(problems).toResponse();
      notices.splice(notices.indexOf(notice), 1, next);
      return json(next, 200, { ETag: `"${String(next.version)}"` });
    }),
    http.post(`${base}/notices/:noticeId/approve`, ({ request, params }) => {
      const notice = find(String(params.noticeId));
      if (!notice) return json({ title: 'Not found', status: 404 }, 404);
      if (versionOf(request) !== notice.version) return preconditionFailed(notice).toResponse();
      if (notice.authorId === options.me) {
        return forbidden('A second person must approve a notice: its author cannot.').toResponse();
      }
      if (notice.status !== 'draft') return conflict(`The notice is ${notice.status}, not a draft.`).toResponse();
      const missing = missingNoticeParts(notice.content);
      if (missing.length > 0) return conflict(`These parts are empty: ${missing.join(', ')}.`).toResponse();
      const next: NoticeDraft = { ...notice, status: 'approved', approverId: options.me, version: notice.version + 1 };
      notices.splice(notices.indexOf(notice), 1, next);
      return json(next);
    }),
    http.post(`${base}/notifications`, async ({ request }) => {
      const key = request.headers.get('Idempotency-Key') ?? '';
      const replay = batchByKey.get(key);
      if (replay) return json(replay, 201);
      const { noticeId } = (await request.json()) as { noticeId: string };
      const notice = find(noticeId);
      if (!notice) return json({ title: 'Not found', status: 404 }, 404);
      if (notice.status === 'sent') {
        return conflict(`The notice was already sent as batch ${notice.batchId ?? ''}.`).toResponse();
      }
      if (notice.status !== 'approved') return conflict('The notice is a draft: approve it first.').toResponse();
      made += 1;
      const batchId = `bat_stub${String(made)}`;
      scripts.set(batchId, options.batchReplies ?? []);
      noticeOfBatch.set(batchId, notice.id);
      const next: NoticeDraft = { ...notice, status: 'sent', batchId, version: notice.version + 1 };
      notices.splice(notices.indexOf(notice), 1, next);
      const batch = batchAt(batchId, 0);
      if (!batch) throw new Error('stubNoticesApi: give batchReplies to send');
      batchByKey.set(key, batch);
      cursors.set(batchId, 0);
      if (options.loseFirstSendReply && !lostOne) {
        lostOne = true;
        return HttpResponse.error();
      }
      return json(batch, 201);
    }),
    http.get(`${base}/notifications/:batchId`, ({ params }) => {
      const batchId = String(params.batchId);
      const index = (cursors.get(batchId) ?? -1) + 1;
      cursors.set(batchId, index);
      readCounts.set(batchId, (readCounts.get(batchId) ?? 0) + 1);
      const batch = batchAt(batchId, index);
      return batch ? json(batch) : json({ title: 'Not found', status: 404 }, 404);
    }),
  );

  return {
    notices,
    batchesMade: () => made,
    reads: (batchId) => readCounts.get(batchId) ?? 0,
  };
}
