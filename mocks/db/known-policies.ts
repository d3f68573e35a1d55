/**
 * Policy versions with known ids and known traits, whatever the seed, for UI tests, e2e journeys
 * and demos. The ids are literals so a Playwright spec can use them without the mock;
 * `handlers/policies.test.ts` checks that they are what `ids.policy.encode(index)` gives (index:
 * the place in `db/policies/seed.ts`).
 */
export const knownPolicies = {
  /** 2020.4, the first published version (index 0): superseded, the start of every consent history. */
  first: 'pol_u9kr26',
  /** 2026.1 (index 8): superseded by `inForce`; the usual "diff against" pick. */
  previous: 'pol_uid70m',
  /** 2026.3 (index 9): `published`, in force since 85 days before the anchor; asked again for `analytics_cookies`. */
  inForce: 'pol_ujgr0f',
  /**
   * 2026.4 (index 10): `approved` by dpo@, written by legal2@ (rejected once before): a significant
   * `purpose_or_use` change of `personalized_recommendations`, ready to schedule.
   */
  approved: 'pol_ukkb08',
  /** 2026.5 (index 11): `in_review`, written by legal2@ (Jing Chen), so legal@ or dpo@ may review it. */
  inReview: 'pol_ulnv01',
  /** 2026.6 (index 12): a `draft` by legal@ (Jonas Weber), significant (`control`, `user_rights`). */
  draft: 'pol_umrezu',
} as const;

export type KnownPolicyKey = keyof typeof knownPolicies;

/** The seed index of each known version: `ids.policy.encode(index)` is its id. */
export const knownPolicyIndex: Readonly<Record<KnownPolicyKey, number>> = {
  first: 0,
  previous: 8,
  inForce: 9,
  approved: 10,
  inReview: 11,
  draft: 12,
};
