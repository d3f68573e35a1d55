import { Outlet } from 'react-router';
import { hasPermission, rolesFor } from '@/shared/contract/roles';
import { useStaff } from '@/shared/session/use-session';
import type { Permission } from '@/shared/contract/roles';
import { RoleRequiredPage } from './role-required-page';

/** A deep link to a view the person's roles do not open says which role it needs; its code is not even loaded. */
export function RoleGate({ route }: { route: { title: string; permission: Permission } }) {
  const staff = useStaff();
  if (!hasPermission(staff.roles, route.permission)) {
    return <RoleRequiredPage title={route.title} requiredRoles={rolesFor(route.permission)} />;
  }
  return <Outlet />;
}
