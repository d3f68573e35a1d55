import { describe, expect, it } from 'vitest';
import { inquiryPageSchema, inquiryReplyRequestSchema, patchInquiryRequestSchema } from './inquiries';
import { issuePaths } from './contract-test-data';

describe('inquiries', () => {
  const inquiry = {
    id: 'inq_000077',
    version: 1,
    accountId: 'acc_000123',
    email: 'j***@example.com',
    kind: 'deletion',
    channel: 'web_form',
    receivedAt: '2026-11-20T08:00:00.000Z',
    dueAt: '2026-12-05T08:00:00.000Z',
    status: 'open',
    subject: 'Please delete my account',
    body: 'I no longer use the shop.',
    replies: [
      { at: '2026-11-21T09:00:00.000Z', authorId: 'stf_support1', body: 'We have received your request.' },
    ],
  };

  it('parses a page and refuses an unknown kind', () => {
    expect(
      inquiryPageSchema.parse({
        items: [inquiry, { ...inquiry, id: 'inq_000078', accountId: undefined }],
        page: 1,
        pageSize: 50,
        total: 2,
      }).items,
    ).toHaveLength(2);
    expect(
      issuePaths(inquiryPageSchema, {
        items: [{ ...inquiry, kind: 'refund' }],
        page: 1,
        pageSize: 50,
        total: 1,
      }),
    ).toEqual(['items.0.kind']);
  });

  it('validates the patch and reply bodies', () => {
    expect(patchInquiryRequestSchema.safeParse({ assigneeId: null }).success).toBe(true);
    expect(
      patchInquiryRequestSchema.safeParse({ status: 'answered', assigneeId: 'stf_support1' }).success,
    ).toBe(true);
    expect(issuePaths(patchInquiryRequestSchema, { status: 'pending' })).toEqual(['status']);
    expect(issuePaths(inquiryReplyRequestSchema, { body: '' })).toEqual(['body']);
  });
});
