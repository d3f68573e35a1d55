import { queryOptions } from '@tanstack/react-query';
import { request } from '@/shared/api/http-client';
import type { Role } from '@/shared/contract/roles';
import { staffListSchema, type Staff } from '@/shared/contract/staff';

export async function fetchStaff(role: Role | undefined, signal?: AbortSignal): Promise<Staff[]> {
  const reply = await request({ path: '/staff', query: { role }, schema: staffListSchema, signal });
  return reply.items;
}

export const staffQueries = {
  all: () => ['staff'] as const,
  list: (role?: Role) =>
    queryOptions({
      queryKey: [...staffQueries.all(), 'list', role ?? 'any'],
      queryFn: ({ signal }) => fetchStaff(role, signal),
      staleTime: 30 * 60_000,
    }),
};
