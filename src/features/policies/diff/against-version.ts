import type { PolicyVersionSummary } from '@/shared/contract/policies';

/**
 * The version a diff compares `current` against when the link names none: the version in force
 * (status `published`); when `current` is the one in force, the version it was based on, else the
 * version published before it (the latest `superseded` one by `publishedAt`). `null` when there is
 * none (a first version). Takes the list of `GET /policies` (no bodies needed).
 */
export function defaultAgainst(
  versions: readonly PolicyVersionSummary[],
  current: Pick<PolicyVersionSummary, 'id' | 'basedOn'>,
): string | null {
  const inForce = versions.find((version) => version.status === 'published');
  if (inForce && inForce.id !== current.id) return inForce.id;
  if (current.basedOn !== undefined && current.basedOn !== current.id) return current.basedOn;
  const previous = versions
    .filter((version) => version.status === 'superseded' && version.id !== current.id)
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  return previous[0]?.id ?? null;
}
