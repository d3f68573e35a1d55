import Box from '@mui/material/Box';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Page } from '@/shared/contract/common';
import type { ConsentAction, ConsentEvent, Purpose } from '@/shared/contract/consent';
import { StaffName } from '@/shared/staff/staff-name';
import { EmptyState } from '@/shared/ui/empty-state';
import type { Column } from '@/shared/ui/list/column';
import { PagedTable } from '@/shared/ui/paged-table';
import { RelativeTime } from '@/shared/ui/relative-time';
import { StatusChip } from '@/shared/ui/status-chip';
import { stateTone } from '@/shared/ui/theme';
import { UserText } from '@/shared/ui/user-text';

const actionLabels: Record<ConsentAction, string> = {
  granted: 'Granted',
  withdrawn: 'Withdrawn',
  reconsent_requested: 'Re-consent requested',
  expired: 'Expired',
};

interface ConsentTimelineProps {
  events: UseQueryResult<Page<ConsentEvent>>;
  purposes: readonly Purpose[];
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  filtered: boolean;
}

/** Every consent event, newest first, with the notice the customer was shown, verbatim. */
export function ConsentTimeline({ events, purposes, filtered, ...paging }: ConsentTimelineProps) {
  const purposeName = (id: string) => purposes.find((purpose) => purpose.id === id)?.name ?? id;
  const columns: Column<ConsentEvent>[] = [
    { id: 'at', header: 'When', render: (event) => <RelativeTime value={event.at} /> },
    { id: 'purpose', header: 'Purpose', render: (event) => purposeName(event.purposeId) },
    {
      id: 'action',
      header: 'Action',
      render: (event) => <StatusChip label={actionLabels[event.action]} tone={stateTone[event.action]} />,
    },
    {
      id: 'source',
      header: 'Source · channel',
      render: (event) => `${event.source.replaceAll('_', ' ')} · ${event.channel}`,
    },
    { id: 'policy', header: 'Policy', render: (event) => event.policyVersion },
    { id: 'ip', header: 'IP address', render: (event) => <code>{event.ip}</code> },
    {
      id: 'agent',
      header: 'User agent',
      render: (event) => (
        <Box component="span" sx={{ fontSize: '0.8em', wordBreak: 'break-word' }}>
          <UserText>{event.userAgent}</UserText>
        </Box>
      ),
      width: 220,
    },
    {
      id: 'recordedBy',
      header: 'Recorded by',
      render: (event) => (event.recordedBy ? <StaffName id={event.recordedBy} /> : 'The customer'),
    },
    {
      id: 'notice',
      header: 'Notice shown',
      width: 280,
      render: (event) => (
        // Plain text, never HTML: it is shown exactly as the customer saw it.
        <details>
          <summary>Show the notice</summary>
          <Box component="p" sx={{ whiteSpace: 'pre-wrap', m: 0, mt: 1 }}>
            <UserText>{event.noticeText}</UserText>
          </Box>
        </details>
      ),
    },
  ];
  return (
    <PagedTable
      label="Consent events"
      columns={columns}
      query={events}
      rowKey={(event) => event.id}
      {...paging}
      empty={
        <EmptyState
          title={filtered ? 'No consent events for this purpose' : 'No consent events recorded'}
          hint={
            filtered
              ? 'Choose another purpose or show all.'
              : 'The customer has not been asked for any consent yet.'
          }
        />
      }
    />
  );
}
