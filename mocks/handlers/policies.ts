import { api } from '@mocks/http/handler';

/**
 * Policy versions (API.md "Policy versions", docs/api.md "### Policy versions"): the versions by
 * status, one version with body and history, a new draft, saving a draft, the four-eyes review,
 * scheduling with a notice plan under the publishing rules, and retracting. What each endpoint
 * does is in `policies-resolvers.ts`, loaded on the first policies request with the family's seed
 * and bodies, so the mock's start-up does not carry them.
 */

const resolvers = () => import('./policies-resolvers');

/** Starts loading the endpoints' code now (a page opened on a policies view, while the mock starts). */
export const preloadPolicyResolvers = resolvers;

const read = { family: 'policies', permission: 'policies.read' } as const;
const manage = { family: 'policies', permission: 'policies.manage' } as const;

export const policyHandlers = [
  api.get('/policies', read, async (context) => (await resolvers()).listPolicyVersions(context)),
  api.get('/policies/:id', read, async (context) => (await resolvers()).getPolicyVersion(context)),
  api.post('/policies', manage, (context) =>
    context.idempotent(async () => (await resolvers()).createPolicyVersion(context)),
  ),
  api.put('/policies/:id', manage, async (context) => (await resolvers()).updatePolicyVersion(context)),
  api.post('/policies/:id/submit', manage, async (context) =>
    (await resolvers()).submitPolicyVersion(context),
  ),
  api.post('/policies/:id/approve', manage, async (context) =>
    (await resolvers()).approvePolicyVersion(context),
  ),
  api.post('/policies/:id/reject', manage, async (context) =>
    (await resolvers()).rejectPolicyVersion(context),
  ),
  api.post('/policies/:id/publish', manage, (context) =>
    context.idempotent(async () => (await resolvers()).publishPolicyVersion(context)),
  ),
  api.get('/policies/:id/publish-preview', manage, async (context) =>
    (await resolvers()).getPublishPreview(context),
  ),
  api.get('/policies/:id/reconsent-progress', read, async (context) =>
    (await resolvers()).getReconsentProgress(context),
  ),
  api.post('/policies/:id/retract', manage, async (context) =>
    (await resolvers()).retractPolicyVersion(context),
  ),
];
