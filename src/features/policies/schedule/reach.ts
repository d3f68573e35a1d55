import type { PolicyNoticeChannel, PublishPreview } from '@/shared/contract/policies';

const count = new Intl.NumberFormat();

/** "1,204": a count of accounts in the staff member's number format. */
export function formatCount(n: number): string {
  return count.format(n);
}

/**
 * Whom a notice channel reaches, as text, from the publish preview's `noticeAudience` (API.md
 * "Policy versions", publish preview): email and SMS reach the open accounts with an address or a
 * phone number; the site banner and the in-app message reach everyone who visits.
 */
export function channelReach(
  channel: PolicyNoticeChannel,
  audience: PublishPreview['noticeAudience'],
): string {
  switch (channel) {
    case 'email':
      return `${formatCount(audience.email)} customers with an email address`;
    case 'sms':
      return `${formatCount(audience.sms)} customers with a phone number`;
    case 'site_banner':
      return 'everyone who visits the site';
    case 'in_app':
      return 'everyone who opens the app';
  }
}
