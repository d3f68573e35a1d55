import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link, useMatches, useResolvedPath } from 'react-router';
import { hasPermission, type Permission } from '@/shared/contract/roles';
import { useStaff } from '@/shared/session/use-session';

export interface RouteTab {
  /** The tab's path segment, e.g. `consent`. */
  path: string;
  title: string;
  permission: Permission;
}

/** A route whose children are tabs carries their list in its `handle` (the app's route table fills it). */
export interface TabsHandle {
  tabs: readonly RouteTab[];
}

function isTabsHandle(handle: unknown): handle is TabsHandle {
  return typeof handle === 'object' && handle !== null && 'tabs' in handle && Array.isArray(handle.tabs);
}

/**
 * The tabs of the current detail page, as links: the selected tab is part of the URL, so a link
 * reproduces it, and tabs the person's roles do not open are not shown.
 */
export function RouteTabs({ label }: { label: string }) {
  const matches = useMatches();
  const roles = useStaff().roles;
  const owner = [...matches].reverse().find((match) => isTabsHandle(match.handle));
  const base = useResolvedPath('.');
  if (!owner || !isTabsHandle(owner.handle)) return null;
  const tabs = owner.handle.tabs.filter((tab) => hasPermission(roles, tab.permission));
  const basePath = owner.pathname.replace(/\/$/, '');
  const last = matches.at(-1)?.pathname ?? base.pathname;
  const current = tabs.find(
    (tab) => last === `${basePath}/${tab.path}` || last.startsWith(`${basePath}/${tab.path}/`),
  );
  return (
    <Tabs
      value={current?.path ?? false}
      aria-label={label}
      variant="scrollable"
      sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
    >
      {tabs.map((tab) => (
        <Tab
          key={tab.path}
          value={tab.path}
          label={tab.title}
          component={Link}
          to={`${basePath}/${tab.path}`}
        />
      ))}
    </Tabs>
  );
}
