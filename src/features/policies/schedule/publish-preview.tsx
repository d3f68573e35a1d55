import MuiAlert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Purpose, PurposeId } from '@/shared/contract/consent';
import {
  policyNoticeChannels,
  type PolicyNoticeChannel,
  type PolicyVersion,
} from '@/shared/contract/policies';
import { paths } from '@/shared/lib/paths';
import { ErrorState } from '@/shared/ui/error-state';
import { UserText } from '@/shared/ui/user-text';
import { policyQueries } from '../api/queries';
import { noticeText } from './notice-text';
import { channelReach, formatCount } from './reach';
import { policyNoticeChannelLabels } from '../policy-labels';

interface PublishPreviewProps {
  version: PolicyVersion;
  /** The channels chosen so far, in any order. */
  channels: readonly PolicyNoticeChannel[];
  /** The re-consent purposes chosen so far. */
  reconsentPurposes: readonly PurposeId[];
  /** `GET /consent/purposes`, for names and what is new in this version. */
  purposes: readonly Purpose[];
}

/**
 * What publishing `version` with the plan as it stands will do (`GET /policies/{id}/publish-
 * preview`, API.md "Policy versions"): the version it supersedes (a link), how many accounts each
 * chosen re-consent purpose will ask, whom each chosen channel reaches, and the banner and email
 * text customers will read (`noticeText`, from the summary and the change categories, shown as
 * plain text). Loading, error with Retry.
 */
export function PublishPreviewPanel({ version, channels, reconsentPurposes, purposes }: PublishPreviewProps) {
  const headingId = useId();
  const preview = useQuery(policyQueries.publishPreview(version.id));
  const supersedes = preview.data?.supersedes ?? null;
  const replaced = useQuery({ ...policyQueries.detail(supersedes ?? ''), enabled: supersedes !== null });
  const text = noticeText(version);
  const chosenChannels = policyNoticeChannels.filter((channel) => channels.includes(channel));
  const nameOf = (id: PurposeId) => purposes.find((purpose) => purpose.id === id)?.name ?? id;
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      <Typography id={headingId} variant="h2" sx={{ fontSize: '1.1rem' }}>
        Publish preview
      </Typography>
      {preview.isError ? (
        <ErrorState
          error={preview.error}
          title="The reach could not be counted"
          onRetry={() => {
            void preview.refetch();
          }}
        />
      ) : !preview.data ? (
        <Skeleton variant="rectangular" height={120} aria-label="Counting the reach" />
      ) : (
        <>
          <Typography variant="body2">
            {supersedes === null ? (
              'No version is in force now: this one will be the first.'
            ) : (
              <>
                Replaces the version in force,{' '}
                <Link component={RouterLink} to={paths.policy(supersedes)}>
                  {replaced.data ? (
                    <>
                      {replaced.data.label} <UserText>{replaced.data.title}</UserText>
                    </>
                  ) : (
                    supersedes
                  )}
                </Link>
                , which becomes superseded when this one takes effect.
              </>
            )}
          </Typography>
          <Box>
            <Typography variant="subtitle2" component="h3">
              Customers asked to opt in again
            </Typography>
            {reconsentPurposes.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                No re-consent purpose chosen: nobody is asked again.
              </Typography>
            ) : (
              <Table size="small" aria-label="Accounts asked per purpose">
                <TableHead>
                  <TableRow>
                    <TableCell>Purpose</TableCell>
                    <TableCell align="right">Accounts asked</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {preview.data.reconsent
                    .filter((entry) => reconsentPurposes.includes(entry.purposeId))
                    .map((entry) => (
                      <TableRow key={entry.purposeId}>
                        <TableCell component="th" scope="row">
                          {nameOf(entry.purposeId)}
                        </TableCell>
                        <TableCell align="right">{formatCount(entry.accountsToAsk)}</TableCell>
                      </TableRow>
                    ))}
                </TableBody>
              </Table>
            )}
          </Box>
          <Box>
            <Typography variant="subtitle2" component="h3">
              Who the notice reaches
            </Typography>
            {chosenChannels.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                No channel chosen yet.
              </Typography>
            ) : (
              <Box component="ul" aria-label="Reach per channel" sx={{ m: 0, pl: 2 }}>
                {chosenChannels.map((channel) => (
                  <li key={channel}>
                    <Typography variant="body2">
                      {policyNoticeChannelLabels[channel]}:{' '}
                      {channelReach(channel, preview.data.noticeAudience)}
                    </Typography>
                  </li>
                ))}
              </Box>
            )}
          </Box>
        </>
      )}
      <NoticeTextPreview text={text} />
    </Paper>
  );
}

/** The banner and the email as customers will read them; every string rendered as text. */
function NoticeTextPreview({ text }: { text: ReturnType<typeof noticeText> }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography variant="subtitle2" component="h3">
        What customers will read
      </Typography>
      {text.prominent ? (
        <Chip
          color="warning"
          size="small"
          label="Significant change: prominent notice"
          sx={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      <MuiAlert
        severity={text.prominent ? 'warning' : 'info'}
        variant={text.prominent ? 'filled' : 'standard'}
        icon={false}
        role="figure"
        aria-label="Site banner"
      >
        <UserText>{text.banner}</UserText>
      </MuiAlert>
      <Paper variant="outlined" role="figure" aria-label="Email" sx={{ p: 1.5 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          Subject: <UserText>{text.emailSubject}</UserText>
        </Typography>
        {text.emailParagraphs.map((paragraph, index) => (
          <Typography key={index} variant="body2" sx={{ mt: 1 }}>
            <UserText>{paragraph}</UserText>
          </Typography>
        ))}
      </Paper>
    </Box>
  );
}
