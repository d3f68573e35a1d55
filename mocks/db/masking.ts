import type { Account, AccountSummary, ActivityEvent } from '@/shared/contract/accounts';
import type { ConsentEvent } from '@/shared/contract/consent';

/**
 * Personal data as every role sees it until someone reveals it (an explicit, audited request).
 * Masked values keep their shape, so the console lays them out like the real thing and staff can
 * still tell two values apart at a glance:
 *
 * | field | value | masked |
 * |---|---|---|
 * | email | `jane.doe84@example.com` | `j***@example.com` (first character, `***`, the domain) |
 * | phone | `+86 13812345678` | `+86 138****5678` (country code, first 3 and last 4 digits) |
 * | IPv4 | `203.0.113.42` | `203.0.113.***` |
 * | MAC | `3C:22:FB:12:34:56` | `3C:22:FB:**:**:**` (the vendor prefix stays) |
 * | search term | `linen midi dress` | `l**** m*** d****` (first character of each word) |
 *
 * Empty values (an anonymized account's email, an event the shop recorded itself) stay empty.
 */

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return email === '' ? '' : '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/** `+<country code> <national digits>`; digits between the first 3 and the last 4 become `*`. */
export function maskPhone(phone: string): string {
  if (phone === '') return '';
  const space = phone.indexOf(' ');
  const prefix = space >= 0 ? phone.slice(0, space + 1) : '';
  const national = space >= 0 ? phone.slice(space + 1) : phone;
  if (national.length <= 7)
    return `${prefix}${national.slice(0, 2)}${'*'.repeat(Math.max(0, national.length - 2))}`;
  return `${prefix}${national.slice(0, 3)}${'*'.repeat(national.length - 7)}${national.slice(-4)}`;
}

export function maskIp(ip: string): string {
  if (ip === '') return '';
  if (ip.includes(':')) {
    // IPv6: keep the routing prefix (the first four groups), hide the interface part.
    return `${ip.split(':').slice(0, 4).join(':')}:****:****:****:****`;
  }
  const parts = ip.split('.');
  return [...parts.slice(0, 3), '***'].join('.');
}

export function maskMac(mac: string): string {
  const parts = mac.split(':');
  return [...parts.slice(0, 3), ...parts.slice(3).map(() => '**')].join(':');
}

export function maskSearchTerm(term: string): string {
  return term.replace(/\S+/gu, (word) => {
    const [first = ''] = Array.from(word);
    return first + '*'.repeat(Array.from(word).length - 1);
  });
}

export function maskSummary<T extends AccountSummary>(account: T): T {
  return { ...account, email: maskEmail(account.email), phone: maskPhone(account.phone) };
}

export function maskAccount(account: Account): Account {
  return {
    ...maskSummary(account),
    devices: account.devices.map((device) => ({ ...device, macAddress: maskMac(device.macAddress) })),
  };
}

export function maskActivityEvent(event: ActivityEvent): ActivityEvent {
  return {
    ...event,
    ip: maskIp(event.ip),
    ...(event.searchTerm === undefined ? {} : { searchTerm: maskSearchTerm(event.searchTerm) }),
  };
}

export function maskConsentEvent(event: ConsentEvent): ConsentEvent {
  return { ...event, ip: maskIp(event.ip) };
}
