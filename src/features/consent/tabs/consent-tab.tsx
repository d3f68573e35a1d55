import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { describeError } from '@/shared/api/api-error';
import { serverNow } from '@/shared/api/server-time';
import { purposeIds, type Purpose } from '@/shared/contract/consent';
import { hasPermission } from '@/shared/contract/roles';
import { downloadJson } from '@/shared/lib/download';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { enumParam, intParam, readUrlState, useUrlState, type UrlValues } from '@/shared/lib/use-url-state';
import { useStaff } from '@/shared/session/use-session';
import { ErrorState } from '@/shared/ui/error-state';
import { SelectFilter } from '@/shared/ui/filters/select-filter';
import { pageSizeOptions, urlPaging } from '@/shared/ui/paged-table';
import { consentQueries } from '../api/queries';
import { fetchConsentReceipt } from '../api/requests';
import { ConsentTimeline } from '../components/consent-timeline';
import { loadUserAgentParser } from '../user-agent';
import { CurrentConsents } from '../components/current-consents';

// Loaded when someone starts recording a withdrawal.
const WithdrawalDialog = lazy(() =>
  import('../components/withdrawal-dialog').then((module) => ({ default: module.WithdrawalDialog })),
);

const consentUrlSpec = {
  purpose: enumParam(purposeIds),
  page: intParam(1),
  pageSize: intParam(25, { min: 1, max: Math.max(...pageSizeOptions) }),
};

type ConsentView = UrlValues<typeof consentUrlSpec>;

/** The timeline's query for a view: the page reads it, and prefetch starts it. */
function eventsQuery(accountId: string, view: ConsentView) {
  return consentQueries.events(accountId, {
    purposeId: view.purpose || undefined,
    page: view.page,
    pageSize: view.pageSize,
  });
}

/** `consent-receipt-acc_123-2026-11-25.json`, dated by server time. */
export function receiptFileName(accountId: string): string {
  return `consent-receipt-${accountId}-${new Date(serverNow()).toISOString().slice(0, 10)}.json`;
}

/**
 * An account's consent: the state per purpose now, every event behind it with the notice the
 * customer saw, and the two things staff may do — record a withdrawal the customer asked for
 * (never a grant) and export the receipt.
 */
export function ConsentTab() {
  const { id = '' } = useParams();
  const { roles } = useStaff();
  const [view, setView] = useUrlState(consentUrlSpec);
  const purposes = useQuery(consentQueries.purposes());
  const current = useQuery(consentQueries.current(id));
  const events = useQuery(eventsQuery(id, view));
  const [withdrawing, setWithdrawing] = useState(false);
  const [recorded, setRecorded] = useState<Purpose | null>(null);
  // After the dialog, focus lands on the confirmation: the button that opened it may be gone
  // (no optional purpose left to withdraw), and the confirmation is what the person looks for.
  const confirmation = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (recorded) confirmation.current?.focus();
  }, [recorded]);
  const receipt = useMutation({
    mutationFn: () => fetchConsentReceipt(id),
    onSuccess: (data) => {
      downloadJson(receiptFileName(id), data);
    },
  });

  if (purposes.isError) {
    return (
      <ErrorState
        error={purposes.error}
        title="The consent purposes could not be loaded"
        onRetry={() => {
          // Everything on the tab failed with it; one Retry brings the whole tab back.
          void purposes.refetch();
          void current.refetch();
          void events.refetch();
        }}
      />
    );
  }
  const purposeList = purposes.data ?? [];
  const withdrawable = purposeList.filter(
    (purpose) =>
      !purpose.required &&
      current.data?.some((c) => c.purposeId === purpose.id && c.state === 'granted') === true,
  );
  const canWithdraw = hasPermission(roles, 'consent.withdraw');
  const consentsLoading = purposes.isPending || current.isPending;
  const withdrawHint = current.isError
    ? 'The consents could not be loaded: use Retry below'
    : !consentsLoading && withdrawable.length === 0
      ? 'No optional purpose is granted'
      : null;
  const canExport = hasPermission(roles, 'consent.receipt');

  return (
    <Stack spacing={3}>
      <Box component="section" aria-labelledby="consent-now">
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1.5, gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h2" id="consent-now" sx={{ flexGrow: 1 }}>
            Consent now
          </Typography>
          {canExport ? (
            <Button
              variant="outlined"
              onClick={() => {
                receipt.mutate();
              }}
              disabled={receipt.isPending}
            >
              {receipt.isPending ? 'Preparing…' : 'Export receipt'}
            </Button>
          ) : null}
          {canWithdraw ? (
            <>
              {withdrawHint ? (
                <Typography id="withdraw-hint" variant="body2" sx={{ color: 'text.secondary' }}>
                  {withdrawHint}
                </Typography>
              ) : null}
              <Button
                variant="contained"
                // Until the consents are known, "nothing to withdraw" would be a guess.
                disabled={consentsLoading || current.isError || withdrawable.length === 0}
                aria-describedby={withdrawHint ? 'withdraw-hint' : undefined}
                startIcon={
                  consentsLoading ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined
                }
                onClick={() => {
                  setWithdrawing(true);
                }}
              >
                {consentsLoading ? 'Loading consents…' : 'Record withdrawal'}
              </Button>
            </>
          ) : null}
        </Stack>
        {/* A confirmation that stays until dismissed, next to the state it changed. */}
        {recorded ? (
          <Alert
            ref={confirmation}
            tabIndex={-1}
            severity="success"
            role="status"
            sx={{ mb: 1.5 }}
            onClose={() => {
              setRecorded(null);
            }}
          >
            Withdrawal of “{recorded.name}” recorded
          </Alert>
        ) : null}
        {receipt.isError ? (
          <Alert severity="error" role="alert" sx={{ mb: 1.5 }} onClose={() => receipt.reset()}>
            The receipt could not be exported. {describeError(receipt.error)}
          </Alert>
        ) : null}
        <CurrentConsents consents={current} purposes={purposeList} />
      </Box>
      <Box component="section" aria-labelledby="consent-history">
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1.5, gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="h2" id="consent-history" sx={{ flexGrow: 1 }}>
            History
          </Typography>
          <SelectFilter
            label="Purpose"
            anyLabel="All purposes"
            value={view.purpose}
            options={purposeList.map((purpose) => ({ value: purpose.id, label: purpose.name }))}
            onChange={(purpose) => {
              setView({ purpose });
            }}
            width={260}
          />
        </Stack>
        <ConsentTimeline
          events={events}
          purposes={purposeList}
          filtered={Boolean(view.purpose)}
          {...urlPaging(view, setView)}
        />
      </Box>
      {withdrawing ? (
        <Suspense fallback={null}>
          <WithdrawalDialog
            open
            accountId={id}
            purposes={withdrawable}
            onClose={() => {
              setWithdrawing(false);
            }}
            onRecorded={setRecorded}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
}

export { ConsentTab as Component };

export function prefetch({ queryClient, url, params }: PrefetchArgs): void {
  const id = params.id;
  if (!id) return;
  const view = readUrlState(consentUrlSpec, url.searchParams);
  const ignore = () => undefined;
  queryClient.query(consentQueries.purposes()).catch(ignore);
  queryClient.query(consentQueries.current(id)).catch(ignore);
  queryClient.query(eventsQuery(id, view)).catch(ignore);
  loadUserAgentParser().catch(ignore);
}
