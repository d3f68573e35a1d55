import MuiAlert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useRef, useState } from 'react';
import type { PolicyVersion } from '@/shared/contract/policies';
import { formatDateTime } from '@/shared/lib/format';
import { useCan, useStaff } from '@/shared/session/use-session';
import { StaffName } from '@/shared/staff/staff-name';
import { UserText } from '@/shared/ui/user-text';
import { useSubmitPolicy } from '../api/mutations';
import { policyStatusLabels } from '../policy-labels';
import type { ReviewDecision } from './review-dialog';
import { reviewFailureText } from './review-failure';
import { pendingRejection, reviewOffers } from './review-rules';

// The dialogs (a form library, text fields) load when someone opens them, not with the page.
const ReviewDialog = lazy(() =>
  import('./review-dialog').then((module) => ({ default: module.ReviewDialog })),
);
const ConflictDialog = lazy(() =>
  import('@/shared/ui/conflict-dialog').then((module) => ({ default: module.ConflictDialog })),
);

/** The rejection a draft came back with, prominent, so the author reads who and why first. */
function RejectionNote({ version }: { version: PolicyVersion }) {
  const rejection = pendingRejection(version);
  if (!rejection) return null;
  return (
    <MuiAlert severity="warning" component="section" role="region" aria-label="Rejected in review">
      <AlertTitle>
        Rejected by {rejection.actorId ? <StaffName id={rejection.actorId} /> : 'a reviewer'} on{' '}
        {formatDateTime(rejection.at)}
      </AlertTitle>
      <Box component="blockquote" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        <UserText>{rejection.comment ?? ''}</UserText>
      </Box>
      <Typography variant="body2" sx={{ mt: 1 }}>
        Change the draft as asked, then submit it for review again.
      </Typography>
    </MuiAlert>
  );
}

/** "Submit for review" and what a refusal or a colleague's save meanwhile means. */
function SubmitButton({ version }: { version: PolicyVersion }) {
  // Submitted: the button is on its way out; a late second press of a double click sends nothing.
  const submitted = useRef(false);
  const submit = useSubmitPolicy(() => {
    submitted.current = true;
  });
  const { conflict } = submit;
  return (
    <>
      <Button
        variant="contained"
        onClick={() => {
          if (!submitted.current) submit.mutate(version, undefined);
        }}
        disabled={submit.isPending}
      >
        {submit.isPending ? 'Submitting…' : 'Submit for review'}
      </Button>
      {submit.error ? (
        <MuiAlert severity="error" role="alert" sx={{ width: '100%' }}>
          {reviewFailureText('submit', submit.error)}
        </MuiAlert>
      ) : null}
      {conflict ? (
        <Suspense fallback={null}>
          <ConflictDialog
            open
            action="Submit for review"
            rows={[
              {
                label: 'Status',
                theirs: policyStatusLabels[conflict.theirs.status],
                mine: policyStatusLabels.in_review,
              },
              { label: 'Title', theirs: conflict.theirs.title, mine: version.title },
              { label: 'Summary', theirs: conflict.theirs.summary, mine: version.summary },
              {
                label: 'Last saved',
                theirs: formatDateTime(conflict.theirs.updatedAt),
                mine: formatDateTime(version.updatedAt),
              },
              {
                label: 'Version',
                theirs: String(conflict.theirs.version),
                mine: `based on ${String(version.version)}`,
              },
            ]}
            // Submitting their text unread would send for review what the author has not seen.
            canApply={conflict.theirs.status === 'draft'}
            applyLabel="Submit their version"
            onApplyMine={submit.keepMine}
            onKeepTheirs={submit.takeTheirs}
            onClose={submit.closeConflict}
          />
        </Suspense>
      ) : null}
    </>
  );
}

/**
 * The review of a version (API.md "Policy versions", four-eyes): the rejection a draft came back
 * with (for everyone), "Submit for review" for the author of a draft, Approve / Reject for legal
 * or the privacy officer other than the author on a version in review, and for the author a line
 * saying a colleague must review. Support is offered no action. Renders nothing when there is
 * nothing to say.
 */
export function ReviewPanel({ version }: { version: PolicyVersion }) {
  const staff = useStaff();
  const canManage = useCan('policies.manage');
  const offers = reviewOffers(version, staff.id, canManage);
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const rejected = pendingRejection(version) !== undefined;
  const othersDraft = canManage && version.status === 'draft' && !offers.submit;
  if (!rejected && !offers.submit && !offers.review && !offers.awaitsColleague && !othersDraft) return null;
  return (
    <Stack spacing={1.5} component="section" aria-labelledby="review-heading">
      <Typography id="review-heading" variant="h2" sx={{ fontSize: '1rem', fontWeight: 600 }}>
        Review
      </Typography>
      <RejectionNote version={version} />
      {offers.awaitsColleague ? (
        <Typography variant="body2">
          A colleague in legal or the privacy officer must review this version: its author cannot approve or
          reject it.
        </Typography>
      ) : null}
      {othersDraft ? (
        <Typography variant="body2">
          Its author, <StaffName id={version.authorId} />, submits this draft for review when it is ready.
        </Typography>
      ) : null}
      {offers.submit || offers.review ? (
        <Box
          role="group"
          aria-label="Review actions"
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
        >
          {offers.submit ? <SubmitButton version={version} /> : null}
          {offers.review ? (
            <>
              <Button
                variant="contained"
                onClick={() => {
                  setDecision('approve');
                }}
              >
                Approve…
              </Button>
              <Button
                variant="outlined"
                color="error"
                onClick={() => {
                  setDecision('reject');
                }}
              >
                Reject…
              </Button>
            </>
          ) : null}
        </Box>
      ) : null}
      {offers.review && decision !== null ? (
        <Suspense fallback={null}>
          <ReviewDialog
            open
            version={version}
            decision={decision}
            onClose={() => {
              setDecision(null);
            }}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
}
