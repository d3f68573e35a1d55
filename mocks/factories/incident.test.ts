import { describe, expect, it } from 'vitest';
import {
  incidentClosingProblems,
  missingNoticeParts,
  noticeAudienceProblems,
  regulatorClockRunning,
  regulatorReportIsLate,
} from '@/shared/contract/incidents';
import { factoryNow } from './factory';
import {
  batchFactory,
  hostileText,
  incidentFactory,
  noticeFactory,
  regulatorReportFactory,
} from './incident';

const now = Date.parse(factoryNow);

describe('incident factories', () => {
  it('put the regulator deadline before, at and after factoryNow', () => {
    expect(Date.parse(incidentFactory.trait('dueSoon').build().regulatorDeadlineAt) - now).toBe(
      4 * 3_600_000,
    );
    expect(Date.parse(incidentFactory.trait('atDeadline').build().regulatorDeadlineAt)).toBe(now);
    expect(Date.parse(incidentFactory.trait('overdue').build().regulatorDeadlineAt)).toBeLessThan(now);
  });

  it('record a report in time, a late one with its reason, or the decision not to report', () => {
    const reported = incidentFactory.trait('monitoring', 'reported').build();
    expect(regulatorClockRunning(reported)).toBe(false);
    expect(regulatorReportIsLate(reported, reported.regulatorReport?.submittedAt ?? '')).toBe(false);
    const late = incidentFactory.trait('reportedLate').build();
    expect(regulatorReportIsLate(late, late.regulatorReport?.submittedAt ?? '')).toBe(true);
    expect(late.regulatorReport?.lateReason).toBeTruthy();
    const decided = incidentFactory.trait('monitoring', 'notReported').build();
    expect(incidentClosingProblems(decided, [], [])).toEqual([]);
    expect(regulatorReportFactory.trait('late').build().lateReason).toBeTruthy();
  });

  it('build notices that keep four-eyes and the audience rules', () => {
    const draft = noticeFactory.build();
    expect(missingNoticeParts(draft.content)).toEqual([]);
    expect(missingNoticeParts(noticeFactory.trait('incomplete').build().content)).toEqual([
      'userSuggestions',
      'remedies',
    ]);
    const approved = noticeFactory.trait('approved').build();
    expect(approved.approverId).not.toBe(approved.authorId);
    const sent = noticeFactory.trait('sent').build();
    expect(sent).toMatchObject({ status: 'sent', batchId: sent.id.replace('ntc_', 'nbt_') });
    expect(noticeAudienceProblems(noticeFactory.trait('public').build())).toEqual([]);
    expect(noticeAudienceProblems(noticeFactory.trait('namedAccounts').build())).toEqual([]);
  });

  it('build batches whose counts add up: mid-send, queued, large, completed, failed', () => {
    for (const batch of [
      batchFactory.build(),
      batchFactory.trait('queued').build(),
      batchFactory.trait('large').build(),
      batchFactory.trait('completed').build(),
      batchFactory.trait('failed').build(),
    ]) {
      expect(batch.sent).toBe(batch.byChannel.reduce((sum, row) => sum + row.sent, 0));
      expect(batch.delivered + batch.failed).toBeLessThanOrEqual(batch.sent);
    }
    expect(batchFactory.build().status).toBe('sending');
    expect(batchFactory.trait('queued').build().status).toBe('queued');
    expect(batchFactory.trait('large').build()).toMatchObject({ status: 'sending', total: 100_000 });
    const completed = batchFactory.trait('completed').build();
    expect(completed).toMatchObject({ status: 'completed', sent: 2_400 });
    expect(completed.failures?.length).toBeGreaterThan(0);
    expect(batchFactory.trait('failed').build()).toMatchObject({
      status: 'failed',
      failureDetail: expect.any(String) as string,
    });
  });

  it('carry hostile text in every free-text field on demand', () => {
    const incident = incidentFactory.trait('hostile').build();
    expect([incident.nature, incident.cause, incident.likelyConsequences, incident.measuresTaken]).toEqual(
      Array(4).fill(hostileText),
    );
    expect(Object.values(noticeFactory.trait('hostile').build().content)).toEqual(Array(5).fill(hostileText));
    expect(regulatorReportFactory.trait('hostile').build().contentSummary).toBe(hostileText);
  });
});
