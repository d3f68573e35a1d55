import { describe, expect, it } from 'vitest';
import type { Incident } from '@/shared/contract/incidents';
import { incidentFactory } from '@mocks/factories/incident';
import {
  changedFacts,
  factsFormProblems,
  factsFormValuesOf,
  type FactsFormValues,
} from './facts-form-values';

const incident: Incident = incidentFactory.build();
const values = (changes: Partial<FactsFormValues>): FactsFormValues => ({
  ...factsFormValuesOf(incident),
  ...changes,
});
const ids = (n: number) => Array.from({ length: n }, (_, index) => `acc_x${String(index)}`).join('\n');

describe('reading the facts form', () => {
  it('sends only what differs from the version it was opened on, texts trimmed', () => {
    expect(changedFacts(incident, values({}))).toEqual({});
    expect(changedFacts(incident, values({ nature: `  ${incident.nature}  ` }))).toEqual({});
    expect(
      changedFacts(
        incident,
        values({ cause: ' Reused passwords ', severity: 'critical', affectedAccountCount: '9' }),
      ),
    ).toEqual({ cause: 'Reused passwords', severity: 'critical', affectedAccountCount: 9 });
    expect(
      changedFacts(incident, values({ affectedAccountIds: incident.affectedAccountIds.join(', ') })),
    ).toEqual({});
  });

  it('takes up to 1,000 listed accounts and a count at least as large', () => {
    expect(
      factsFormProblems(values({ affectedAccountIds: ids(1000), affectedAccountCount: '1000' })),
    ).toEqual({});
    expect(
      factsFormProblems(values({ affectedAccountIds: ids(1001), affectedAccountCount: '5000' })),
    ).toEqual({
      affectedAccountIds: 'List at most 1,000 accounts (1,001 listed); the count can say more',
    });
    expect(factsFormProblems(values({ affectedAccountIds: ids(4), affectedAccountCount: '3' }))).toEqual({
      affectedAccountCount: 'At least the 4 listed accounts are affected',
    });
    expect(factsFormProblems(values({ affectedAccountCount: '2.5' }))).toHaveProperty('affectedAccountCount');
  });

  it('refuses an empty title and texts over their limits', () => {
    const problems = factsFormProblems(
      values({ title: '  ', nature: 'x'.repeat(5001), dataCategories: ['y'.repeat(201)] }),
    );
    expect(problems.title).toBe('Give the incident a title');
    expect(problems.nature).toMatch(/5,000/);
    expect(problems.dataCategories).toMatch(/200/);
  });
});
