import {
  alertResolutions,
  alertSeverities,
  alertStatuses,
  alertTypes,
  type Alert,
  type AlertEvidence,
  type AlertNote,
  type AlertType,
} from '@/shared/contract/alerts';
import type { Device } from '@/shared/contract/accounts';
import { clock, isoAt, minute } from '@mocks/clock';
import {
  customerReports,
  deviceProfiles,
  dismissNotes,
  evidenceSteps,
  hostileUrls,
  resolveNotes,
} from './catalog';
import { assigneeIdOf, drawAlertDetails, seededAlertCount } from './seed';
import { idIndexLimit, ids } from '../ids';
import { Random } from '../random';
import { type AlertsState, current, titleAt } from './state';

/** One alert of the alerts family as the API shows it (unmasked), its notes and its evidence. */

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

/** The alert in `slot` as the API shows it, unmasked (callers mask IPs and MACs). */
export function alertAt(state: AlertsState, slot: number): Alert {
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

/**
 * Open alerts (new, acknowledged, escalated) of the seeded account `index`, live arrivals
 * included: the accounts list's `openAlertCount`. An array lookup, so the accounts handler can
 * sort 100,000 accounts by it.
 */
export function openAlertCountOf(index: number): number {
  return current().openCount[index] ?? 0;
}
