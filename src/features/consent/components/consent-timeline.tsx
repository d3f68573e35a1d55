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
import { describeUserAgent, useUserAgentParser } from '../user-agent';

const actionLabels: Record<ConsentAction, string> = {
  granted: 'Granted',
  withdrawn: 'Withdrawn',
  reconsent_requested: 'Re-consent asked',
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
 * Where the event came from, condensed: the agent as "Firefox 145 · Windows", a disclosure button
 * that shows the IP address (masked as served) and the full agent string below when pressed
 * (mouse or keyboard), and folds them again. An event made from no device (recorded by staff, or
 * by the system) shows "—".
 */
function DeviceCell({ userAgent, ip }: { userAgent: string; ip: string }) {
  const [open, setOpen] = useState(false);
  const parse = useUserAgentParser();
  // Until the parser's chunk is here (it starts with the route): a plain label, same control.
  const summary = parse ? describeUserAgent(userAgent, parse) : userAgent.trim() === '' ? null : 'Device';
  if (summary === null) return ip === '' ? <span aria-label="No device">—</span> : <code>{ip}</code>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-start' }}>
      <Link
        component="button"
        type="button"
        variant="body2"
        aria-expanded={open}
        aria-label={`${summary}: ${open ? 'hide' : 'show'} the IP address and full user agent`}
        onClick={() => {
          setOpen((value) => !value);
        }}
        sx={{ whiteSpace: 'nowrap', textAlign: 'left', textDecorationStyle: 'dotted', fontSize: 'inherit' }}
      >
        {summary}
      </Link>
      {open ? (
        <Box
          component="span"
          sx={{ fontSize: '0.8em', overflowWrap: 'anywhere', whiteSpace: 'normal', maxWidth: 260, mt: 0.5 }}
        >
          {ip === '' ? null : (
            <>
              IP <code>{ip}</code>
              <br />
            </>
          )}
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
    const lead = (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        No notice shown · <StaffName id={event.recordedBy} />
        {event.reason ? ': ' : ''}
      </Box>
    );
    return (
      <FoldedUserText what="the staff record" lead={lead} foldAfter={20}>
        {event.reason ?? ''}
      </FoldedUserText>
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

/** Below this width (px) of the history's box, the device column collapses. */
const narrowTableWidth = 900;
/** The device column's position among the columns (1-based), for collapsing it. */
const deviceColumn = 5;

/** Every consent event, newest first, with the notice the customer was shown, verbatim. */
export function ConsentTimeline({ events, purposes, filtered, ...paging }: ConsentTimelineProps) {
  const purposeName = (id: string) => purposes.find((purpose) => purpose.id === id)?.name ?? id;
  const columns: Column<ConsentEvent>[] = [
    { id: 'at', header: 'When', render: (event) => <RelativeTime value={event.at} /> },
    {
      id: 'purpose',
      header: 'Purpose',
      render: (event) => (
        <Box
          component="span"
          className="consent-purpose"
          title={purposeName(event.purposeId)}
          sx={{ display: 'block', maxWidth: 140, overflow: 'hidden', textOverflow: 'ellipsis' }}
        >
          {purposeName(event.purposeId)}
        </Box>
      ),
    },
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
    {
      id: 'device',
      header: 'Device',
      render: (event) => <DeviceCell userAgent={event.userAgent} ip={event.ip} />,
    },
    {
      id: 'notice',
      // Who recorded a staff withdrawal is said here, with its reason: the customer's own events
      // need no "recorded by", and one column fewer keeps every column on a 1280-px screen.
      header: 'Policy · notice shown',
      render: (event) => (
        <Box
          component="span"
          sx={{ display: 'inline-flex', alignItems: 'baseline', gap: 0.5, minWidth: 0, maxWidth: '100%' }}
        >
          <Box component="span" sx={{ flexShrink: 0 }}>
            {event.policyVersion} ·
          </Box>
          <NoticeCell event={event} />
        </Box>
      ),
    },
  ];
  return (
    // Dense, one-line rows: short cells never wrap, the notice takes what is left and folds.
    <Box
      sx={{
        containerType: 'inline-size',
        '& .MuiTableCell-root': { px: 0.75, whiteSpace: 'nowrap', fontSize: '0.8125rem' },
        '& tr > :last-child': { whiteSpace: 'normal', minWidth: 200 },
        // On a narrow screen (1024 px) the device, the lowest-priority column, collapses (the
        // receipt still has it) so that every other column stays on screen.
        [`@container (max-width: ${String(narrowTableWidth)}px)`]: {
          [`& tr > :nth-of-type(${String(deviceColumn)})`]: { display: 'none' },
          '& tr > :last-child': { minWidth: 150 },
          '& .consent-purpose': { maxWidth: 120 },
        },
      }}
    >
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
    </Box>
  );
}
