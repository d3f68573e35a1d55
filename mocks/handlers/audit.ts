import { auditTargetTypes } from '@/shared/contract/audit';
import { queryAuditLog } from '@mocks/db/audit/queries';
import { anonymousActorId } from '@mocks/db/audit/templates';
import { api } from '@mocks/http/handler';
import { defineList, filter } from '@mocks/http/list-query';
import { badRequest } from '@mocks/http/problems';
import { json } from '@mocks/http/responses';

export const auditList = defineList({
  filters: {
    actorId: filter.id('stf', [anonymousActorId]),
    action: filter.text({ pattern: /^[a-z_]+\.[a-z_]+$/, message: 'Expected an action such as account.reveal.' }),
    targetType: filter.oneOf(auditTargetTypes),
    targetId: filter.text({ maxLength: 64 }),
    from: filter.dateTime(),
    to: filter.dateTime(),
  },
  sortable: ['at'],
  defaultSort: { field: 'at', direction: 'desc' },
});

export const auditHandlers = [
  api.get('/audit-events', { family: 'audit', permission: 'audit.read' }, (context) => {
    const { filters, sort, page, pageSize } = context.list(auditList);
    if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
      throw badRequest([{ field: 'from', message: 'Must not be after "to".' }]);
    }
    return json(
      queryAuditLog({ ...filters, direction: sort?.direction ?? 'desc', page, pageSize }),
    );
  }),
];
