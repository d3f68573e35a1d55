import {
  alertResolutions,
  alertSeverities,
  alertStatuses,
  alertTypes,
  type AlertSeverity,
  type AlertStatus,
  type AlertType,
} from '@/shared/contract/alerts';
import type { IncidentStatus } from '@/shared/contract/incidents';
import { day, hour, minute } from '@mocks/clock';
import { accountCount, drawAccount } from '../accounts/seed';
import {
  customerReports,
  deviceProfiles,
  deviceWords,
  hostileUrls,
  incidentTemplates,
  phishingDomains,
  phishingPaths,
  places,
  titleTemplates,
} from './catalog';
import { knownAccountTraits } from '../known-accounts';
import { knownAlertTraits, knownIncidentTraits } from '../known-alerts';
import { Random, WeightedTable, deriveSeed, mixSeed } from '../random';
import { allStaff, demoStaff } from '../staff';

/**
 * The seeded alerts, packed: one typed-array column per field the lists filter and sort on, by
 * alert index, plus one title string each. Everything else about an alert (the place, the phishing
 * link, the device, the event sequence) is drawn again from the alert's own seed when it is shown
 * (`drawAlertDetails`), so 20,000 alerts cost about a megabyte.
 *
 * Live arrivals (`liveIndex`) are alerts whose index encodes the minute they arrive in: the mock
 * clock's minute `m` brings `liveCountOf(seed, m)` new alerts, each drawn from its index, so a test
 * that pins the clock and advances it sees the same arrivals every time, and an id written to the
 * journal names the same alert after a reload.
 */

export const seededAlertCount = 20_000;
export const seededIncidentCount = 30;
const seededWindow = 90 * day;

/** Live alert indices: `liveBase + minute · liveSlotsPerMinute + k`; below the ids' fresh range. */
const liveBase = 1_000_000;
const liveSlotsPerMinute = 8;

/** Assignee column: 0 = none, otherwise 1 + the staff member's place in `allStaff`. */
export function assigneeCode(staffId: string | undefined): number {
  if (staffId === undefined) return 0;
  return allStaff.findIndex((staff) => staff.id === staffId) + 1;
}

export function assigneeIdOf(code: number): string | undefined {
  return code === 0 ? undefined : allStaff[code - 1]?.id;
}

const analystCodes = [demoStaff.analyst.id, demoStaff.analyst2.id, demoStaff.dpo.id].map(assigneeCode);

export const typeCode = Object.fromEntries(alertTypes.map((type, code) => [type, code])) as Record<AlertType, number>;
export const severityCode = Object.fromEntries(alertSeverities.map((s, code) => [s, code])) as Record<
  AlertSeverity,
  number
>;
export const statusCode = Object.fromEntries(alertStatuses.map((s, code) => [s, code])) as Record<AlertStatus, number>;
/** Resolution column: 0 = none, otherwise 1 + the place in `alertResolutions`. */
export const resolutionCode = Object.fromEntries(alertResolutions.map((r, code) => [r, code + 1])) as Record<
  (typeof alertResolutions)[number],
  number
>;

export function isOpenStatusCode(code: number): boolean {
  return code === statusCode.new || code === statusCode.acknowledged || code === statusCode.escalated;
}

const typeTable = new WeightedTable<AlertType>([
  ['new_device', 30],
  ['anomalous_login', 22],
  ['credential_stuffing', 14],
  ['phishing_url', 12],
  ['user_report', 10],
  ['account_takeover', 6],
  ['mac_spoofing', 6],
]);

const severityByType: Record<AlertType, WeightedTable<AlertSeverity>> = {
  phishing_url: new WeightedTable([['low', 2], ['medium', 5], ['high', 3], ['critical', 1]]),
  new_device: new WeightedTable([['low', 6], ['medium', 3], ['high', 1]]),
  anomalous_login: new WeightedTable([['low', 3], ['medium', 5], ['high', 2], ['critical', 0.3]]),
  credential_stuffing: new WeightedTable([['medium', 3], ['high', 5], ['critical', 2]]),
  account_takeover: new WeightedTable([['high', 4], ['critical', 5]]),
  mac_spoofing: new WeightedTable([['low', 4], ['medium', 4], ['high', 2]]),
  user_report: new WeightedTable([['low', 2], ['medium', 4], ['high', 3], ['critical', 1]]),
};

const riskBase: Record<AlertSeverity, number> = { low: 12, medium: 38, high: 64, critical: 86 };

/** Accounts that the random alerts never touch, so the known accounts' open-alert counts hold. */
function isReservedAccount(index: number): boolean {
  return knownAccountTraits.has(index);
}

function drawAccountIndex(random: Random): number {
  for (;;) {
    const index = random.int(0, accountCount - 1);
    if (!isReservedAccount(index)) return index;
  }
}

/**
 * An account that can still be attacked: open alerts on a closed or long-anonymized account would
 * look like a bug in the demo. Only open and live alerts pay for the account draw (~2 µs each).
 */
function reachableAccount(seed: number, random: Random, account: number): number {
  let index = account;
  for (;;) {
    const status = drawAccount(seed, index).status;
    if (status !== 'anonymized' && status !== 'closed') return index;
    index = drawAccountIndex(random);
  }
}

function drawRisk(random: Random, severity: AlertSeverity): number {
  return Math.max(0, Math.min(100, Math.round(random.around(riskBase[severity], 14))));
}

// ---------------------------------------------------------------------------------------------
// Incidents (shapes only; `incident-seed.ts` builds the records)

export interface IncidentShape {
  readonly template: number;
  readonly severity: (typeof alertSeverities)[number];
  readonly status: IncidentStatus;
  readonly awareAt: number;
  readonly detectedAt: number;
}

export function incidentShapes(seed: number, anchor: number): IncidentShape[] {
  const random = new Random(deriveSeed(seed, 'incidents', 'shapes'));
  const shapes: IncidentShape[] = [];
  for (let index = 0; index < seededIncidentCount; index += 1) {
    const known = knownIncidentTraits.get(index);
    const template = known?.template ?? random.int(0, incidentTemplates.length - 1);
    const awareDaysAgo = known?.awareDaysAgo ?? random.float() * 88 + 0.5;
    const status: IncidentStatus =
      known?.status ??
      (awareDaysAgo < 3
        ? random.pick(['open', 'assessing'] as const)
        : awareDaysAgo < 20
          ? random.pick(['assessing', 'notifying', 'monitoring'] as const)
          : random.chance(0.8)
            ? 'closed'
            : 'monitoring');
    const awareAt = Math.round(anchor - awareDaysAgo * day);
    const severity = incidentTemplates[template]?.severity ?? 'medium';
    shapes.push({ template, severity, status, awareAt, detectedAt: awareAt - random.int(20, 600) * minute });
  }
  return shapes;
}

export function isIncidentOpen(status: IncidentStatus): boolean {
  return status !== 'closed';
}

// ---------------------------------------------------------------------------------------------
// The packed seed

export interface PackedAlerts {
  readonly count: number;
  readonly account: Int32Array;
  readonly type: Uint8Array;
  readonly severity: Uint8Array;
  readonly status: Uint8Array;
  readonly resolution: Uint8Array;
  readonly assignee: Uint8Array;
  readonly risk: Uint8Array;
  readonly detectedAt: Float64Array;
  readonly updatedAt: Float64Array;
  readonly version: Int32Array;
  /** Seeded incident index, or -1. */
  readonly incident: Int16Array;
  /**
   * The titles, UTF-8, one after the other: alert i's is `titleBytes[titleStart[i] …
   * titleStart[i + 1])`, read with `seededTitle`. Bytes rather than 20,000 strings keep about
   * 1.5 MB off the V8 heap until someone reads the titles (a page of alerts, a `q` search).
   */
  readonly titleBytes: Uint8Array;
  readonly titleStart: Int32Array;
}

const titleDecoder = new TextDecoder();

/** The title of seeded alert `index` of `pack` (an index ≥ `pack.count` has none: ''). */
export function seededTitle(pack: PackedAlerts, index: number): string {
  if (index < 0 || index >= pack.count) return '';
  const start = pack.titleStart[index] ?? 0;
  return titleDecoder.decode(pack.titleBytes.subarray(start, pack.titleStart[index + 1] ?? start));
}

/** `titles` as `titleBytes` and `titleStart` (see `PackedAlerts`). */
function packTitles(titles: readonly string[]): { titleBytes: Uint8Array; titleStart: Int32Array } {
  const encoder = new TextEncoder();
  let capacity = 0;
  for (const title of titles) capacity += title.length * 3;
  const bytes = new Uint8Array(capacity);
  const titleStart = new Int32Array(titles.length + 1);
  let at = 0;
  titles.forEach((title, i) => {
    titleStart[i] = at;
    at += encoder.encodeInto(title, bytes.subarray(at)).written;
  });
  titleStart[titles.length] = at;
  return { titleBytes: bytes.slice(0, at), titleStart };
}

/** The first draw of an alert: what the columns hold. */
interface AlertCore {
  type: AlertType;
  severity: AlertSeverity;
  account: number;
  risk: number;
}

function drawCore(random: Random): AlertCore {
  const type = typeTable.pick(random);
  const severity = severityByType[type].pick(random);
  return { type, severity, account: drawAccountIndex(random), risk: drawRisk(random, severity) };
}

export function packAlerts(seed: number, anchor: number): PackedAlerts {
  const count = seededAlertCount;
  const titles = new Array<string>(count);
  const packed = {
    count,
    account: new Int32Array(count),
    type: new Uint8Array(count),
    severity: new Uint8Array(count),
    status: new Uint8Array(count),
    resolution: new Uint8Array(count),
    assignee: new Uint8Array(count),
    risk: new Uint8Array(count),
    detectedAt: new Float64Array(count),
    updatedAt: new Float64Array(count),
    version: new Int32Array(count),
    incident: new Int16Array(count).fill(-1),
  };
  const shapes = incidentShapes(seed, anchor);
  const openIncidents = shapes.flatMap((shape, index) => (isIncidentOpen(shape.status) ? [index] : []));
  const base = deriveSeed(seed, 'alerts', 'core');
  const random = new Random(0);

  for (let i = 0; i < count; i += 1) {
    random.reseed(mixSeed(base, i));
    const core = drawCore(random);
    const known = knownAlertTraits.get(i);
    const type = known?.type ?? core.type;
    const severity = known?.severity ?? core.severity;
    let account = known?.account ?? core.account;
    const risk = known?.riskScore ?? (known ? drawRisk(random, severity) : core.risk);
    // Skewed towards recent days: the queue is busier now than three months ago.
    const age = known ? known.detectedHoursAgo * 3_600_000 : Math.floor(random.float() ** 1.2 * seededWindow);
    const detectedAt = anchor - age;
    const recent = age < 14 * day;

    let status: AlertStatus;
    // The last hours are mostly still waiting for someone; older alerts are mostly closed.
    const openChance = age < 6 * hour ? 0.6 : recent ? 0.09 : 0.003;
    if (known) status = known.status;
    else if (random.chance(openChance)) {
      status = random.weighted([
        ['new', 50],
        ['acknowledged', 40],
        ['escalated', openIncidents.length > 0 ? 10 : 0],
      ] as const);
    } else status = random.chance(0.65) ? 'resolved' : 'dismissed';

    if (!known && isOpenStatusCode(statusCode[status])) account = reachableAccount(seed, random, account);

    let resolution = 0;
    if (status === 'resolved') {
      resolution =
        known?.resolution !== undefined
          ? resolutionCode[known.resolution]
          : random.weighted([
              [resolutionCode.true_positive, 35],
              [resolutionCode.false_positive, 40],
              [resolutionCode.benign, 25],
            ]);
    }

    let incident = known?.incident ?? -1;
    if (!known && status === 'escalated') incident = random.pick(openIncidents);
    else if (!known && resolution === resolutionCode.true_positive && random.chance(0.08)) {
      // Some confirmed alerts went through an incident before they were resolved.
      const near = shapes.findIndex((shape) => Math.abs(shape.awareAt - detectedAt) < 5 * day);
      if (near >= 0) incident = near;
    }

    const assignee =
      known !== undefined
        ? assigneeCode(known.assigneeId)
        : status === 'new'
          ? random.chance(0.2)
            ? random.pick(analystCodes)
            : 0
          : random.chance(0.06)
            ? 0
            : random.pick(analystCodes);
    const changes = status === 'new' ? (assignee ? 1 : 0) : status === 'acknowledged' ? 1 : 2;
    const lastChange = detectedAt + Math.floor(random.float() * Math.min(age, 72 * hour));

    packed.account[i] = account;
    packed.type[i] = typeCode[type];
    packed.severity[i] = severityCode[severity];
    packed.status[i] = statusCode[status];
    packed.resolution[i] = resolution;
    packed.assignee[i] = assignee;
    packed.risk[i] = risk;
    packed.detectedAt[i] = detectedAt;
    packed.updatedAt[i] = changes === 0 ? detectedAt : lastChange;
    packed.version[i] = 1 + changes;
    packed.incident[i] = incident;
    titles[i] = titleOf(type, drawAlertDetails(seed, i, type));
  }
  return { ...packed, ...packTitles(titles) };
}

// ---------------------------------------------------------------------------------------------
// Live arrivals

/** How many alerts arrive in the mock clock's minute `minuteIndex` (since the epoch). */
export function liveCountOf(seed: number, minuteIndex: number): number {
  const random = new Random(mixSeed(deriveSeed(seed, 'alerts', 'live-count'), minuteIndex));
  return random.weighted([
    [1, 30],
    [2, 35],
    [3, 25],
    [4, 10],
  ] as const);
}

export function liveIndex(minuteIndex: number, k: number): number {
  return liveBase + minuteIndex * liveSlotsPerMinute + k;
}

/** The minute and place of a live alert index, when it names one. */
export function liveSlotOf(seed: number, index: number): { minuteIndex: number; k: number } | undefined {
  if (index < liveBase) return undefined;
  const minuteIndex = Math.floor((index - liveBase) / liveSlotsPerMinute);
  const k = (index - liveBase) % liveSlotsPerMinute;
  return k < liveCountOf(seed, minuteIndex) ? { minuteIndex, k } : undefined;
}

export interface LiveAlert extends AlertCore {
  readonly index: number;
  readonly detectedAt: number;
  readonly title: string;
}

/** Live alert `k` of minute `minuteIndex`: new, unassigned, at a fixed second of the minute. */
export function drawLiveAlert(seed: number, minuteIndex: number, k: number): LiveAlert {
  const count = liveCountOf(seed, minuteIndex);
  const index = liveIndex(minuteIndex, k);
  const random = new Random(mixSeed(deriveSeed(seed, 'alerts', 'live'), index));
  const drawn = drawCore(random);
  const core = { ...drawn, account: reachableAccount(seed, random, drawn.account) };
  const offset = Math.floor(((k + random.float()) * minute) / count);
  return {
    ...core,
    index,
    detectedAt: minuteIndex * minute + offset,
    title: titleOf(core.type, drawAlertDetails(seed, index, core.type)),
  };
}

// ---------------------------------------------------------------------------------------------
// Details: drawn again from the alert's seed whenever the alert is shown

export interface AlertDetails {
  readonly place: (typeof places)[number];
  readonly domain: string;
  readonly path: string;
  readonly hostileUrl: number;
  readonly device: number;
  readonly count: number;
  readonly report: number;
  readonly ip: string;
  readonly mac: string;
  readonly seed: number;
}

function hex(value: number): string {
  return value.toString(16).toUpperCase().padStart(2, '0');
}

/** Documentation and test ranges only (RFC 5737), so no evidence names a real host. */
const ipPrefixes = ['203.0.113', '198.51.100', '192.0.2'] as const;

let detailBases: { seed: number; details: number; events: number } | undefined;

/** The string-hashed bases of the per-alert seeds, once per seed rather than once per alert. */
function detailBasesOf(seed: number): { details: number; events: number } {
  if (detailBases?.seed !== seed) {
    detailBases = { seed, details: deriveSeed(seed, 'alerts', 'details'), events: deriveSeed(seed, 'alerts', 'events') };
  }
  return detailBases;
}

export function drawAlertDetails(seed: number, index: number, type: AlertType): AlertDetails {
  const bases = detailBasesOf(seed);
  const random = new Random(mixSeed(bases.details, index));
  const known = knownAlertTraits.get(index);
  const place = random.pick(places);
  const domain = random.pick(phishingDomains);
  const path = random.pick(phishingPaths);
  const hostile = random.chance(0.06) ? random.int(0, hostileUrls.length - 1) : -1;
  const device = random.int(0, deviceProfiles.length - 1);
  const profile = deviceProfiles[device] ?? deviceProfiles[0];
  const count = type === 'anomalous_login' ? random.int(800, 9000) : random.int(3, 60);
  const report = random.int(0, customerReports.length - 1);
  const ip = `${random.pick(ipPrefixes)}.${String(random.int(1, 254))}`;
  const mac = `${profile.oui}:${hex(random.int(0, 255))}:${hex(random.int(0, 255))}:${hex(random.int(0, 255))}`;
  return {
    place,
    domain,
    path,
    hostileUrl: known?.hostileUrl ?? hostile,
    device,
    count,
    report: known?.report ?? report,
    ip,
    mac,
    seed: mixSeed(bases.events, index),
  };
}

export function titleOf(type: AlertType, details: AlertDetails): string {
  const templates = titleTemplates[type];
  const template = templates[details.count % templates.length] ?? templates[0] ?? type;
  const profile = deviceProfiles[details.device] ?? deviceProfiles[0];
  return template
    .replace('{place}', `${details.place.city}, ${details.place.country}`)
    .replace('{domain}', details.domain)
    .replace('{device}', deviceWords[profile.kind])
    .replace('{count}', String(details.count));
}


let lastPack: { key: string; pack: PackedAlerts } | undefined;

/**
 * The pristine pack of one seed and anchor, shared by the alerts family (which copies the columns
 * it writes) and the incidents family (which reads the seeded links), so it is built once.
 */
export function sharedAlertPack(seed: number, anchor: number): PackedAlerts {
  const key = `${String(seed)}:${String(anchor)}`;
  if (lastPack?.key !== key) lastPack = { key, pack: packAlerts(seed, anchor) };
  return lastPack.pack;
}

/**
 * Hands in the pack of `seed` and `anchor` built elsewhere (the browser's seeding worker; its copy
 * arrives through `postMessage`), so `sharedAlertPack(seed, anchor)` returns it instead of building
 * it on the main thread. Only while no pack was built here yet (one built meanwhile is the one in
 * use); returns whether it was taken.
 */
export function adoptAlertPack(seed: number, anchor: number, pack: PackedAlerts): boolean {
  const key = `${String(seed)}:${String(anchor)}`;
  if (lastPack !== undefined) return false;
  lastPack = { key, pack };
  return true;
}

/**
 * `pack` (built for `fromAnchor`) as `packAlerts(seed, toAnchor)` would build it: every seeded
 * time is the anchor minus an offset drawn from the seed, so moving the anchor moves the two time
 * columns by the same amount and nothing else (the browser's stored seed is reused this way on the
 * next page load). Times in ms; returns a new pack sharing the other columns.
 */
export function shiftAlertPack(pack: PackedAlerts, fromAnchor: number, toAnchor: number): PackedAlerts {
  const delta = toAnchor - fromAnchor;
  const shift = (times: Float64Array) => times.map((time) => time + delta);
  return { ...pack, detectedAt: shift(pack.detectedAt), updatedAt: shift(pack.updatedAt) };
}
