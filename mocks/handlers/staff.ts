import { roles } from '@/shared/contract/roles';
import { allStaff } from '@mocks/db/staff';
import { api } from '@mocks/http/handler';
import { filter } from '@mocks/http/list-query';
import { json } from '@mocks/http/responses';

export const staffHandlers = [
  // Any signed-in person: names of assignees, authors and actors appear on every page.
  api.get('/staff', { family: 'staff' }, (context) => {
    const { role } = context.filters({ role: filter.oneOf(roles) });
    const items = allStaff
      .filter((staff) => role === undefined || staff.roles.includes(role))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    return json({ items });
  }),
];
