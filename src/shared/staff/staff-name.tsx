import { useQuery } from '@tanstack/react-query';
import { staffQueries } from './staff-queries';

/** A staff member's name from their id; the id itself while the list loads or if unknown. */
export function StaffName({ id }: { id: string }) {
  const { data } = useQuery({
    ...staffQueries.list(),
    select: (staff) => staff.find((s) => s.id === id)?.name,
  });
  return <>{data ?? id}</>;
}
