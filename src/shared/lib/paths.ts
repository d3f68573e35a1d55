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
} as const;

/** The tabs of the account page (`/accounts/:id/<tab>`). */
export type AccountTab = 'profile' | 'activity' | 'consent' | 'alerts';

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
};
