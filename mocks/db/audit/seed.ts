import { rolesFor } from '@/shared/contract/roles';
import { day, hour, minute } from '@mocks/clock';
import type { SeedContext } from '../database';
import type { Random } from '../random';
import { allStaff } from '../staff';
import { anonymousActor, auditTemplates, noReason } from './templates';

/**
 * Ninety days of staff activity for the audit log, generated from the seed. It is kept packed —
 * one typed array per column, summaries built only for the rows a page shows — because the mock
 * runs on the page's main thread and a few thousand objects per family add up.
 */

export interface SeededAudit {
  readonly count: number;
  /** Ascending; ties keep generation order. */
  readonly at: Float64Array;
  readonly actor: Uint8Array;
  readonly template: Uint8Array;
  readonly target: Uint32Array;
  readonly variant: Uint16Array;
  readonly reason: Uint8Array;
}

const templateIndex = (action: string): number => auditTemplates.findIndex((template) => template.action === action);
const signIn = templateIndex('session.sign_in');
const signOut = templateIndex('session.sign_out');
const signInFailed = templateIndex('session.sign_in_failed');

/** How busy each person is: actions in a working day, and the share of weekends they work. */
const workload: Record<string, { min: number; max: number; weekend: number }> = {
  stf_1a7k3m: { min: 6, max: 12, weekend: 0.05 },
  stf_2b8p4n: { min: 6, max: 14, weekend: 0.15 },
  stf_3c9q5r: { min: 5, max: 12, weekend: 0.1 },
  stf_4d2s6t: { min: 2, max: 6, weekend: 0 },
  stf_5e3u7v: { min: 2, max: 5, weekend: 0 },
  stf_6f4w8x: { min: 2, max: 6, weekend: 0.1 },
  stf_7g5y9z: { min: 4, max: 8, weekend: 0 },
};

interface Row {
  at: number;
  actor: number;
  template: number;
  target: number;
  variant: number;
  reason: number;
}

function templatesFor(roles: readonly string[]): (readonly [number, number])[] {
  const choices: (readonly [number, number])[] = [];
  auditTemplates.forEach((template, index) => {
    if (!template.permission || template.weight === 0) return;
    if (rolesFor(template.permission).some((role) => roles.includes(role))) choices.push([index, template.weight]);
  });
  return choices;
}

function action(random: Random, at: number, actor: number, template: number): Row {
  const definition = auditTemplates[template];
  if (!definition) throw new Error('audit seed: bad template');
  const target = random.int(0, Math.max(0, definition.targets - 1));
  const variant = random.int(0, definition.variants - 1);
  const reasons = definition.reasons ?? [];
  const reason =
    definition.needsReason?.(variant) && reasons.length > 0 ? random.int(0, reasons.length - 1) : noReason;
  return { at, actor, template, target, variant, reason };
}

export const seededDays = 90;

export function seedAuditLog(context: SeedContext): SeededAudit {
  const rows: Row[] = [];
  const startOfToday = Math.floor(context.anchor / day) * day;
  let session = 0;

  allStaff.forEach((staff, actor) => {
    const random = context.random(`audit:${staff.id}`);
    const choices = templatesFor(staff.roles);
    const load = workload[staff.id] ?? { min: 2, max: 6, weekend: 0 };
    for (let daysAgo = seededDays - 1; daysAgo >= 0; daysAgo -= 1) {
      const dayStart = startOfToday - daysAgo * day;
      const weekday = new Date(dayStart).getUTCDay();
      const weekend = weekday === 0 || weekday === 6;
      if (weekend ? !random.chance(load.weekend) : random.chance(0.08)) continue;

      let at = dayStart + 7 * hour + random.int(0, 150) * minute;
      if (random.chance(0.06)) {
        rows.push({ at: at - random.int(1, 5) * minute, actor, template: signInFailed, target: 0, variant: 0, reason: noReason });
      }
      const sessionTarget = session;
      session += 1;
      rows.push({ at, actor, template: signIn, target: sessionTarget, variant: 0, reason: noReason });
      const count = random.int(load.min, load.max);
      const gap = (8 * hour) / (count + 1);
      for (let i = 0; i < count; i += 1) {
        at += Math.max(minute, Math.round(random.around(gap, gap * 0.8)));
        rows.push(action(random, at, actor, random.weighted(choices)));
      }
      if (random.chance(0.85)) {
        const idle = random.chance(0.2);
        at += idle ? 30 * minute : random.int(2, 40) * minute;
        rows.push({ at, actor, template: signOut, target: sessionTarget, variant: idle ? 1 : 0, reason: noReason });
      }
    }
  });

  // Now and then someone tries an address that is not a staff account.
  const strangers = context.random('audit:anonymous');
  for (let daysAgo = seededDays - 1; daysAgo >= 0; daysAgo -= 1) {
    if (!strangers.chance(0.12)) continue;
    const at = startOfToday - daysAgo * day + strangers.int(0, 23 * 60) * minute;
    rows.push({ at, actor: anonymousActor, template: signInFailed, target: 0, variant: 1, reason: noReason });
  }

  const kept = rows.filter((row) => row.at <= context.anchor);
  // Stable: equal times keep the order they were generated in, which is the same for every run.
  kept.sort((a, b) => a.at - b.at);
  const count = kept.length;
  const packed: SeededAudit = {
    count,
    at: new Float64Array(count),
    actor: new Uint8Array(count),
    template: new Uint8Array(count),
    target: new Uint32Array(count),
    variant: new Uint16Array(count),
    reason: new Uint8Array(count),
  };
  kept.forEach((row, i) => {
    packed.at[i] = row.at;
    packed.actor[i] = row.actor;
    packed.template[i] = row.template;
    packed.target[i] = row.target;
    packed.variant[i] = row.variant;
    packed.reason[i] = row.reason;
  });
  return packed;
}
