import { accountSummarySchema, type AccountSummary } from '@/shared/contract/accounts';
import { defineFactory, factoryId, hoursBefore } from './factory';

/**
 * Account rows as `GET /accounts` sends them (API.md, Accounts): by default an active, verified
 * German account with low risk and no open alert, contact data masked as every role sees it.
 */
export const accountSummaryFactory = defineFactory({
  schema: accountSummarySchema,
  defaults: (sequence): AccountSummary => ({
    id: factoryId('acc', sequence),
    email: 'l***@example.com',
    name: 'Lena Hoffmann',
    phone: '+49 157****4611',
    status: 'active',
    emailVerified: true,
    country: 'DE',
    language: 'de-DE',
    createdAt: hoursBefore(24 * 400),
    lastSeenAt: hoursBefore(3),
    riskScore: 8,
    openAlertCount: 0,
  }),
}).withTraits({
  locked: (account) => ({ ...account, status: 'locked', riskScore: 91, openAlertCount: 2 }),
  closed: (account) => ({ ...account, status: 'closed' }),
  /** Anonymized: no name, email or phone left. */
  anonymized: (account) => ({
    ...account,
    status: 'anonymized',
    name: 'Anonymized customer',
    email: '',
    phone: '',
    riskScore: 0,
    openAlertCount: 0,
  }),
  risky: (account) => ({ ...account, riskScore: 88, openAlertCount: 3 }),
});
