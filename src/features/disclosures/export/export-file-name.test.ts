import { describe, expect, it } from 'vitest';
import { readUrlState } from '@/shared/lib/use-url-state';
import { ledgerUrlSpec } from '../ledger/ledger-view';
import { exportFileName } from './export-file-name';

const viewOf = (search: string) => readUrlState(ledgerUrlSpec, new URLSearchParams(search));

describe('exportFileName', () => {
  it('names the filters and the day, in safe characters', () => {
    expect(
      exportFileName({
        view: viewOf('recipientCategory=seller&legalBasis=consent'),
        searched: false,
        day: '2026-11-30',
      }),
    ).toBe('disclosures_seller_consent_2026-11-30.csv');
  });

  it('is just the ledger and the day without filters', () => {
    expect(exportFileName({ view: viewOf(''), searched: false, day: '2026-11-30' })).toBe(
      'disclosures_2026-11-30.csv',
    );
  });

  it('names a recipient by a slug of its name (40 characters at most), and every other filter by its code', () => {
    expect(
      exportFileName({
        view: viewOf(
          'recipientId=rcp_7&kind=public_disclosure&legalBasis=legal_obligation&crossBorder=yes&from=2026-01-01&to=2026-03-31',
        ),
        recipientName: 'Société Générale <img src=x onerror=alert(1)> / ../../etc',
        searched: true,
        day: '2026-11-30',
      }),
    ).toBe(
      'disclosures_societe-generale-img-src-x-onerror-alert_public-disclosure_legal-obligation_cross-border_from-2026-01-01_to-2026-03-31_search_2026-11-30.csv',
    );
  });

  it('never writes a character outside letters, digits, "-", "_" and "."', () => {
    const name = exportFileName({
      view: viewOf('recipientId=%E2%80%AEfdp.exe&crossBorder=no'),
      recipientName: '北京数据\u202Eexe.pdf',
      searched: false,
      day: '2026-11-30',
    });
    expect(name).toMatch(/^[a-z0-9_.-]+$/);
    expect(name).toContain('_domestic_');
  });
});
