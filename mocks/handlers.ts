import type { HttpHandler } from 'msw';
import { accountHandlers } from './handlers/accounts';
import { alertHandlers } from './handlers/alerts';
import { auditHandlers } from './handlers/audit';
import { consentHandlers } from './handlers/consent';
import { disclosureHandlers } from './handlers/disclosures';
import { incidentHandlers } from './handlers/incidents';
import { policyHandlers } from './handlers/policies';
import { sessionHandlers } from './handlers/session';
import { staffHandlers } from './handlers/staff';

/** Every endpoint of the mock API, for the browser worker and for msw/node alike. */
export const handlers: HttpHandler[] = [
  ...sessionHandlers,
  ...staffHandlers,
  ...auditHandlers,
  ...accountHandlers,
  ...consentHandlers,
  ...alertHandlers,
  ...incidentHandlers,
  ...disclosureHandlers,
  ...policyHandlers,
];
