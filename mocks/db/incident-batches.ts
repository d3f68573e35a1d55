import * as z from 'zod/mini';
import { idOf, isoDateTime } from '@/shared/contract/common';
import {
  deliveryFailureReasons,
  incidentNoticeChannelSchema,
  type ChannelDelivery,
  type DeliveryFailureReason,
  type IncidentNoticeChannel,
  type NotificationBatch,
} from '@/shared/contract/incidents';
import { isoAt } from '@mocks/clock';
import { hashString } from './random';

/**
 * How a notification batch goes on over mock time, with no timer: a batch is stored as its plan
 * (when it started, how many recipients, the notice's channels, and — for a batch that stops as a
 * whole — after what share it stops and why), and `batchAt(plan, now)` computes what
 * `GET /incidents/{id}/notifications/{batchId}` answers at `now`. The same plan read at the same
 * instant always answers the same, so a pinned clock makes progress exact in tests, and a reload
 * replays nothing but the plan.
 *
 * The model (docs/decisions.md, "notification batches progress by the mock clock"):
 * - `queued` for `batchQueueMs` after `startedAt`;
 * - then `sending` at `batchSendRate` messages a second over all channels (100,000 recipients take
 *   3 min 20 s; 30 take a fraction of a second), each channel at the same pace through its share;
 * - a message's outcome (delivered or failed) is known `batchDeliveryLagMs` after it was sent;
 * - `completed` once every message's outcome is known, or `failed` when the plan stops it: the
 *   messages sent before the stop still get their outcomes, the rest are never sent.
 * Each recipient gets the notice once, on one of the notice's channels: the recipients are shared
 * among the channels by fixed weights (`channelWeight`), the public announcement reaching no one
 * individually. Failures per channel follow fixed rates, varied per batch by its id.
 */

/** How long a new batch waits in the queue before its first message goes out (ms). */
export const batchQueueMs = 2_000;
/** Messages sent per second, over all channels of the batch. */
export const batchSendRate = 500;
/** How long after sending a message its delivery or failure is known (ms). */
export const batchDeliveryLagMs = 4_000;

export const batchPlanSchema = z.object({
  id: z.string().check(z.minLength(1)),
  incidentId: idOf('inc'),
  noticeId: z.string().check(z.minLength(1)),
  startedAt: isoDateTime,
  /** Recipients: the audience's size when the batch was created. */
  total: z.number().check(z.int(), z.minimum(0)),
  channels: z.array(incidentNoticeChannelSchema),
  /** For a batch that stops as a whole: the share of `total` sent before it stops (0–1). */
  stopAt: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  /** Why it stopped (the batch's `failureDetail`); set with `stopAt`. */
  failureDetail: z.optional(z.string()),
});
export type BatchPlan = z.infer<typeof batchPlanSchema>;

/** The share of the recipients each channel takes, before the shares of the notice's channels are normalised. */
const channelWeight: Record<IncidentNoticeChannel, number> = {
  email: 70,
  push: 15,
  letter: 10,
  phone: 5,
  public_announcement: 0,
};

/** The share of a channel's messages that fail, before the batch's own variation. */
const failureRate: Record<IncidentNoticeChannel, number> = {
  email: 0.035,
  push: 0.06,
  letter: 0.02,
  phone: 0.08,
  public_announcement: 0,
};

/** Why a channel's messages fail, and in what shares. */
const failureMix: Record<IncidentNoticeChannel, readonly (readonly [DeliveryFailureReason, number])[]> = {
  email: [
    ['bounced', 0.6],
    ['no_contact', 0.25],
    ['opted_out_of_channel', 0.15],
  ],
  push: [
    ['opted_out_of_channel', 0.6],
    ['no_contact', 0.4],
  ],
  letter: [
    ['unreachable', 0.7],
    ['no_contact', 0.3],
  ],
  phone: [
    ['unreachable', 0.6],
    ['no_contact', 0.3],
    ['opted_out_of_channel', 0.1],
  ],
  public_announcement: [],
};

/**
 * Splits `total` into whole parts in proportion to `weights` (largest remainder, ties to the
 * earlier part); the parts add up to `total`. All weights 0: everything in no part (all 0).
 */
export function splitByWeight(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/** How long sending all of `total` messages takes (ms). */
export function batchSendDuration(total: number): number {
  return Math.ceil((total / batchSendRate) * 1000);
}

/** When the batch of `plan` is finished (ms since the epoch): every sent message's outcome known. */
export function batchFinishesAt(plan: BatchPlan): number {
  const sendStart = Date.parse(plan.startedAt) + batchQueueMs;
  const stop = plan.stopAt ?? 1;
  return sendStart + Math.ceil(batchSendDuration(plan.total) * stop) + batchDeliveryLagMs;
}

/** The batch's own variation of the failure rates: 0.5–1.5, from its id. */
function variationOf(id: string): number {
  return 0.5 + (hashString(id) % 1000) / 1000;
}

/**
 * The batch of `plan` as the API answers it at `now` (ms since the epoch, the mock clock). Pure:
 * the same plan and instant give the same batch; every count is non-decreasing as `now` grows.
 */
export function batchAt(plan: BatchPlan, now: number): NotificationBatch {
  const sendStart = Date.parse(plan.startedAt) + batchQueueMs;
  const duration = batchSendDuration(plan.total);
  const stop = plan.stopAt ?? 1;
  const finishesAt = batchFinishesAt(plan);
  const finished = now >= finishesAt;
  /** The share of the planned recipients sent by `t`, capped where the plan stops. */
  const progress = (t: number): number =>
    t < sendStart ? 0 : duration === 0 ? stop : Math.min(stop, (t - sendStart) / duration);
  const allocation = splitByWeight(
    plan.total,
    plan.channels.map((channel) => channelWeight[channel]),
  );
  const variation = variationOf(plan.id);
  const sentShare = finished ? stop : progress(now);
  const knownShare = finished ? stop : progress(now - batchDeliveryLagMs);
  const failuresByReason = new Map<DeliveryFailureReason, number>();

  const byChannel = plan.channels.map((channel, index): ChannelDelivery => {
    const planned = allocation[index] ?? 0;
    const sent = Math.floor(planned * sentShare + 1e-9);
    const known = Math.min(sent, Math.floor(planned * knownShare + 1e-9));
    const failed = Math.floor(known * Math.min(1, failureRate[channel] * variation));
    if (finished && failed > 0) {
      const mix = failureMix[channel];
      splitByWeight(
        failed,
        mix.map(([, share]) => share),
      ).forEach((count, reason) => {
        const name = mix[reason]?.[0];
        if (name && count > 0) failuresByReason.set(name, (failuresByReason.get(name) ?? 0) + count);
      });
    }
    return { channel, sent, delivered: known - failed, failed };
  });

  const sum = (key: 'sent' | 'delivered' | 'failed') => byChannel.reduce((total, row) => total + row[key], 0);
  const stopped = plan.stopAt !== undefined;
  const status: NotificationBatch['status'] = finished
    ? stopped
      ? 'failed'
      : 'completed'
    : now < sendStart
      ? 'queued'
      : 'sending';
  return {
    id: plan.id,
    noticeId: plan.noticeId,
    status,
    total: plan.total,
    sent: sum('sent'),
    delivered: sum('delivered'),
    failed: sum('failed'),
    startedAt: plan.startedAt,
    ...(finished ? { finishedAt: isoAt(finishesAt) } : {}),
    byChannel,
    ...(finished
      ? {
          failures: deliveryFailureReasons
            .map((reason) => ({ reason, count: failuresByReason.get(reason) ?? 0 }))
            .filter((failure) => failure.count > 0)
            .sort((a, b) => b.count - a.count),
        }
      : {}),
    ...(finished && stopped && plan.failureDetail !== undefined ? { failureDetail: plan.failureDetail } : {}),
  };
}
