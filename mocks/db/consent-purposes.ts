import { isRequiredPurpose, purposeIds, type Purpose, type PurposeId } from '@/shared/contract/consent';
import { introducedIn, labelOf } from './policy-versions';

/**
 * The purposes a customer is asked about (`GET /consent/purposes`), in the contract's order.
 * `since` is the label of the policy version that introduced each one, read from the policy
 * versions so the two can never disagree.
 */

const texts: Record<PurposeId, { name: string; description: string }> = {
  essential_cookies: {
    name: 'Essential cookies',
    description:
      'Cookies and local storage the shop needs to work: staying signed in, the basket, checkout and fraud protection. Always on.',
  },
  analytics_cookies: {
    name: 'Analytics cookies',
    description:
      'Measuring which pages are used and how they perform (since 2026.3 also clicks and scrolling, typed text masked) to fix slow or confusing pages.',
  },
  personalized_recommendations: {
    name: 'Personalized recommendations',
    description: 'Using viewed, searched and ordered products to suggest items and sizes.',
  },
  marketing_email: {
    name: 'Marketing email',
    description:
      'Newsletters, offers (also on partner brands sold in the shop) and restock alerts by email, at most two a week.',
  },
  email_tracking_pixels: {
    name: 'Email open and click tracking',
    description:
      'Pixel tags and tracked links in our emails that show whether an email was opened and which links were followed.',
  },
  affiliate_sharing: {
    name: 'Sharing with group companies',
    description:
      'Sharing account and order details with DigFashions group companies, some abroad, for one account across the shops, suggestions and spotting misuse.',
  },
  partner_sharing: {
    name: 'Sharing with authorized partners',
    description:
      'Giving vetted partners (couriers, payment, customer-service and analytics providers) the minimum each job needs, under contract.',
  },
  sensitive_data_sharing: {
    name: 'Sharing sensitive data',
    description:
      'Body measurements to the fit partner and live location to same-day couriers; only with this separate consent.',
  },
};

export const purposes: readonly Purpose[] = purposeIds.map((id) => ({
  id,
  ...texts[id],
  required: isRequiredPurpose(id),
  since: labelOf(introducedIn(id)),
}));
