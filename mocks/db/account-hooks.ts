import type { Device } from '@/shared/contract/accounts';

/**
 * Where other families plug into accounts without the accounts code knowing them (accounts never
 * import alerts, so seeding accounts never seeds alerts). `db/alerts.ts` sets both hooks when it
 * loads (`handlers.ts` loads it): the real open-alert counts, and the IP addresses and devices of its
 * evidence.
 * Without it (a test that sets them to `null`), the counts come from the account seed and an alert
 * id names no IP.
 */

export interface OpenAlertCountSource {
  /**
   * Open alerts (new, acknowledged, escalated) of the seeded account `index`. Read on every list
   * request (sorting by it reads all 100,000), so keep it an array lookup.
   */
  countOf(index: number): number;
}

/** The IP address in the evidence of alert `alertId`, if that alert belongs to account `accountId`. */
export type AlertEvidenceIp = (accountId: string, alertId: string) => string | undefined;

/** The device in the evidence of an alert (id `dev_a…`), if that alert belongs to account `accountId`. */
export type AlertEvidenceDevice = (accountId: string, deviceId: string) => Device | undefined;

let openAlertCounts: OpenAlertCountSource | null = null;
let alertEvidenceIp: AlertEvidenceIp | null = null;
let alertEvidenceDevice: AlertEvidenceDevice | null = null;

export function setOpenAlertCountSource(source: OpenAlertCountSource | null): void {
  openAlertCounts = source;
}

export function openAlertCountSource(): OpenAlertCountSource | null {
  return openAlertCounts;
}

export function setAlertEvidenceIp(lookup: AlertEvidenceIp | null): void {
  alertEvidenceIp = lookup;
}

export function alertEvidenceIpOf(accountId: string, alertId: string): string | undefined {
  return alertEvidenceIp?.(accountId, alertId);
}

export function setAlertEvidenceDevice(lookup: AlertEvidenceDevice | null): void {
  alertEvidenceDevice = lookup;
}

export function alertEvidenceDeviceOf(accountId: string, deviceId: string): Device | undefined {
  return alertEvidenceDevice?.(accountId, deviceId);
}
