import type { PolicyStatus, PolicyVersionSummary } from '@/shared/contract/policies';

// The `/policies` list reads as the life of the policy: what customers are bound by now, then the
// work in progress in the order it moves (draft → in review → approved → scheduled), then history.

/** One section of the list: the versions of one status, in the order the section reads them. */
export interface PolicyGroup {
  status: PolicyStatus;
  versions: PolicyVersionSummary[];
}

/** The sections' order: the version in force first, superseded versions (history) last. */
export const policyGroupOrder: readonly PolicyStatus[] = [
  'published',
  'draft',
  'in_review',
  'approved',
  'scheduled',
  'superseded',
];

const time = (iso: string | undefined): number => (iso === undefined ? 0 : Date.parse(iso));

/** Newest first by `pick`, ties by label (newest label first). */
const newestFirst =
  (pick: (version: PolicyVersionSummary) => string | undefined) =>
  (a: PolicyVersionSummary, b: PolicyVersionSummary) =>
    time(pick(b)) - time(pick(a)) || b.label.localeCompare(a.label, 'en', { numeric: true });

/**
 * How each section orders its versions: drafts by their last save, reviews by submission and
 * approved ones by approval (newest first); scheduled versions by the moment they take effect
 * (soonest first: the next to change what customers read leads); history by when each took
 * effect (newest first).
 */
const orderWithin: Record<PolicyStatus, (a: PolicyVersionSummary, b: PolicyVersionSummary) => number> = {
  published: newestFirst((version) => version.publishedAt),
  draft: newestFirst((version) => version.updatedAt),
  in_review: newestFirst((version) => version.submittedAt ?? version.updatedAt),
  approved: newestFirst((version) => version.approvedAt ?? version.updatedAt),
  scheduled: (a, b) => time(a.effectiveAt) - time(b.effectiveAt) || a.label.localeCompare(b.label, 'en'),
  superseded: newestFirst((version) => version.publishedAt ?? version.effectiveAt),
};

/**
 * Groups `GET /policies`'s versions by status in `policyGroupOrder`, each sorted as its section
 * reads (see `orderWithin`). Sections without versions are left out. Pure; takes the list as the
 * API answered it (any order) and returns new arrays.
 */
export function groupPolicyVersions(versions: readonly PolicyVersionSummary[]): PolicyGroup[] {
  return policyGroupOrder
    .map((status) => ({
      status,
      versions: versions.filter((version) => version.status === status).sort(orderWithin[status]),
    }))
    .filter((group) => group.versions.length > 0);
}

/** The version customers are bound by now (`published`), if any: the default base of a new draft. */
export function versionInForce(versions: readonly PolicyVersionSummary[]): PolicyVersionSummary | undefined {
  return versions.filter((version) => version.status === 'published').sort(orderWithin.published)[0];
}

/**
 * When a superseded version stopped being in force: the moment the next version (by `publishedAt`)
 * took effect, or `undefined` when none followed it in `versions`. The list has no
 * `supersededAt`; the API supersedes a version exactly when its successor is published.
 */
export function supersededAt(
  version: PolicyVersionSummary,
  versions: readonly PolicyVersionSummary[],
): string | undefined {
  const from = time(version.publishedAt);
  if (version.publishedAt === undefined) return undefined;
  return versions
    .map((each) => each.publishedAt)
    .filter((at): at is string => at !== undefined && time(at) > from)
    .sort((a, b) => time(a) - time(b))[0];
}
