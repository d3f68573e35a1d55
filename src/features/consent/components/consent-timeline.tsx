import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { Page } from '@/shared/contract/common';
import type { ConsentAction, ConsentEvent, Purpose } from '@/shared/contract/consent';
import { StaffName } from '@/shared/staff/staff-name';
import { EmptyState } from '@/shared/ui/empty-state';
import type { Column } from '@/shared/ui/list/column';
import { PagedTable } from '@/shared/ui/paged-table';
import { RelativeTime } from '@/shared/ui/relative-time';
import { StatusChip } from '@/shared/ui/status-chip';
import { stateTone } from '@/shared/ui/theme';
import { FoldedUserText } from '@/shared/ui/folded-user-text';
import { UserText } from '@/shared/ui/user-text';
import { consentChannelLabels, consentSourceLabels } from '../consent-labels';
import { describeUserAgent } from '../user-agent';

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

/**
 * The condensed agent ("Firefox 145 · Windows") as a disclosure button: pressing it (mouse or
 * keyboard) shows the full string below, pressing again folds it. An event made from no device
 * (recorded by staff) shows "—".
 */
function UserAgentCell({ userAgent }: { userAgent: string }) {
  const [open, setOpen] = useState(false);
  const summary = describeUserAgent(userAgent);
  if (summary === null) return <span aria-label="No user agent">—</span>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-start' }}>
      <Link
        component="button"
        type="button"
        variant="body2"
        aria-expanded={open}
        aria-label={`${summary}: ${open ? 'hide' : 'show'} the full user agent`}
        onClick={() => {
          setOpen((value) => !value);
        }}
        sx={{ whiteSpace: 'nowrap', textAlign: 'left', textDecorationStyle: 'dotted' }}
      >
        {summary}
      </Link>
      {open ? (
        <Box component="span" sx={{ fontSize: '0.8em', overflowWrap: 'anywhere', maxWidth: 260, mt: 0.5 }}>
          <UserText>{userAgent}</UserText>
        </Box>
      ) : null}
    </Box>
  );
}

/**
 * What the customer was shown, folded to one line; a staff-recorded withdrawal showed the
 * customer nothing, so it says so and gives the reason staff wrote down instead.
 */
function NoticeCell({ event }: { event: ConsentEvent }) {
  if (event.recordedBy !== undefined) {
    return (
      <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, minWidth: 0, maxWidth: '100%' }}>
        <Box component="span" sx={{ color: 'text.secondary', flexShrink: 0 }}>
          None shown · reason:
        </Box>
        {event.reason ? <FoldedUserText what="the reason">{event.reason}</FoldedUserText> : '—'}
      </Box>
    );
  }
  if (event.noticeText === '') return <>—</>;
  // Plain text, never HTML: it is shown exactly as the customer saw it.
  return (
    <FoldedUserText what="the notice" foldAfter={40}>
      {event.noticeText}
    </FoldedUserText>
  );
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
      render: (event) => `${consentSourceLabels[event.source]} · ${consentChannelLabels[event.channel]}`,
    },
    { id: 'policy', header: 'Policy', render: (event) => event.policyVersion },
    { id: 'ip', header: 'IP address', render: (event) => (event.ip === '' ? '—' : <code>{event.ip}</code>) },
    { id: 'agent', header: 'User agent', render: (event) => <UserAgentCell userAgent={event.userAgent} /> },
    {
      id: 'recordedBy',
      header: 'Recorded by',
      render: (event) => (event.recordedBy ? <StaffName id={event.recordedBy} /> : 'The customer'),
    },
    {
      id: 'notice',
      header: 'Notice shown',
      width: '30%',
      render: (event) => <NoticeCell event={event} />,
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
