import { routePatterns } from '@/shared/lib/paths';

/**
 * What each view of the side navigation is for, as the home page says it. Kept out of the route
 * table (which the app's first chunk carries) because only the home page reads it.
 */
export const viewDescriptions: Readonly<Partial<Record<string, string>>> = {
  [routePatterns.accounts]:
    'Find a customer by name, email, phone or id; their devices, activity and consent.',
  [routePatterns.alerts]:
    'Triage the risk-alert queue: filter, assign, acknowledge, resolve or dismiss, escalate.',
  [routePatterns.incidents]:
    'Security incidents on the 72-hour regulator clock: facts, customer notices and their sending, the regulator report.',
  [routePatterns.disclosures]:
    'The ledger of personal data disclosed to third parties: recipients, legal bases, corrections, CSV export.',
  [routePatterns.policies]:
    'The privacy policy in force, its drafts, reviews and scheduled updates, with diffs and notice plans.',
  [routePatterns.audit]:
    'Who did what, when, to which record and why — sign-ins, reveals and exports included.',
};
