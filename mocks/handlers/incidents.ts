import { findIncident, incidentList, listIncidents } from '@mocks/db/incidents';
import { api } from '@mocks/http/handler';
import { notFound } from '@mocks/http/problems';
import { json } from '@mocks/http/responses';

/**
 * The reads the alerts queue's escalation picker needs (API.md, Security incidents). The
 * incidents view adds creation, editing, notices, notifications and regulator reports to this
 * family later.
 */

export const incidentHandlers = [
  api.get('/incidents', { family: 'incidents', permission: 'incidents.read' }, (context) =>
    json(listIncidents(context.list(incidentList))),
  ),

  api.get('/incidents/:id', { family: 'incidents', permission: 'incidents.read' }, (context) => {
    const incident = findIncident(context.param('id'));
    if (!incident) throw notFound('incident', context.param('id'));
    return json(incident, { etag: incident.version });
  }),
];
