import { describe, expect, it } from 'vitest';
import { noticeFormErrors, noticeFormValues, toCreateRequest, toPatchRequest } from './notice-form-values';
import { sendQuestion } from './notice-words';

const incident = { affectedAccountCount: 12_480 };

describe('the notice form', () => {
  it('sends the channels in the contract’s order, the ids once each, and the reason only when announcing publicly', () => {
    const values = {
      ...noticeFormValues(),
      audience: 'account_ids' as const,
      accountIdsText: 'acc_b2;acc_a1\nacc_b2',
      channels: ['push' as const, 'email' as const],
      publicReason: 'Left over from an earlier choice',
    };
    expect(toCreateRequest(values)).toEqual({
      audience: 'account_ids',
      accountIds: ['acc_b2', 'acc_a1'],
      channels: ['email', 'push'],
      content: values.content,
    });
    // An edit clears a reason the draft no longer needs.
    expect(toPatchRequest(values).publicReason).toBe('');
    expect(toCreateRequest({ ...values, audience: 'public' })).toMatchObject({
      audience: 'public',
      publicReason: 'Left over from an earlier choice',
    });
  });

  it('refuses what the API would refuse, and lets parts stay empty in a draft', () => {
    expect(noticeFormErrors(noticeFormValues())).toEqual({});
    expect(noticeFormErrors({ ...noticeFormValues(), channels: [] })).toEqual({
      channels: 'Choose at least one channel',
    });
    expect(
      noticeFormErrors({
        ...noticeFormValues(),
        channels: ['email', 'public_announcement'],
        publicReason: '  ',
      }),
    ).toEqual({
      publicReason: 'Say why notifying each person individually is impractical',
    });
    expect(noticeFormErrors({ ...noticeFormValues(), audience: 'account_ids' })).toEqual({
      accountIdsText: 'Name the accounts to notify',
    });
    expect(
      noticeFormErrors({ ...noticeFormValues(), audience: 'public', publicReason: 'x'.repeat(501) })
        .publicReason,
    ).toBe('Shorten the reason to 500 characters or fewer');
    const long = noticeFormValues();
    long.content = { ...long.content, remedies: 'x'.repeat(5001) };
    expect(noticeFormErrors(long)).toEqual({
      'content.remedies': 'Shorten the remedies to 5,000 characters or fewer',
    });
  });
});

describe('the send confirmation', () => {
  it('restates the audience size and the channels', () => {
    expect(sendQuestion({ audience: 'all_affected', channels: ['email', 'push'] }, incident)).toBe(
      'Send to 12,480 affected accounts by email and push notification?',
    );
    expect(
      sendQuestion(
        { audience: 'account_ids', accountIds: ['acc_a1'], channels: ['letter', 'phone', 'email'] },
        incident,
      ),
    ).toBe('Send to 1 named account by letter, phone call and email?');
    expect(sendQuestion({ audience: 'public', channels: ['public_announcement'] }, incident)).toBe(
      'Publish this notice as a public announcement?',
    );
  });
});
