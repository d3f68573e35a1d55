import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import type { PolicyVersion } from '@/shared/contract/policies';
import { formatDateTime } from '@/shared/lib/format';
import { paths } from '@/shared/lib/paths';
import { StaffName } from '@/shared/staff/staff-name';
import { FactRow } from '@/shared/ui/fact-row';
import { UserText } from '@/shared/ui/user-text';
import { policyQueries } from '../api/queries';
import { changeCategoryLabels, policyNoticeChannelLabels } from '../policy-labels';
import { usePurposeName } from '@/shared/resources/consent-purposes/queries';

/** A moment in the staff member's zone (the format names the zone), or "—" when it has not come. */
function Moment({ at }: { at: string | undefined }) {
  return at === undefined ? '—' : <time dateTime={at}>{formatDateTime(at)}</time>;
}

/** The version this one was copied from, by its label and title once the list has them. */
function BasedOn({ id }: { id: string }) {
  const { data } = useQuery({
    ...policyQueries.list(),
    select: (versions) => versions.find((version) => version.id === id),
  });
  return (
    <Link component={RouterLink} to={paths.policy(id)}>
      {data ? (
        <>
          {data.label} — <UserText>{data.title}</UserText>
        </>
      ) : (
        id
      )}
    </Link>
  );
}

/** The notice plan: channels, when the notice goes out, and the purposes asked again. */
function NoticePlan({ notice }: { notice: NonNullable<PolicyVersion['notice']> }) {
  const purposeName = usePurposeName();
  return (
    <>
      {notice.channels.map((channel) => policyNoticeChannelLabels[channel]).join(', ')}; sent{' '}
      <Moment at={notice.sendAt} />.{' '}
      {notice.reconsentPurposes.length === 0
        ? 'Asks customers for no purpose again.'
        : `Asks customers again for: ${notice.reconsentPurposes.map(purposeName).join(', ')}.`}
    </>
  );
}

/**
 * A version's metadata as labelled facts: author and reviewer, every moment of its life in the
 * staff member's zone, whether it is significant and its change categories, its notice plan and
 * the version it was based on.
 */
export function PolicyFacts({ version }: { version: PolicyVersion }) {
  return (
    <Paper variant="outlined" component="section" aria-label="Facts">
      <Table size="small" aria-label="Facts of the version">
        <TableBody>
          <FactRow label="Summary">
            {version.summary.trim() === '' ? (
              '—'
            ) : (
              <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                <UserText>{version.summary}</UserText>
              </span>
            )}
          </FactRow>
          <FactRow label="Author">
            <StaffName id={version.authorId} />
          </FactRow>
          <FactRow label="Reviewer">
            {version.reviewerId ? <StaffName id={version.reviewerId} /> : 'Not reviewed yet'}
          </FactRow>
          <FactRow label="Created">
            <Moment at={version.createdAt} />
          </FactRow>
          <FactRow label="Last changed">
            <Moment at={version.updatedAt} />
          </FactRow>
          <FactRow label="Submitted">
            <Moment at={version.submittedAt} />
          </FactRow>
          <FactRow label="Approved">
            <Moment at={version.approvedAt} />
          </FactRow>
          <FactRow label={version.publishedAt === undefined ? 'Takes effect' : 'Took effect'}>
            <Moment at={version.effectiveAt} />
          </FactRow>
          <FactRow label="Published">
            <Moment at={version.publishedAt} />
          </FactRow>
          <FactRow label="Significant">
            {version.significant
              ? 'Yes: customers get a prominent notice, and some changes ask them to opt in again'
              : 'No'}
          </FactRow>
          <FactRow label="Change categories">
            {version.changeCategories.length === 0
              ? 'None'
              : version.changeCategories.map((category) => changeCategoryLabels[category].label).join(', ')}
          </FactRow>
          <FactRow label="Notice plan">
            {version.notice ? <NoticePlan notice={version.notice} /> : 'None yet'}
          </FactRow>
          <FactRow label="Based on">{version.basedOn ? <BasedOn id={version.basedOn} /> : '—'}</FactRow>
        </TableBody>
      </Table>
    </Paper>
  );
}
