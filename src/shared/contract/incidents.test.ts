import { describe, expect, it } from 'vitest';
import {
  canMoveIncident,
  incidentClosingProblems,
  noticeAudienceProblems,
  createIncidentRequestSchema,
  createNoticeRequestSchema,
  incidentSchema,
  missingNoticeParts,
  noticeDraftSchema,
  notificationBatchSchema,
  patchIncidentRequestSchema,
  regulatorReportIsLate,
  regulatorReportRequestSchema,
} from './incidents';
import { without, issuePaths, incident, noticeContent } from './contract-test-data';

describe('incidents', () => {
  it('parses an incident, a notice draft and a notification batch', () => {
    expect(incidentSchema.parse(incident).regulatorDeadlineAt).toBe('2026-11-27T23:00:00.000Z');
    expect(issuePaths(incidentSchema, { ...incident, status: 'resolved' })).toEqual(['status']);
    expect(issuePaths(incidentSchema, without(incident, 'awareAt'))).toEqual(['awareAt']);
    expect(
      noticeDraftSchema.parse({
        id: 'ntc_1',
        version: 1,
        status: 'draft',
        audience: 'all_affected',
        channels: ['email', 'push'],
        content: { ...noticeContent, remedies: '' },
        authorId: 'stf_analyst1',
      }).status,
    ).toBe('draft');
    expect(
      notificationBatchSchema.parse({
        id: 'bat_1',
        noticeId: 'ntc_1',
        status: 'sending',
        total: 2000,
        sent: 800,
        delivered: 760,
        failed: 3,
        startedAt: '2026-11-25T10:00:00.000Z',
        byChannel: [{ channel: 'email', sent: 800, delivered: 760, failed: 3 }],
      }).finishedAt,
    ).toBeUndefined();
    expect(
      notificationBatchSchema.safeParse({
        id: 'bat_1',
        noticeId: 'ntc_1',
        status: 'paused',
        total: 1,
        sent: 0,
        delivered: 0,
        failed: 0,
        startedAt: '2026-11-25T10:00:00.000Z',
        byChannel: [],
      }).success,
    ).toBe(false);
  });

  it('validates create and patch bodies', () => {
    expect(
      createIncidentRequestSchema.safeParse({
        title: 'Takeover wave',
        severity: 'high',
        linkedAlertIds: ['alr_004711'],
      }).success,
    ).toBe(true);
    expect(issuePaths(createIncidentRequestSchema, { title: 'Takeover wave' })).toEqual(['severity']);
    expect(
      patchIncidentRequestSchema.safeParse({ status: 'notifying', measuresTaken: 'Passwords reset' }).success,
    ).toBe(true);
    expect(patchIncidentRequestSchema.safeParse({}).success).toBe(false);
  });

  it('needs a reason for a public announcement and accounts for a named audience', () => {
    expect(
      createNoticeRequestSchema.safeParse({
        audience: 'all_affected',
        channels: ['email'],
        content: noticeContent,
      }).success,
    ).toBe(true);
    expect(
      issuePaths(createNoticeRequestSchema, {
        audience: 'public',
        channels: ['public_announcement'],
        content: noticeContent,
      }),
    ).toEqual(['publicReason']);
    expect(
      createNoticeRequestSchema.safeParse({
        audience: 'public',
        channels: ['public_announcement'],
        content: noticeContent,
        publicReason: 'Contact details of most affected customers are unknown',
      }).success,
    ).toBe(true);
    expect(
      issuePaths(createNoticeRequestSchema, {
        audience: 'account_ids',
        accountIds: [],
        channels: ['email'],
        content: noticeContent,
      }),
    ).toEqual(['accountIds']);
    expect(
      issuePaths(createNoticeRequestSchema, {
        audience: 'all_affected',
        channels: [],
        content: noticeContent,
      }),
    ).toEqual(['channels']);
  });

  it('names the notice parts still missing before approval', () => {
    expect(missingNoticeParts(noticeContent)).toEqual([]);
    expect(missingNoticeParts({ ...noticeContent, remedies: ' ', contact: '' })).toEqual([
      'remedies',
      'contact',
    ]);
  });

  it('validates a regulator report and tells when it is late', () => {
    const report = {
      authority: 'CAC Shanghai',
      submittedAt: '2026-11-26T10:00:00.000Z',
      reference: 'CAC-2026-0042',
      contentSummary: 'Initial report',
    };
    expect(regulatorReportRequestSchema.safeParse(report).success).toBe(true);
    expect(issuePaths(regulatorReportRequestSchema, { ...report, reference: '' })).toEqual(['reference']);
    expect(regulatorReportIsLate(incident, report.submittedAt)).toBe(false);
    expect(regulatorReportIsLate(incident, '2026-11-28T00:00:00.000Z')).toBe(true);
  });
});

describe('incident status machine and closing (API.md, Security incidents)', () => {
  it('allows the forward moves, straight to monitoring, and reopening an assessment only', () => {
    expect(canMoveIncident('open', 'assessing')).toBe(true);
    expect(canMoveIncident('assessing', 'notifying')).toBe(true);
    expect(canMoveIncident('notifying', 'monitoring')).toBe(true);
    expect(canMoveIncident('monitoring', 'closed')).toBe(true);
    expect(canMoveIncident('open', 'monitoring')).toBe(true);
    expect(canMoveIncident('assessing', 'monitoring')).toBe(true);
    expect(canMoveIncident('monitoring', 'assessing')).toBe(true);
    expect(canMoveIncident('open', 'notifying')).toBe(false);
    expect(canMoveIncident('open', 'closed')).toBe(false);
    expect(canMoveIncident('notifying', 'assessing')).toBe(false);
    expect(canMoveIncident('closed', 'assessing')).toBe(false);
  });

  it('names each thing missing before closing', () => {
    const problems = incidentClosingProblems(
      { status: 'monitoring' },
      [
        { id: 'ntc_a', status: 'approved' },
        { id: 'ntc_b', status: 'sent' },
        { id: 'ntc_c', status: 'draft' },
      ],
      [{ id: 'bat_b', noticeId: 'ntc_b', status: 'sending' }],
    );
    expect(problems.map((problem) => problem.kind)).toEqual(['regulator', 'notice-unsent', 'batch-sending']);
    expect(problems[1]?.message).toContain('ntc_a');
    expect(problems[2]?.message).toContain('bat_b');
  });

  it('lets an incident close with a filed report or a decision not to report, and finished batches', () => {
    expect(
      incidentClosingProblems(
        {
          status: 'monitoring',
          regulatorDecision: { report: false, reason: 'No personal data left the company' },
        },
        [{ id: 'ntc_b', status: 'sent' }],
        [{ id: 'bat_b', noticeId: 'ntc_b', status: 'failed' }],
      ),
    ).toEqual([]);
  });

  it('holds the audience rules of a notice: public needs a reason, named accounts need ids', () => {
    expect(noticeAudienceProblems({ audience: 'all_affected', channels: ['email'] })).toEqual([]);
    expect(
      noticeAudienceProblems({
        audience: 'all_affected',
        channels: ['public_announcement'],
        publicReason: '  ',
      }),
    ).toEqual([
      { field: 'publicReason', message: 'Say why notifying each person individually is impractical' },
    ]);
    expect(
      noticeAudienceProblems({ audience: 'account_ids', channels: ['email'], accountIds: [] })[0]?.field,
    ).toBe('accountIds');
  });
});
