import { useQuery } from '@tanstack/react-query';
import { createContext, use, useMemo, type ReactNode } from 'react';
import { staffQueries } from './staff-queries';
import { UserText } from '@/shared/ui/user-text';

/** Names by staff id, read once for a whole list (see `StaffNamesProvider`). */
const StaffNames = createContext<ReadonlyMap<string, string> | null>(null);

/**
 * Reads the staff list once for everything below it: a page of 200 rows then names its people
 * without 200 query subscriptions.
 */
export function StaffNamesProvider({ children }: { children: ReactNode }) {
  const { data } = useQuery(staffQueries.list());
  const names = useMemo(() => new Map((data ?? []).map((member) => [member.id, member.name])), [data]);
  return <StaffNames value={names}>{children}</StaffNames>;
}

function StaffNameFromQuery({ id }: { id: string }) {
  const { data } = useQuery({
    ...staffQueries.list(),
    select: (staff) => staff.find((s) => s.id === id)?.name,
  });
  return <UserText>{data ?? id}</UserText>;
}

/** A staff member's name from their id; the id itself while the list loads or if unknown. */
export function StaffName({ id }: { id: string }) {
  const names = use(StaffNames);
  return names ? <UserText>{names.get(id) ?? id}</UserText> : <StaffNameFromQuery id={id} />;
}
