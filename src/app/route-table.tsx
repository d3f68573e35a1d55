import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import GppMaybeOutlined from '@mui/icons-material/GppMaybeOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import ManageSearchOutlined from '@mui/icons-material/ManageSearchOutlined';
import OutboxOutlined from '@mui/icons-material/OutboxOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import PolicyOutlined from '@mui/icons-material/PolicyOutlined';
import ReportGmailerrorredOutlined from '@mui/icons-material/ReportGmailerrorredOutlined';
import type { RouteTab } from '@/shared/ui/route-tabs';
import type { NavView } from './shell/nav-views';
import type { PageModule } from '@/shared/lib/page-module';
import { routePatterns } from '@/shared/lib/paths';

/**
 * The one route table: the side navigation, the home page's list of views and the role guard all
 * read it. A view is one entry here plus one folder under `src/features/`.
 */
export interface AppRoute extends NavView {
  /** The page's module, loaded only when the route is opened. */
  lazy: () => Promise<PageModule>;
  /** False for pages reached from another page (a record's detail page): not in the side nav. */
  nav?: boolean;
  /** A detail page's tabs, each a route below it (`/accounts/:id/consent`); the page renders an Outlet. */
  tabs?: readonly AppTab[];
}

export interface AppTab extends RouteTab {
  lazy: () => Promise<PageModule>;
}

export const appRoutes: readonly AppRoute[] = [
  {
    path: routePatterns.home,
    title: 'Home',
    permission: 'overview.read',
    icon: HomeOutlined,
    lazy: () => import('./shell/home-page'),
  },
  {
    path: routePatterns.accounts,
    title: 'Accounts',
    permission: 'accounts.read',
    icon: PeopleAltOutlined,
    lazy: () => import('@/features/accounts/pages/accounts-page'),
  },
  {
    path: routePatterns.account,
    title: 'Account',
    permission: 'accounts.read',
    icon: PeopleAltOutlined,
    nav: false,
    lazy: () => import('@/features/accounts/pages/account-page'),
    tabs: [
      {
        path: 'profile',
        title: 'Profile & devices',
        permission: 'accounts.read',
        lazy: () => import('@/features/accounts/tabs/profile-tab'),
      },
      {
        path: 'activity',
        title: 'Activity',
        permission: 'accounts.read',
        lazy: () => import('@/features/accounts/tabs/activity-tab'),
      },
      {
        path: 'consent',
        title: 'Consent',
        permission: 'accounts.read',
        lazy: () => import('@/features/consent/tabs/consent-tab'),
      },
      {
        path: 'disclosures',
        title: 'Disclosures',
        permission: 'disclosures.readAccount',
        lazy: () => import('@/features/disclosures/tabs/account-disclosures-tab'),
      },
      {
        path: 'alerts',
        title: 'Alerts',
        permission: 'alerts.readAccount',
        lazy: () => import('@/features/alerts/tabs/account-alerts-tab'),
      },
    ],
  },
  {
    path: routePatterns.alerts,
    title: 'Risk alerts',
    permission: 'alerts.read',
    icon: GppMaybeOutlined,
    lazy: () => import('@/features/alerts/pages/alerts-page'),
  },
  {
    path: routePatterns.alert,
    title: 'Alert',
    permission: 'alerts.read',
    icon: GppMaybeOutlined,
    nav: false,
    lazy: () => import('@/features/alerts/pages/alert-page'),
  },
  {
    path: routePatterns.incidents,
    title: 'Incidents',
    permission: 'incidents.read',
    icon: ReportGmailerrorredOutlined,
    lazy: () => import('@/features/incidents/pages/incidents-page'),
  },
  {
    path: routePatterns.incident,
    title: 'Incident',
    permission: 'incidents.read',
    icon: ReportGmailerrorredOutlined,
    nav: false,
    lazy: () => import('@/features/incidents/pages/incident-page'),
  },
  {
    path: routePatterns.disclosures,
    title: 'Disclosures',
    permission: 'disclosures.read',
    icon: OutboxOutlined,
    lazy: () => import('@/features/disclosures/pages/disclosures-page'),
  },
  {
    path: routePatterns.disclosure,
    title: 'Disclosure',
    permission: 'disclosures.read',
    icon: OutboxOutlined,
    nav: false,
    lazy: () => import('@/features/disclosures/pages/disclosure-page'),
  },
  {
    path: routePatterns.newDisclosure,
    title: 'Record a disclosure',
    permission: 'disclosures.record',
    icon: PostAddOutlined,
    nav: false,
    lazy: () => import('@/features/disclosures/pages/record-disclosure-page'),
  },
  {
    path: routePatterns.policies,
    title: 'Policy versions',
    permission: 'policies.read',
    icon: PolicyOutlined,
    lazy: () => import('@/features/policies/pages/policies-page'),
  },
  {
    path: routePatterns.policy,
    title: 'Policy version',
    permission: 'policies.read',
    icon: PolicyOutlined,
    nav: false,
    lazy: () => import('@/features/policies/pages/policy-page'),
  },
  {
    path: routePatterns.policyEdit,
    title: 'Edit draft',
    permission: 'policies.manage',
    icon: PolicyOutlined,
    nav: false,
    lazy: () => import('@/features/policies/pages/policy-editor-page'),
  },
  {
    path: routePatterns.policyDiff,
    title: 'Compare versions',
    permission: 'policies.read',
    icon: PolicyOutlined,
    nav: false,
    lazy: () => import('@/features/policies/pages/policy-diff-page'),
  },
  {
    path: routePatterns.policySchedule,
    title: 'Schedule a version',
    // Every reader may open it: the page itself tells who schedules, links the version and shows a
    // scheduled version's countdown and plan; only legal and the privacy officer get the form.
    permission: 'policies.read',
    icon: PolicyOutlined,
    nav: false,
    lazy: () => import('@/features/policies/pages/policy-schedule-page'),
  },
  {
    path: routePatterns.audit,
    title: 'Audit log',
    permission: 'audit.read',
    icon: ManageSearchOutlined,
    lazy: () => import('@/features/audit/pages/audit-page'),
  },
];

/** The routes the side nav and the home page list. */
export const navRoutes = appRoutes.filter((route) => route.nav !== false);

export function findRoute(pathname: string): AppRoute | undefined {
  return navRoutes
    .filter(
      (route) => route.path === pathname || (route.path !== '/' && pathname.startsWith(`${route.path}/`)),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
}
