// Every link to a view or a record is built here, and the route table declares its routes with
// the same patterns, so a path changes in one place. Ids are opaque strings: always encoded.

/** The route patterns of the views (react-router syntax), for the route table. */
export const routePatterns = {
  home: '/',
  signIn: '/sign-in',
  accounts: '/accounts',
  account: '/accounts/:id',
  alerts: '/alerts',
  alert: '/alerts/:id',
  incidents: '/incidents',
  incident: '/incidents/:id',
  audit: '/audit',
  disclosures: '/disclosures',
  newDisclosure: '/disclosures/new',
  disclosure: '/disclosures/:id',
  policies: '/policies',
  policy: '/policies/:id',
  policyEdit: '/policies/:id/edit',
  policyDiff: '/policies/:id/diff',
  policySchedule: '/policies/:id/schedule',
} as const;

/** The tabs of the account page (`/accounts/:id/<tab>`). */
export type AccountTab = 'profile' | 'activity' | 'consent' | 'disclosures' | 'alerts';

const segment = encodeURIComponent;

/** Paths (pathname only, no origin) to the console's views and records. */
export const paths = {
  home: () => routePatterns.home,
  accounts: () => routePatterns.accounts,
  /** One account; its first tab when `tab` is absent. */
  account: (id: string, tab?: AccountTab) => `/accounts/${segment(id)}${tab ? `/${tab}` : ''}`,
  alerts: () => routePatterns.alerts,
  alert: (id: string) => `/alerts/${segment(id)}`,
  incidents: () => routePatterns.incidents,
  incident: (id: string) => `/incidents/${segment(id)}`,
  audit: () => routePatterns.audit,
  disclosures: () => routePatterns.disclosures,
  /** The ledger filtered to one recipient, with the recipient's card. */
  recipient: (recipientId: string) => `${routePatterns.disclosures}?recipientId=${segment(recipientId)}`,
  disclosure: (id: string) => `/disclosures/${segment(id)}`,
  /** The form to record a disclosure; with `corrects`, a correction of that entry, prefilled. */
  newDisclosure: (corrects?: string) =>
    corrects ? `${routePatterns.newDisclosure}?corrects=${segment(corrects)}` : routePatterns.newDisclosure,
  policies: () => routePatterns.policies,
  /** One policy version: the rendered text, its metadata, history and review actions. */
  policy: (id: string) => `/policies/${segment(id)}`,
  /** The draft's editor (Markdown with a live preview). */
  policyEdit: (id: string) => `/policies/${segment(id)}/edit`,
  /** The version's diff against `against` (a `pol_` id), or against the version in force when absent. */
  policyDiff: (id: string, against?: string) =>
    `/policies/${segment(id)}/diff${against ? `?against=${segment(against)}` : ''}`,
  /** The approved version's schedule form (notice plan and publish preview). */
  policySchedule: (id: string) => `/policies/${segment(id)}/schedule`,
};
