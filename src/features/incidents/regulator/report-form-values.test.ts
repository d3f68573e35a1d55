import { describe, expect, it } from 'vitest';
import { toLocalInput } from '@/shared/lib/format';
import { lateReasonNeeded, reportRequestOf } from './report-form-values';

const deadline = '2026-11-28T10:00:00.000Z';
const incident = { regulatorDeadlineAt: deadline };
const at = (ms: number) => ({ submittedAt: toLocalInput(ms) });

describe('when a regulator report needs a reason for the delay', () => {
  it('is needed once the deadline has passed by server time, whatever the report says', () => {
    expect(lateReasonNeeded(incident, at(Date.parse(deadline) - 60_000), true)).toBe(true);
  });

  it('is needed when the report was submitted after the deadline, not at it', () => {
    expect(lateReasonNeeded(incident, at(Date.parse(deadline)), false)).toBe(false);
    expect(lateReasonNeeded(incident, at(Date.parse(deadline) + 60_000), false)).toBe(true);
  });

  it('is sent only when needed, the texts trimmed and the time in UTC', () => {
    const values = {
      authority: ' DPA ',
      reference: ' R-1 ',
      contentSummary: ' What happened ',
      lateReason: ' Late ',
      ...at(Date.parse(deadline) - 60_000),
    };
    expect(reportRequestOf(incident, values, false)).toEqual({
      authority: 'DPA',
      reference: 'R-1',
      contentSummary: 'What happened',
      submittedAt: '2026-11-28T09:59:00.000Z',
    });
    expect(reportRequestOf(incident, values, true)).toHaveProperty('lateReason', 'Late');
  });
});
