import { roles } from '@/shared/contract/roles';
import { allStaff } from '@mocks/db/staff';
import { api } from '@mocks/http/handler';
import { filter, sortBy } from '@mocks/http/list-query';
import { json } from '@mocks/http/responses';

export const staffHandlers = [
  // Any signed-in person: names of assignees, authors and actors appear on every page.
  api.get('/staff', { family: 'staff' }, (context) => {
    const { role } = context.filters({ role: filter.oneOf(roles) });
    const holders = allStaff.filter((staff) => role === undefined || staff.roles.includes(role));
    return json({ items: sortBy(holders, { field: 'name', direction: 'asc' }, { name: (staff) => staff.name }) });
  }),
];
