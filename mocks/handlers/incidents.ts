import { incidentSeverities, incidentSortFields, incidentStatuses } from '@/shared/contract/incidents';
import { findIncident, listIncidents } from '@mocks/db/incidents';
import { api } from '@mocks/http/handler';
import { defineList, filter } from '@mocks/http/list-query';
import { notFound } from '@mocks/http/problems';
import { json } from '@mocks/http/responses';

/**
 * The reads the alerts queue's escalation picker needs. The incidents view adds creation,
 * editing, notices, notifications and regulator reports to this family later.
 */

export const incidentList = defineList({
  filters: {
    status: filter.oneOf(incidentStatuses),
    severity: filter.oneOf(incidentSeverities),
    q: filter.text({ maxLength: 200 }),
  },
  sortable: incidentSortFields,
  // The newest awareness first: its regulator clock is the one still running.
  defaultSort: { field: 'awareAt', direction: 'desc' },
});

export const incidentHandlers = [
  api.get('/incidents', { family: 'incidents', permission: 'incidents.read' }, (context) => {
    const { filters, sort, page, pageSize } = context.list(incidentList);
    return json(listIncidents({ ...filters, sort: sort ?? { field: 'awareAt', direction: 'desc' }, page, pageSize }));
  }),

  api.get('/incidents/:id', { family: 'incidents', permission: 'incidents.read' }, (context) => {
    const incident = findIncident(context.param('id'));
    if (!incident) throw notFound('incident', context.param('id'));
    return json(incident, { etag: incident.version });
  }),
];
