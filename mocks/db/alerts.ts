import * as z from 'zod/mini';
import {
  alertResolutions,
  alertResolutionSchema,
  alertSeverities,
  alertSeveritySchema,
  alertStatuses,
  alertStatusSchema,
  alertTypes,
  type Alert,
  type AlertCounts,
  type AlertEvidence,
  type AlertNote,
  type AlertSeverity,
  type AlertSortField,
  type AlertStatus,
  type AlertType,
} from '@/shared/contract/alerts';
import type { Device } from '@/shared/contract/accounts';
import { idOf, isoDateTime, type Page, type SortDirection } from '@/shared/contract/common';
import { clock, day, isoAt, minute } from '@mocks/clock';
import { accountCount } from './account-seed';
import {
  customerReports,
  deviceProfiles,
  dismissNotes,
  evidenceSteps,
  hostileUrls,
  resolveNotes,
  severityRank,
} from './alert-catalog';
import {
  assigneeCode,
  assigneeIdOf,
  drawAlertDetails,
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
} from './alert-seed';
import { defineFamily } from './database';
import { idIndexLimit, ids } from './ids';
import { Random } from './random';

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
const alertRecordSchema = z.discriminatedUnion('type', [patchRecordSchema, noteRecordSchema, escalateRecordSchema]);
export type AlertRecord = z.infer<typeof alertRecordSchema>;
export type AlertPatchRecord = z.infer<typeof patchRecordSchema>;

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

interface AlertsState {
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
function titleAt(state: AlertsState, slot: number): string {
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
function current(): AlertsState {
  const state = alerts.state();
  catchUp(state, clock.now());
  return state;
}

export function commitAlert(record: AlertRecord): void {
  alerts.commit(record);
}

// ---------------------------------------------------------------------------------------------
// One alert

export function alertSlot(id: string): number | undefined {
  const state = current();
  const index = ids.alert.decode(id);
  if (index === undefined) return undefined;
  const slot = index < seededAlertCount ? index : state.liveSlots.get(index);
  // A live alert is not there before its time, even if its id can be worked out.
  return slot !== undefined && (state.columns.detectedAt[slot] ?? 0) <= clock.now() ? slot : undefined;
}

/** Unmasked: the handlers mask the IP and MAC before replying. */
function evidenceOf(state: AlertsState, slot: number, type: AlertType, detectedAt: number): AlertEvidence {
  const index = state.columns.index[slot] ?? 0;
  const details = drawAlertDetails(state.seed, index, type);
  const random = new Random(details.seed);
  const steps = evidenceSteps[type];
  const gaps = steps.map(() => random.int(1, 25) * minute);
  let at = detectedAt;
  const times: number[] = [];
  for (let n = steps.length - 1; n >= 0; n -= 1) {
    times[n] = at;
    at -= gaps[n] ?? minute;
  }
  const events = steps.map((description, n) => ({ at: isoAt(times[n] ?? detectedAt), description }));
  const urls: string[] = [];
  if (type === 'phishing_url') {
    const hostile = hostileUrls[details.hostileUrl];
    urls.push(hostile ?? `https://${details.domain}${details.path}`);
    if (random.chance(0.3)) urls.push(`https://${details.domain}/assets/logo.png`);
  } else if (type === 'user_report' && details.report === 4) {
    urls.push(`https://${details.domain}/refund/claim`);
  }
  const hasDevice = type === 'new_device' || type === 'account_takeover' || type === 'mac_spoofing' || type === 'anomalous_login';
  const profile = deviceProfiles[details.device] ?? deviceProfiles[0];
  return {
    urls,
    ...(hasDevice
      ? {
          device: {
            id: `${evidenceDevicePrefix}${index.toString(36)}`,
            kind: profile.kind,
            os: profile.os,
            browser: profile.browser,
            macAddress: details.mac,
            firstSeenAt: isoAt(detectedAt - random.int(0, 3 * 24 * 60) * minute),
            lastSeenAt: isoAt(detectedAt),
            trusted: type === 'mac_spoofing',
          },
        }
      : {}),
    ip: details.ip,
    ...(type === 'user_report' ? {} : { location: `${details.place.city}, ${details.place.country}` }),
    events,
    ...(type === 'user_report' ? { reportText: customerReports[details.report] ?? customerReports[0] } : {}),
  };
}

function alertAt(state: AlertsState, slot: number): Alert {
  const { columns } = state;
  const type = alertTypes[columns.type[slot] ?? 0] ?? 'new_device';
  const detectedAt = columns.detectedAt[slot] ?? 0;
  const resolution = alertResolutions[(columns.resolution[slot] ?? 0) - 1];
  const assigneeId = assigneeIdOf(columns.assignee[slot] ?? 0);
  const incidentId = state.incidents.get(slot);
  return {
    id: ids.alert.encode(columns.index[slot] ?? 0),
    version: columns.version[slot] ?? 1,
    type,
    severity: alertSeverities[columns.severity[slot] ?? 0] ?? 'low',
    status: alertStatuses[columns.status[slot] ?? 0] ?? 'new',
    ...(resolution ? { resolution } : {}),
    title: titleAt(state, slot),
    accountId: ids.account.encode(columns.account[slot] ?? 0),
    detectedAt: isoAt(detectedAt),
    updatedAt: isoAt(columns.updatedAt[slot] ?? detectedAt),
    ...(assigneeId ? { assigneeId } : {}),
    riskScore: columns.risk[slot] ?? 0,
    ...(incidentId ? { incidentId } : {}),
    evidence: evidenceOf(state, slot, type, detectedAt),
  };
}

/** `GET /alerts/{id}`, unmasked. */
export function alertDetail(slot: number): Alert {
  return alertAt(current(), slot);
}

/** Notes oldest first: the seeded closing note, then the ones written at run time. */
export function alertNotes(slot: number): AlertNote[] {
  const state = current();
  const notes: AlertNote[] = [];
  if (slot < state.pack.count) {
    const status = alertStatuses[state.pack.status[slot] ?? 0];
    const author = assigneeIdOf(state.pack.assignee[slot] ?? 0);
    if ((status === 'dismissed' || status === 'resolved') && author) {
      const random = new Random(slot + 7);
      const alertId = ids.alert.encode(slot);
      notes.push({
        id: `note_${alertId.slice(4)}0`,
        alertId,
        at: isoAt(state.pack.updatedAt[slot] ?? 0),
        authorId: author,
        body: random.pick(status === 'dismissed' ? dismissNotes : resolveNotes),
      });
    }
  }
  return [...notes, ...(state.notes.get(slot) ?? [])];
}

/**
 * The evidence IP of `alertId` (clear, not masked) when that alert belongs to `accountId`, else
 * undefined: what `POST /accounts/{id}/reveal` with `field: 'ip'` reveals for an alert id.
 */
export function alertEvidenceIp(accountId: string, alertId: string): string | undefined {
  const slot = alertSlot(alertId);
  if (slot === undefined) return undefined;
  const alert = alertDetail(slot);
  return alert.accountId === accountId ? alert.evidence.ip : undefined;
}

/** Evidence devices are named after their alert: `dev_a` + the alert's index in base 36. */
const evidenceDevicePrefix = 'dev_a';

/**
 * The device (clear MAC) in the evidence of an alert, named `dev_a…`, when that alert belongs to
 * `accountId`, else undefined: what `POST /accounts/{id}/reveal` with `field: 'macAddress'` reveals.
 */
export function alertEvidenceDevice(accountId: string, deviceId: string): Device | undefined {
  if (!deviceId.startsWith(evidenceDevicePrefix)) return undefined;
  const index = Number.parseInt(deviceId.slice(evidenceDevicePrefix.length), 36);
  if (!Number.isSafeInteger(index) || index < 0 || index >= idIndexLimit) return undefined;
  const slot = alertSlot(ids.alert.encode(index));
  if (slot === undefined) return undefined;
  const alert = alertDetail(slot);
  const device = alert.evidence.device;
  return alert.accountId === accountId && device?.id === deviceId ? device : undefined;
}

// ---------------------------------------------------------------------------------------------
// Lists

export interface AlertFilters {
  status?: readonly AlertStatus[] | undefined;
  severity?: readonly AlertSeverity[] | undefined;
  type?: readonly AlertType[] | undefined;
  /** Assignee codes (0 = unassigned). */
  assignees?: readonly number[] | undefined;
  account?: number | undefined;
  q?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

function maskOf(codes: readonly number[] | undefined): number {
  if (codes === undefined || codes.length === 0) return -1;
  let mask = 0;
  for (const code of codes) mask |= 1 << code;
  return mask;
}

/** A predicate over slots, with the filters turned into bit masks once. */
function matcher(state: AlertsState, filters: AlertFilters, withStatus: boolean, now: number): (slot: number) => boolean {
  const statusMask = withStatus ? maskOf(filters.status?.map((s) => statusCode[s])) : -1;
  const severityMask = maskOf(filters.severity?.map((s) => severityCode[s]));
  const typeMask = maskOf(filters.type?.map((t) => typeCode[t]));
  const assigneeMask = maskOf(filters.assignees);
  const { account, from, to } = filters;
  const { columns } = state;
  const q = filters.q?.trim().toLowerCase() ?? '';
  let exact = -1;
  let lower: string[] | null = null;
  if (q !== '') {
    const index = ids.alert.decode(filters.q?.trim() ?? '');
    if (index !== undefined) exact = index < seededAlertCount ? index : (state.liveSlots.get(index) ?? -1);
    state.lowerTitles ??= Array.from({ length: state.size }, (_, slot) => titleAt(state, slot).toLowerCase());
    lower = state.lowerTitles;
  }
  return (slot) => {
    const detectedAt = columns.detectedAt[slot] ?? 0;
    if (detectedAt > now) return false;
    if (!((statusMask >> (columns.status[slot] ?? 0)) & 1)) return false;
    if (!((severityMask >> (columns.severity[slot] ?? 0)) & 1)) return false;
    if (!((typeMask >> (columns.type[slot] ?? 0)) & 1)) return false;
    if (!((assigneeMask >> (columns.assignee[slot] ?? 0)) & 1)) return false;
    if (account !== undefined && columns.account[slot] !== account) return false;
    if (from !== undefined && detectedAt < from) return false;
    if (to !== undefined && detectedAt > to) return false;
    if (lower !== null && slot !== exact && !(lower[slot] ?? '').includes(q)) return false;
    return true;
  };
}

const severityRankByCode = alertSeverities.map((severity) => severityRank[severity]);

function sortKey(state: AlertsState, field: AlertSortField): (slot: number) => number {
  const { columns } = state;
  switch (field) {
    case 'detectedAt':
      return (slot) => columns.detectedAt[slot] ?? 0;
    case 'updatedAt':
      return (slot) => columns.updatedAt[slot] ?? 0;
    case 'severity':
      return (slot) => severityRankByCode[columns.severity[slot] ?? 0] ?? 0;
    case 'riskScore':
      return (slot) => columns.risk[slot] ?? 0;
    case 'status':
      // The contract's order: the queue's steps first, the closed states last.
      return (slot) => columns.status[slot] ?? 0;
  }
}

/** Slots per time key: a time in seconds times this plus the slot stays an exact double. */
const slotBits = 2 ** 21;

/** Slots by a time column, ascending, ties by slot: a native sort of packed keys (no comparator). */
function timeOrder(values: Float64Array, size: number): Int32Array {
  const keys = new Float64Array(size);
  for (let slot = 0; slot < size; slot += 1) keys[slot] = Math.floor((values[slot] ?? 0) / 1000) * slotBits + slot;
  keys.sort();
  const order = new Int32Array(size);
  for (let n = 0; n < size; n += 1) order[n] = (keys[n] ?? 0) % slotBits;
  return order;
}

/**
 * Every slot in sort order, kept until the next change. Times are a native sort of packed keys;
 * severity, status and risk (small ranges) a counting sort over the newest-first order, so their
 * ties read newest detection first. Each is a few milliseconds on 20,000 alerts.
 */
function orderOf(state: AlertsState, field: AlertSortField, direction: SortDirection): Int32Array {
  const cacheKey = `${field}:${direction}`;
  const cached = state.orders.get(cacheKey);
  if (cached) return cached;
  const size = state.size;
  let order: Int32Array;
  if (field === 'detectedAt' || field === 'updatedAt') {
    const ascending = timeOrder(state.columns[field], size);
    order = direction === 'asc' ? ascending : ascending.reverse();
  } else {
    const newestFirst = orderOf(state, 'detectedAt', 'desc');
    const key = sortKey(state, field);
    const range = field === 'riskScore' ? 101 : field === 'severity' ? alertSeverities.length : alertStatuses.length;
    const starts = new Int32Array(range + 1);
    for (let slot = 0; slot < size; slot += 1) {
      const bucket = direction === 'asc' ? key(slot) : range - 1 - key(slot);
      starts[bucket + 1] = (starts[bucket + 1] ?? 0) + 1;
    }
    for (let bucket = 0; bucket < range; bucket += 1) starts[bucket + 1] = (starts[bucket + 1] ?? 0) + (starts[bucket] ?? 0);
    order = new Int32Array(size);
    for (const slot of newestFirst) {
      const bucket = direction === 'asc' ? key(slot) : range - 1 - key(slot);
      const at = starts[bucket] ?? 0;
      order[at] = slot;
      starts[bucket] = at + 1;
    }
  }
  state.orders.set(cacheKey, order);
  return order;
}

export interface AlertListQuery extends AlertFilters {
  sort: { field: AlertSortField; direction: SortDirection };
  page: number;
  pageSize: number;
}

/** `GET /alerts`, unmasked. */
export function listAlerts(query: AlertListQuery): Page<Alert> {
  const state = current();
  const now = clock.now();
  const matches = matcher(state, query, true, now);
  const start = (query.page - 1) * query.pageSize;
  const end = start + query.pageSize;
  const pageSlots: number[] = [];
  let total = 0;
  if (query.account !== undefined || query.q) {
    // Few matches: find them in a scan, then sort just those (no full order needed).
    const found: number[] = [];
    for (let slot = 0; slot < state.size; slot += 1) if (matches(slot)) found.push(slot);
    const key = sortKey(state, query.sort.field);
    const sign = query.sort.direction === 'asc' ? 1 : -1;
    const detected = state.columns.detectedAt;
    found.sort((a, b) => (key(a) - key(b)) * sign || (detected[b] ?? 0) - (detected[a] ?? 0) || b - a);
    total = found.length;
    pageSlots.push(...found.slice(start, end));
  } else {
    const order = orderOf(state, query.sort.field, query.sort.direction);
    for (const slot of order) {
      if (!matches(slot)) continue;
      if (total >= start && total < end) pageSlots.push(slot);
      total += 1;
    }
  }
  return { items: pageSlots.map((slot) => alertAt(state, slot)), page: query.page, pageSize: query.pageSize, total };
}

/** `GET /alerts/counts`: the list's filters but status, one count per status. */
export function countAlerts(filters: AlertFilters): AlertCounts {
  const state = current();
  const matches = matcher(state, filters, false, clock.now());
  const counts = new Array<number>(alertStatuses.length).fill(0);
  const status = state.columns.status;
  for (let slot = 0; slot < state.size; slot += 1) {
    if (matches(slot)) {
      const code = status[slot] ?? 0;
      counts[code] = (counts[code] ?? 0) + 1;
    }
  }
  return {
    new: counts[statusCode.new] ?? 0,
    acknowledged: counts[statusCode.acknowledged] ?? 0,
    escalated: counts[statusCode.escalated] ?? 0,
    resolved: counts[statusCode.resolved] ?? 0,
    dismissed: counts[statusCode.dismissed] ?? 0,
  };
}

/**
 * Open alerts (new, acknowledged, escalated) of the seeded account `index`, live arrivals
 * included: the accounts list's `openAlertCount`. An array lookup, so the accounts handler can
 * sort 100,000 accounts by it.
 */
export function openAlertCountOf(index: number): number {
  return current().openCount[index] ?? 0;
}
