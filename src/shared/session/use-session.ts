import { useQuery } from '@tanstack/react-query';
import { hasPermission, type Permission } from '@/shared/contract/roles';
import type { Staff } from '@/shared/contract/staff';
import { sessionQueries } from './session-queries';

/** The signed-in person. Only used below the shell, which renders once a session exists. */
export function useStaff(): Staff {
  const { data } = useQuery(sessionQueries.current());
  if (!data) throw new Error('useStaff is used outside a signed-in page');
  return data.staff;
}

/** Whether the signed-in person's roles hold a permission (the console hides what they lack). */
export function useCan(permission: Permission): boolean {
  return hasPermission(useStaff().roles, permission);
}
