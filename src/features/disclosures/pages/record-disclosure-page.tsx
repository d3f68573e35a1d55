import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { serverNow } from '@/shared/api/server-time';
import type { Disclosure } from '@/shared/contract/disclosures';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { paths } from '@/shared/lib/paths';
import { useStaff } from '@/shared/session/use-session';
import { ErrorState } from '@/shared/ui/error-state';
import { BackLink, PageHeader } from '@/shared/ui/page-header';
import { disclosureQueries } from '../api/queries';
import { loadDraft } from '../record/draft-storage';
import { toLocalInput } from '@/shared/lib/format';
import { emptyDisclosureForm, valuesFromDisclosure } from '../record/form-values';

// The form (react-hook-form, MUI's text fields, the rules) loads beside the page's heading and
// skeleton, and starts loading with the route's prefetch: the page's first paint stays within the
// first-page budget (decision 51).
const loadForm = () => import('../record/disclosure-form');
const DisclosureForm = lazy(() => loadForm().then((module) => ({ default: module.DisclosureForm })));

function FormSkeleton() {
  return (
    <>
      <Skeleton variant="rectangular" height={64} sx={{ mb: 2 }} />
      <Skeleton variant="rectangular" height={360} />
    </>
  );
}

function FormWithDraft({ corrects, entry }: { corrects: string; entry: Disclosure | undefined }) {
  const staff = useStaff();
  // Read once when the form opens: the draft this tab kept (a reload), or the starting values.
  const [start] = useState(() => {
    const blank = entry
      ? valuesFromDisclosure(entry)
      : { ...emptyDisclosureForm, occurredAt: toLocalInput(serverNow()) };
    const draft = loadDraft(staff.id, corrects);
    return { blank, draft };
  });
  return (
    <Suspense fallback={<FormSkeleton />}>
      <DisclosureForm
        initialValues={start.draft ?? start.blank}
        blankValues={start.blank}
        restored={start.draft !== null}
        correcting={entry}
      />
    </Suspense>
  );
}

/**
 * `/disclosures/new` (legal, privacy officer): record a disclosure; with `?corrects=<id>`, record a
 * correction of that entry, the form prefilled from it (`GET /disclosures/{id}`). On success the
 * new entry's page opens.
 */
export function RecordDisclosurePage() {
  const [params] = useSearchParams();
  const corrects = params.get('corrects') ?? '';
  const entry = useQuery({ ...disclosureQueries.detail(corrects), enabled: corrects !== '' });
  const title = corrects ? `Correct entry ${corrects}` : 'Record a disclosure';
  const back = corrects
    ? { label: `Entry ${corrects}`, to: paths.disclosure(corrects) }
    : { label: 'Disclosures', to: paths.disclosures() };
  return (
    <>
      <BackLink {...back} />
      <PageHeader
        title={title}
        subtitle="What personal data went to whom, when and on what basis. Entries are never edited: a mistake is corrected by a new entry."
      />
      {corrects === '' ? (
        <FormWithDraft key="new" corrects="" entry={undefined} />
      ) : entry.isError ? (
        <ErrorState
          error={entry.error}
          title={`Entry ${corrects} could not be loaded`}
          onRetry={() => {
            void entry.refetch();
          }}
        />
      ) : entry.data ? (
        <FormWithDraft key={corrects} corrects={corrects} entry={entry.data} />
      ) : (
        <FormSkeleton />
      )}
    </>
  );
}

export const Component = RecordDisclosurePage;

/** Starts reading the entry being corrected, and the recipients, while the page's code loads. */
export function prefetch({ queryClient, url }: PrefetchArgs): void {
  const corrects = url.searchParams.get('corrects');
  if (corrects) queryClient.query(disclosureQueries.detail(corrects)).catch(() => undefined);
  queryClient.query(disclosureQueries.recipients()).catch(() => undefined);
  loadForm().catch(() => undefined);
}
