import { api } from '@mocks/http/handler';
import { ProblemError } from '@mocks/http/problems';

/**
 * Third-party disclosures (API.md "Third-party disclosures", docs/api.md "### Disclosures"): the
 * append-only ledger, one entry, the recipients and a recipient's totals, recording an entry (or a
 * correction) under every rule of the contract, and the CSV export streamed over the whole
 * filtered set. No PATCH, no DELETE: 405. What each endpoint does is in `disclosures-resolvers.ts`,
 * loaded on the first disclosures request (with the family's seed and queries), so the mock's
 * start-up, which every page waits for, does not carry the ledger's code.
 */

const resolvers = () => import('./disclosures-resolvers');

/** Starts loading the endpoints' code now (a page opened on a disclosures view, while the mock starts). */
export const preloadDisclosureResolvers = resolvers;

function methodNotAllowed(): ProblemError {
  return new ProblemError(
    {
      type: 'about:blank',
      title: 'Method not allowed',
      status: 405,
      detail:
        'The disclosures log is append-only: record a correction (POST /disclosures with "corrects") instead.',
    },
    { Allow: 'GET' },
  );
}

export const disclosureHandlers = [
  api.get('/disclosures', { family: 'disclosures', permission: 'disclosures.readAccount' }, async (context) =>
    (await resolvers()).listDisclosures(context),
  ),
  // Before `/disclosures/:id`, so "export" is not read as an id.
  api.get(
    '/disclosures/export',
    { family: 'disclosures', permission: 'disclosures.record' },
    async (context) => (await resolvers()).exportDisclosures(context),
  ),
  api.get('/disclosures/:id', { family: 'disclosures', permission: 'disclosures.read' }, async (context) =>
    (await resolvers()).getDisclosure(context),
  ),
  api.patch('/disclosures/:id', { family: 'disclosures' }, () => {
    throw methodNotAllowed();
  }),
  api.delete('/disclosures/:id', { family: 'disclosures' }, () => {
    throw methodNotAllowed();
  }),
  api.get('/recipients', { family: 'disclosures', permission: 'disclosures.read' }, async () =>
    (await resolvers()).listRecipients(),
  ),
  api.get(
    '/recipients/:id/totals',
    { family: 'disclosures', permission: 'disclosures.read' },
    async (context) => (await resolvers()).getRecipientTotals(context),
  ),
  api.post('/disclosures', { family: 'disclosures', permission: 'disclosures.record' }, (context) =>
    context.idempotent(async () => (await resolvers()).recordDisclosure(context)),
  ),
];
