import { policyVersionSchema, type PolicyVersion } from '@/shared/contract/policies';
import { defineFactory, factoryId, hoursBefore } from './factory';

/**
 * Policy versions as `GET /policies/{id}` sends them (API.md "Policy versions", with the project's
 * `history`): by default a `draft` by legal@ (Jonas Weber) created two days before `factoryNow`,
 * based on the version in force, significant with a `purpose_or_use` change. Traits walk the
 * lifecycle: `inReview`, `approved` (by legal2@), `scheduled` (takes effect in 10 days, notice in 2),
 * `published`, `superseded`, `rejected` (back to draft with the reviewer's comment); `minor` is a
 * change that is not significant; `markup` puts hostile text in the title, summary and body.
 */

const legal = 'stf_4d2s6t';
const legal2 = 'stf_5e3u7v';

export const policyFactory = defineFactory({
  schema: policyVersionSchema,
  defaults: (sequence): PolicyVersion => ({
    id: factoryId('pol', sequence),
    label: `2026.${String(6 + sequence)}`,
    version: 2,
    status: 'draft',
    title: 'Recommendations that include in-store purchases',
    summary: 'Personalized recommendations may also use what you bought in our stores; we ask again.',
    body: '# DigFashions privacy policy\n\n## What we collect and why\n\nWhat you buy in our stores may shape your recommendations, if you say yes again.\n',
    authorId: legal,
    createdAt: hoursBefore(48),
    updatedAt: hoursBefore(20),
    significant: true,
    changeCategories: ['purpose_or_use'],
    basedOn: 'pol_ujgr0f',
    history: [{ at: hoursBefore(48), action: 'created', actorId: legal }],
  }),
}).withTraits({
  inReview: (policy) => ({
    ...policy,
    status: 'in_review',
    version: policy.version + 1,
    submittedAt: hoursBefore(10),
    updatedAt: hoursBefore(10),
    history: [...policy.history, { at: hoursBefore(10), action: 'submitted', actorId: policy.authorId }],
  }),
  /** Submitted 10 hours and approved by legal2@ 6 hours before `factoryNow` (apply after `inReview` or alone). */
  approved: (policy) => ({
    ...policy,
    status: 'approved',
    version: policy.version + 2,
    reviewerId: legal2,
    submittedAt: hoursBefore(10),
    approvedAt: hoursBefore(6),
    updatedAt: hoursBefore(6),
    history: [
      ...policy.history.filter((entry) => entry.action !== 'submitted'),
      { at: hoursBefore(10), action: 'submitted', actorId: policy.authorId },
      { at: hoursBefore(6), action: 'approved', actorId: legal2, comment: 'Fine to schedule.' },
    ],
  }),
  /** Rejected by legal2@ 6 hours before `factoryNow`: a draft again, with the comment in its history. */
  rejected: (policy) => ({
    ...policy,
    status: 'draft',
    version: policy.version + 2,
    reviewerId: legal2,
    submittedAt: hoursBefore(10),
    updatedAt: hoursBefore(6),
    history: [
      ...policy.history,
      { at: hoursBefore(10), action: 'submitted', actorId: policy.authorId },
      {
        at: hoursBefore(6),
        action: 'rejected',
        actorId: legal2,
        comment: 'Customers must be asked again for the changed purpose: add it to the re-consent plan.',
      },
    ],
  }),
  /** Scheduled an hour before `factoryNow`: notice in 2 days, in effect in 10 (apply after `approved`). */
  scheduled: (policy) => ({
    ...policy,
    status: 'scheduled',
    version: policy.version + 1,
    effectiveAt: hoursBefore(-240),
    notice: {
      channels: ['email', 'site_banner'],
      sendAt: hoursBefore(-48),
      reconsentPurposes: ['personalized_recommendations'],
    },
    updatedAt: hoursBefore(1),
    history: [...policy.history, { at: hoursBefore(1), action: 'scheduled', actorId: policy.authorId }],
  }),
  /** In force since 30 days before `factoryNow`. */
  published: (policy) => ({
    ...policy,
    status: 'published',
    version: policy.version + 4,
    reviewerId: legal2,
    submittedAt: hoursBefore(50 * 24),
    approvedAt: hoursBefore(48 * 24),
    effectiveAt: hoursBefore(30 * 24),
    publishedAt: hoursBefore(30 * 24),
    notice: {
      channels: ['email', 'site_banner'],
      sendAt: hoursBefore(40 * 24),
      reconsentPurposes: ['personalized_recommendations'],
    },
    createdAt: hoursBefore(55 * 24),
    updatedAt: hoursBefore(30 * 24),
    history: [
      { at: hoursBefore(55 * 24), action: 'created', actorId: policy.authorId },
      { at: hoursBefore(50 * 24), action: 'submitted', actorId: policy.authorId },
      { at: hoursBefore(48 * 24), action: 'approved', actorId: legal2, comment: '' },
      { at: hoursBefore(47 * 24), action: 'scheduled', actorId: policy.authorId },
      { at: hoursBefore(30 * 24), action: 'published' },
    ],
  }),
  /** Published, then replaced 5 days before `factoryNow` (apply after `published`). */
  superseded: (policy) => ({
    ...policy,
    status: 'superseded',
    version: policy.version + 1,
    updatedAt: hoursBefore(5 * 24),
    history: [...policy.history, { at: hoursBefore(5 * 24), action: 'superseded' }],
  }),
  minor: (policy) => ({ ...policy, significant: false, changeCategories: [] }),
  markup: (policy) => ({
    ...policy,
    title: 'Update \u202Eevil\u202C <script>alert(1)</script>',
    summary: '<img src=x onerror=alert(1)> summary',
    body: '# Policy\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) <iframe src="https://evil.example"></iframe>\n',
  }),
});
