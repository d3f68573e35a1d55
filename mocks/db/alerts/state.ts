import * as z from 'zod/mini';
import {
  alertResolutionSchema,
  alertSeveritySchema,
  alertStatusSchema,
  type AlertNote,
} from '@/shared/contract/alerts';
import { idOf, isoDateTime } from '@/shared/contract/common';
import { clock, day, minute } from '@mocks/clock';
import { accountCount } from '../accounts/seed';
import {
  assigneeCode,
  drawLiveAlert,
  isOpenStatusCode,
  liveCountOf,
  liveIndex,
  liveSlotOf,
  resolutionCode,
  seededAlertCount,
  seededTitle,
  severityCode,
  sharedAlertPack,
  statusCode,
  typeCode,
  type PackedAlerts,
} from './seed';
import { defineFamily } from '../database';
import { ids } from '../ids';

/**
 * The alerts family: the packed seed's columns (copied, since writes change them), live arrivals
 * appended as the mock clock passes their minute, the notes written at run time and a per-account
 * open-alert count kept up to date on every status change, so the accounts list reads it as an
 * array lookup. Lists scan the columns in a cached full order of the sort field (rebuilt lazily
 * after a change), and build objects only for the page.
 */

// ---------------------------------------------------------------------------------------------
// Records

const patchRecordSchema = z.object({
  type: z.literal('patch'),
  alertId: idOf('alr'),
  at: isoDateTime,
  by: idOf('stf'),
  status: z.optional(alertStatusSchema),
  assigneeId: z.optional(z.nullable(idOf('stf'))),
  resolution: z.optional(alertResolutionSchema),
  severity: z.optional(alertSeveritySchema),
  note: z.optional(z.object({ id: z.string(), body: z.string() })),
});
const noteRecordSchema = z.object({
  type: z.literal('note'),
  alertId: idOf('alr'),
  at: isoDateTime,
  by: idOf('stf'),
  noteId: z.string(),
  body: z.string(),
});
const escalateRecordSchema = z.object({
  type: z.literal('escalate'),
  alertId: idOf('alr'),
  at: isoDateTime,
  by: idOf('stf'),
  incidentId: idOf('inc'),
});
/**
 * The alert side of a link an incident's edit made (`POST /incidents` or `PATCH /incidents/{id}`
 * with `linkedAlertIds`): the alert names the incident (`null`: no longer), its status stays.
 */
const linkRecordSchema = z.object({
  type: z.literal('link'),
  alertId: idOf('alr'),
  at: isoDateTime,
  by: idOf('stf'),
  incidentId: z.nullable(idOf('inc')),
});
const alertRecordSchema = z.discriminatedUnion('type', [
  patchRecordSchema,
  noteRecordSchema,
  escalateRecordSchema,
  linkRecordSchema,
]);
export type AlertRecord = z.infer<typeof alertRecordSchema>;
export type AlertPatchRecord = z.infer<typeof patchRecordSchema>;
export type AlertLinkRecord = z.infer<typeof linkRecordSchema>;

// ---------------------------------------------------------------------------------------------
// State

interface Columns {
  /** Alert index per slot (seeded alerts: slot = index; live ones are appended). */
  index: Int32Array;
  account: Int32Array;
  type: Uint8Array;
  severity: Uint8Array;
  status: Uint8Array;
  resolution: Uint8Array;
  assignee: Uint8Array;
  risk: Uint8Array;
  detectedAt: Float64Array;
  updatedAt: Float64Array;
  version: Int32Array;
}

/** The alerts family's state; read it through `current()`, which brings in the live arrivals first. */
export interface AlertsState {
  readonly seed: number;
  readonly anchor: number;
  readonly pack: PackedAlerts;
  size: number;
  columns: Columns;
  /** Titles of the live alerts, by slot (the seeded ones are read from the pack: `titleAt`). */
  readonly titles: string[];
  lowerTitles: string[] | null;
  /** Incident id per slot, for the few alerts that have one. */
  readonly incidents: Map<number, string>;
  /** Slot of a live alert's index. */
  readonly liveSlots: Map<number, number>;
  /** Last minute whose live arrivals are all in. */
  liveCursor: number;
  /** When the next live alert arrives: before it there is nothing to catch up. */
  nextArrivalAt: number;
  readonly openCount: Uint16Array;
  readonly notes: Map<number, AlertNote[]>;
  readonly orders: Map<string, Int32Array>;
}

/** How far back a clock jump still brings live arrivals (a jump of months would add 100,000s). */
const liveCatchUpLimit = 7 * day;

function grow<T extends Int32Array | Uint8Array | Float64Array>(array: T, capacity: number): T {
  if (array.length >= capacity) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(capacity, array.length * 2));
  next.set(array);
  return next;
}

function seedState(seed: number, anchor: number): AlertsState {
  const pack = sharedAlertPack(seed, anchor);
  const count = pack.count;
  const index = new Int32Array(count);
  for (let i = 0; i < count; i += 1) index[i] = i;
  const incidents = new Map<number, string>();
  const openCount = new Uint16Array(accountCount);
  for (let i = 0; i < count; i += 1) {
    const incident = pack.incident[i] ?? -1;
    if (incident >= 0) incidents.set(i, ids.incident.encode(incident));
    if (isOpenStatusCode(pack.status[i] ?? 0)) {
      const account = pack.account[i] ?? 0;
      openCount[account] = (openCount[account] ?? 0) + 1;
    }
  }
  const anchorMinute = Math.floor(anchor / minute);
  return {
    seed,
    anchor,
    pack,
    size: count,
    columns: {
      index,
      account: pack.account.slice(),
      type: pack.type.slice(),
      severity: pack.severity.slice(),
      status: pack.status.slice(),
      resolution: pack.resolution.slice(),
      assignee: pack.assignee.slice(),
      risk: pack.risk.slice(),
      detectedAt: pack.detectedAt.slice(),
      updatedAt: pack.updatedAt.slice(),
      version: pack.version.slice(),
    },
    titles: [],
    lowerTitles: null,
    incidents,
    liveSlots: new Map(),
    liveCursor: anchorMinute,
    nextArrivalAt: (anchorMinute + 1) * minute,
    openCount,
    notes: new Map(),
    orders: new Map(),
  };
}

/** The title of the alert in `slot`. */
export function titleAt(state: AlertsState, slot: number): string {
  return slot < state.pack.count ? seededTitle(state.pack, slot) : (state.titles[slot] ?? '');
}

function changed(state: AlertsState): void {
  state.orders.clear();
}

function setStatus(state: AlertsState, slot: number, code: number): void {
  const { columns, openCount } = state;
  const before = isOpenStatusCode(columns.status[slot] ?? 0);
  const after = isOpenStatusCode(code);
  columns.status[slot] = code;
  if (before === after) return;
  const account = columns.account[slot] ?? 0;
  openCount[account] = Math.max(0, (openCount[account] ?? 0) + (after ? 1 : -1));
}

/** Appends live alert `k` of `minuteIndex` unless it is in already; its slot. */
function materialize(state: AlertsState, minuteIndex: number, k: number): number {
  const index = liveIndex(minuteIndex, k);
  const existing = state.liveSlots.get(index);
  if (existing !== undefined) return existing;
  const live = drawLiveAlert(state.seed, minuteIndex, k);
  const slot = state.size;
  const capacity = slot + 1;
  const c = state.columns;
  state.columns = {
    index: grow(c.index, capacity),
    account: grow(c.account, capacity),
    type: grow(c.type, capacity),
    severity: grow(c.severity, capacity),
    status: grow(c.status, capacity),
    resolution: grow(c.resolution, capacity),
    assignee: grow(c.assignee, capacity),
    risk: grow(c.risk, capacity),
    detectedAt: grow(c.detectedAt, capacity),
    updatedAt: grow(c.updatedAt, capacity),
    version: grow(c.version, capacity),
  };
  const columns = state.columns;
  columns.index[slot] = index;
  columns.account[slot] = live.account;
  columns.type[slot] = typeCode[live.type];
  columns.severity[slot] = severityCode[live.severity];
  columns.status[slot] = statusCode.new;
  columns.resolution[slot] = 0;
  columns.assignee[slot] = 0;
  columns.risk[slot] = live.risk;
  columns.detectedAt[slot] = live.detectedAt;
  columns.updatedAt[slot] = live.detectedAt;
  columns.version[slot] = 1;
  state.titles[slot] = live.title;
  state.lowerTitles?.push(live.title.toLowerCase());
  state.size = slot + 1;
  state.liveSlots.set(index, slot);
  state.openCount[live.account] = (state.openCount[live.account] ?? 0) + 1;
  changed(state);
  return slot;
}

/** Brings in the live alerts detected up to `now` (at most a week back). */
function catchUp(state: AlertsState, now: number): void {
  if (now < state.nextArrivalAt) return;
  const nowMinute = Math.floor(now / minute);
  const first = Math.max(state.liveCursor + 1, Math.floor((now - liveCatchUpLimit) / minute));
  for (let m = first; m < nowMinute; m += 1) {
    const count = liveCountOf(state.seed, m);
    for (let k = 0; k < count; k += 1) materialize(state, m, k);
  }
  state.liveCursor = Math.max(state.liveCursor, nowMinute - 1);
  const count = liveCountOf(state.seed, nowMinute);
  let next = (nowMinute + 1) * minute;
  for (let k = 0; k < count; k += 1) {
    const live = drawLiveAlert(state.seed, nowMinute, k);
    if (live.detectedAt <= now) materialize(state, nowMinute, k);
    else {
      next = live.detectedAt;
      break;
    }
  }
  state.nextArrivalAt = next;
}

/** The slot of an alert id (bringing in a live alert a record names), or undefined. */
function slotIn(state: AlertsState, id: string): number | undefined {
  const index = ids.alert.decode(id);
  if (index === undefined) return undefined;
  if (index < seededAlertCount) return index;
  const live = liveSlotOf(state.seed, index);
  return live ? materialize(state, live.minuteIndex, live.k) : undefined;
}

function applyRecord(state: AlertsState, record: AlertRecord): void {
  const slot = slotIn(state, record.alertId);
  if (slot === undefined) return;
  const { columns } = state;
  const at = Date.parse(record.at);
  switch (record.type) {
    case 'patch': {
      if (record.status !== undefined) {
        setStatus(state, slot, statusCode[record.status]);
        // A reopened alert is open again: its old verdict no longer holds.
        if (record.status === 'acknowledged') columns.resolution[slot] = 0;
      }
      if (record.resolution !== undefined) columns.resolution[slot] = resolutionCode[record.resolution];
      if (record.severity !== undefined) columns.severity[slot] = severityCode[record.severity];
      if (record.assigneeId !== undefined) columns.assignee[slot] = assigneeCode(record.assigneeId ?? undefined);
      if (record.note) addNote(state, slot, { id: record.note.id, at: record.at, authorId: record.by, body: record.note.body });
      break;
    }
    case 'note':
      addNote(state, slot, { id: record.noteId, at: record.at, authorId: record.by, body: record.body });
      // A note is not a change of the alert: no version bump.
      return;
    case 'escalate':
      setStatus(state, slot, statusCode.escalated);
      state.incidents.set(slot, record.incidentId);
      break;
    case 'link':
      if (record.incidentId === null) state.incidents.delete(slot);
      else state.incidents.set(slot, record.incidentId);
      break;
  }
  columns.version[slot] = (columns.version[slot] ?? 0) + 1;
  columns.updatedAt[slot] = at;
  changed(state);
}

function addNote(state: AlertsState, slot: number, note: Omit<AlertNote, 'alertId'>): void {
  const alertId = ids.alert.encode(state.columns.index[slot] ?? 0);
  const list = state.notes.get(slot) ?? [];
  if (list.some((existing) => existing.id === note.id)) return;
  list.push({ ...note, alertId });
  state.notes.set(slot, list);
}

const alerts = defineFamily({
  name: 'alerts',
  seed: (context) => seedState(context.seed, context.anchor),
  record: alertRecordSchema,
  apply: applyRecord,
});

/** The state with every live alert detected by now. */
export function current(): AlertsState {
  const state = alerts.state();
  catchUp(state, clock.now());
  return state;
}

export function commitAlert(record: AlertRecord): void {
  alerts.commit(record);
}

/** Journals the alert side of an incident's link or unlink (see `AlertLinkRecord`). */
export function commitAlertLink(record: AlertLinkRecord): void {
  alerts.commit(record);
}
