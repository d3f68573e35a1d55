import { incidentList, listIncidents } from '@mocks/db/incidents';
import { api } from '@mocks/http/handler';
import { json } from '@mocks/http/responses';

/**
 * Security incidents and notifications (API.md "Security incidents and notifications", docs/api.md
 * "### Incidents"): the list, one incident, opening and editing one (facts, status machine,
 * decision not to report), its notices (draft, edit, four-eyes approval), sending a notice as one
 * notification batch and following it, and the regulator report. What each endpoint does beyond
 * the list is in `incidents-resolvers.ts`, loaded on the first such request, so the mock's
 * start-up (and the alerts queue's escalation picker, which only lists) does not carry it.
 */

const resolvers = () => import('./incidents-resolvers');

/** Starts loading the endpoints' code now (a page opened on an incident, while the mock starts). */
export const preloadIncidentResolvers = resolvers;

const read = { family: 'incidents', permission: 'incidents.read' } as const;
const edit = { family: 'incidents', permission: 'incidents.edit' } as const;
const draft = { family: 'incidents', permission: 'incidents.draftNotice' } as const;
const approve = { family: 'incidents', permission: 'incidents.approveNotice' } as const;

export const incidentHandlers = [
  api.get('/incidents', read, (context) => json(listIncidents(context.list(incidentList)))),
  api.post('/incidents', edit, (context) =>
    context.idempotent(async () => (await resolvers()).createIncident(context)),
  ),
  api.get('/incidents/:id', read, async (context) => (await resolvers()).getIncident(context)),
  // Which permission a PATCH needs depends on its fields (facts and status: edit; the decision
  // not to report: approveNotice); the resolver checks them.
  api.patch('/incidents/:id', read, async (context) => (await resolvers()).patchIncident(context)),
  api.get('/incidents/:id/notices', read, async (context) => (await resolvers()).listNotices(context)),
  api.post('/incidents/:id/notices', draft, (context) =>
    context.idempotent(async () => (await resolvers()).createNotice(context)),
  ),
  api.patch('/incidents/:id/notices/:noticeId', draft, async (context) =>
    (await resolvers()).patchNotice(context),
  ),
  api.post('/incidents/:id/notices/:noticeId/approve', approve, async (context) =>
    (await resolvers()).approveNotice(context),
  ),
  api.post('/incidents/:id/notifications', approve, (context) =>
    context.idempotent(async () => (await resolvers()).sendNotice(context)),
  ),
  api.get('/incidents/:id/notifications/:batchId', read, async (context) =>
    (await resolvers()).getBatch(context),
  ),
  api.post('/incidents/:id/regulator-reports', approve, (context) =>
    context.idempotent(async () => (await resolvers()).fileRegulatorReport(context)),
  ),
];
