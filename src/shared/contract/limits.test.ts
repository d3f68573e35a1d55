import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { lockAccountRequestSchema, revealRequestSchema, unlockAccountRequestSchema } from './accounts';
import { alertEscalateRequestSchema, alertNoteRequestSchema } from './alerts';
import { consentWithdrawalRequestSchema } from './consent';
import { createDisclosureRequestSchema } from './disclosures';
import {
  createIncidentRequestSchema,
  createNoticeRequestSchema,
  patchIncidentRequestSchema,
  regulatorReportRequestSchema,
} from './incidents';
import { textLimits, tooLongMessage, type TextLimitKind } from './limits';
import { approvePolicyRequestSchema, rejectPolicyRequestSchema, updatePolicyRequestSchema } from './policies';
import { noticeContent } from './contract-test-data';

/**
 * Every request body that carries a reason, title, note or other free text refuses more than its
 * limit after trimming (docs/api.md, General: "Lengths"), with a message naming the limit, so the
 * API's 400 and a form's own check say the same thing.
 */

interface LimitedField {
  name: string;
  schema: z.ZodMiniType;
  /** A valid body; `text` goes where the limited field is. */
  body(text: string): unknown;
  /** The issue's path, dotted. */
  path: string;
  kind: TextLimitKind;
  /** What the refusal says; absent: "Shorten the <kind> to <limit> characters or fewer". */
  message?: string;
}

const disclosure = {
  occurredAt: '2026-11-20T10:00:00.000Z',
  kind: 'transfer',
  recipientId: 'rcp_partner_eu',
  legalBasis: 'consent',
  purpose: 'Delivery tracking',
  dataCategories: ['identity'],
  accountIds: ['acc_000123'],
  subjectCount: 1,
  deidentified: false,
  encrypted: true,
  documents: [],
};

const fields: LimitedField[] = [
  {
    name: 'lock reason',
    schema: lockAccountRequestSchema,
    body: (reason) => ({ reason }),
    path: 'reason',
    kind: 'reason',
  },
  {
    name: 'unlock reason',
    schema: unlockAccountRequestSchema,
    body: (reason) => ({ reason }),
    path: 'reason',
    kind: 'reason',
  },
  {
    name: 'reveal reason',
    schema: revealRequestSchema,
    body: (reason) => ({ field: 'email', reason }),
    path: 'reason',
    kind: 'reason',
  },
  {
    name: 'withdrawal reason',
    schema: consentWithdrawalRequestSchema,
    body: (reason) => ({ purposeId: 'marketing_email', action: 'withdrawn', channel: 'phone', reason }),
    path: 'reason',
    kind: 'reason',
  },
  {
    name: 'escalation’s new incident title',
    schema: alertEscalateRequestSchema,
    body: (title) => ({ newIncident: { title, severity: 'high' } }),
    path: 'newIncident.title',
    kind: 'title',
  },
  {
    name: 'alert note',
    schema: alertNoteRequestSchema,
    body: (body) => ({ body }),
    path: 'body',
    kind: 'note',
    message: 'Keep the note under 5,000 characters',
  },
  {
    name: 'incident title (create)',
    schema: createIncidentRequestSchema,
    body: (title) => ({ title, severity: 'high' }),
    path: 'title',
    kind: 'title',
  },
  {
    name: 'incident title (edit)',
    schema: patchIncidentRequestSchema,
    body: (title) => ({ title }),
    path: 'title',
    kind: 'title',
  },
  {
    name: 'public notice reason',
    schema: createNoticeRequestSchema,
    body: (publicReason) => ({
      audience: 'public',
      channels: ['email'],
      content: noticeContent,
      publicReason,
    }),
    path: 'publicReason',
    kind: 'reason',
  },
  {
    name: 'late report reason',
    schema: regulatorReportRequestSchema,
    body: (lateReason) => ({
      authority: 'CNIL',
      submittedAt: '2026-11-28T10:00:00.000Z',
      reference: 'REF-1',
      contentSummary: 'Initial notification',
      lateReason,
    }),
    path: 'lateReason',
    kind: 'reason',
    message: tooLongMessage('reason', 'reason for the delay'),
  },
  {
    name: 'policy version title',
    schema: updatePolicyRequestSchema,
    body: (title) => ({ title, summary: '', body: '…', significant: false, changeCategories: [] }),
    path: 'title',
    kind: 'title',
  },
  {
    name: 'approval comment',
    schema: approvePolicyRequestSchema,
    body: (comment) => ({ comment }),
    path: 'comment',
    kind: 'note',
    message: tooLongMessage('note', 'comment'),
  },
  {
    name: 'rejection comment',
    schema: rejectPolicyRequestSchema,
    body: (comment) => ({ comment }),
    path: 'comment',
    kind: 'reason',
    message: tooLongMessage('reason', 'comment'),
  },
  {
    name: 'disclosure purpose',
    schema: createDisclosureRequestSchema,
    body: (purpose) => ({ ...disclosure, purpose }),
    path: 'purpose',
    kind: 'reason',
    message: tooLongMessage('reason', 'purpose'),
  },
  {
    name: 'disclosure request reference',
    schema: createDisclosureRequestSchema,
    body: (requestReference) => ({ ...disclosure, requestReference }),
    path: 'requestReference',
    kind: 'title',
    message: tooLongMessage('title', 'request reference'),
  },
  {
    name: 'disclosure document name',
    schema: createDisclosureRequestSchema,
    body: (name) => ({ ...disclosure, documents: [{ name, sha256: 'a'.repeat(64) }] }),
    path: 'documents.0.name',
    kind: 'title',
    message: tooLongMessage('title', 'document name'),
  },
];

function issuesOf(schema: z.ZodMiniType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('text limits of the request bodies', () => {
  it.each(fields)('$name: takes $kind-length text after trimming, refuses one character more', (field) => {
    const limit = textLimits[field.kind];
    expect(issuesOf(field.schema, field.body(`  ${'x'.repeat(limit)}\n`))).toEqual([]);
    expect(issuesOf(field.schema, field.body('x'.repeat(limit + 1)))).toContainEqual({
      path: field.path,
      message: field.message ?? tooLongMessage(field.kind, field.kind),
    });
  });

  it('says the limit in the message, in the project’s words', () => {
    expect(tooLongMessage('reason', 'reason')).toBe('Shorten the reason to 500 characters or fewer');
    expect(tooLongMessage('note', 'comment')).toBe('Shorten the comment to 5,000 characters or fewer');
  });
});
