import MuiAlert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useRef, useState } from 'react';
import {
  missingNoticeParts,
  noticeContentFields,
  type Incident,
  type NoticeDraft,
} from '@/shared/contract/incidents';
import { useCan, useStaff } from '@/shared/session/use-session';
import { StaffName } from '@/shared/staff/staff-name';
import { StatusChip } from '@/shared/ui/status-chip';
import { UserText } from '@/shared/ui/user-text';
import { useApproveNotice } from '../api/mutations';
import {
  noticeAudienceLabels,
  noticePartLabels,
  noticeStatusLabels,
  noticeStatusTones,
} from '../incident-labels';
import { BatchProgress } from './batch-progress';
import { audienceSizeText, channelsText, noticeFailureText } from './notice-words';

// The dialogs (a form library, many fields) load when someone opens them, not with the workspace.
const NoticeFormDialog = lazy(() =>
  import('./notice-form-dialog').then((module) => ({ default: module.NoticeFormDialog })),
);
const SendNoticeDialog = lazy(() =>
  import('./send-notice-dialog').then((module) => ({ default: module.SendNoticeDialog })),
);

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <Box component="dt" sx={{ color: 'text.secondary', typography: 'body2' }}>
        {label}
      </Box>
      <Box component="dd" sx={{ m: 0, typography: 'body2', overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </>
  );
}

const factGrid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: '220px 1fr' },
  columnGap: 2,
  rowGap: 0.75,
  m: 0,
} as const;

/** The approval step of a draft: the button for a second person, or why there is none. */
function Approval({ incident, notice }: { incident: Incident; notice: NoticeDraft }) {
  const staff = useStaff();
  const canApprove = useCan('incidents.approveNotice');
  // Approved: the button is on its way out; a late second press of a double click sends nothing.
  const approved = useRef(false);
  const approve = useApproveNotice(incident.id, staff.id, () => {
    approved.current = true;
  });
  const missing = missingNoticeParts(notice.content);
  const ownNotice = notice.authorId === staff.id;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      {missing.length > 0 ? (
        <Typography variant="body2">
          Still to write before approval: {missing.map((part) => noticePartLabels[part].label).join('; ')}.
        </Typography>
      ) : null}
      {ownNotice ? (
        <Typography variant="body2">Another person must approve a notice you wrote.</Typography>
      ) : null}
      {!canApprove && !ownNotice ? (
        <Typography variant="body2">
          Legal or the privacy officer approves the notice once its parts are written.
        </Typography>
      ) : null}
      {canApprove && !ownNotice && missing.length === 0 ? (
        <Button
          variant="contained"
          disabled={approve.isPending}
          onClick={() => {
            if (!approved.current) approve.mutate(notice, null);
          }}
        >
          {approve.isPending ? 'Approving…' : 'Approve'}
        </Button>
      ) : null}
      {approve.error ? (
        <MuiAlert severity="error" role="alert" sx={{ width: '100%' }}>
          {noticeFailureText('approve', approve.error)}
        </MuiAlert>
      ) : null}
    </Box>
  );
}

interface NoticeCardProps {
  incident: Incident;
  notice: NoticeDraft;
  /** Its place in the incident's list, from 1 (oldest first): the card is "Notice 2". */
  position: number;
}

/**
 * One notice of the incident (API.md "Security incidents and notifications"): status, audience
 * with its size, channels, author and approver, the public reason and the five parts as plain
 * text; then what the signed-in person may do with it — edit a draft, approve a draft someone else
 * wrote (four-eyes), send an approved notice — and, once sent, its batch's live progress.
 */
export function NoticeCard({ incident, notice, position }: NoticeCardProps) {
  const canDraft = useCan('incidents.draftNotice');
  const canSend = useCan('incidents.approveNotice');
  const [dialog, setDialog] = useState<'edit' | 'send' | null>(null);
  const [alreadySent, setAlreadySent] = useState<string | null>(null);
  const title = `Notice ${String(position)}`;
  const headingId = `notice-${notice.id}-heading`;
  const close = () => {
    setDialog(null);
  };
  return (
    <Paper
      variant="outlined"
      component="article"
      aria-labelledby={headingId}
      sx={{ p: 2, display: 'grid', gap: 1.5 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography id={headingId} variant="h3" sx={{ fontSize: '1rem', fontWeight: 600 }}>
          {title}
        </Typography>
        <StatusChip label={noticeStatusLabels[notice.status]} tone={noticeStatusTones[notice.status]} />
        <Typography variant="body2" color="text.secondary">
          {notice.id}
        </Typography>
      </Box>
      <Box component="dl" sx={factGrid}>
        <Fact label="Audience">
          {noticeAudienceLabels[notice.audience].label}: {audienceSizeText(notice, incident)}
        </Fact>
        <Fact label="Channels">{channelsText(notice.channels)}</Fact>
        <Fact label="Written by">
          <StaffName id={notice.authorId} />
        </Fact>
        <Fact label="Approved by">
          {notice.approverId ? <StaffName id={notice.approverId} /> : 'Not yet approved'}
        </Fact>
        {notice.publicReason ? (
          <Fact label="Why individual notice is impractical">
            <UserText>{notice.publicReason}</UserText>
          </Fact>
        ) : null}
      </Box>
      <Box component="dl" sx={factGrid}>
        {noticeContentFields.map((part) => (
          <Fact key={part} label={noticePartLabels[part].label}>
            {notice.content[part].trim() === '' ? (
              <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
                Not written yet
              </Box>
            ) : (
              <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
                <UserText>{notice.content[part]}</UserText>
              </Box>
            )}
          </Fact>
        ))}
      </Box>

      {notice.status === 'draft' ? (
        <Box sx={{ display: 'grid', gap: 1 }}>
          {canDraft ? (
            <Box>
              <Button
                variant="outlined"
                onClick={() => {
                  setDialog('edit');
                }}
              >
                Edit draft
              </Button>
            </Box>
          ) : null}
          <Approval incident={incident} notice={notice} />
        </Box>
      ) : null}

      {notice.status === 'approved' ? (
        canSend ? (
          <Box>
            <Button
              variant="contained"
              onClick={() => {
                setDialog('send');
              }}
            >
              Send…
            </Button>
          </Box>
        ) : (
          <Typography variant="body2">Approved: legal or the privacy officer sends it.</Typography>
        )
      ) : null}

      {alreadySent ? (
        <MuiAlert severity="info" role="status">
          {alreadySent}
        </MuiAlert>
      ) : null}
      {notice.status === 'sent' && notice.batchId ? (
        <BatchProgress incidentId={incident.id} batchId={notice.batchId} />
      ) : null}

      <Suspense fallback={null}>
        {dialog === 'edit' ? (
          <NoticeFormDialog open incident={incident} notice={notice} onClose={close} />
        ) : null}
        {dialog === 'send' ? (
          <SendNoticeDialog
            open
            incident={incident}
            notice={notice}
            onClose={close}
            onAlreadySent={setAlreadySent}
          />
        ) : null}
      </Suspense>
    </Paper>
  );
}
