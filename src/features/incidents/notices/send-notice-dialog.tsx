import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { isApiError } from '@/shared/api/api-error';
import { useIntentKey } from '@/shared/api/use-intent-key';
import type { Incident, NoticeDraft } from '@/shared/contract/incidents';
import { DialogFailure, SubmitActions } from '@/shared/ui/reason-dialog-fields';
import { useSendNotice } from '../api/mutations';
import { incidentViewQueries } from '../api/queries';
import { noticeFailureText, sendQuestion } from './notice-words';

interface SendNoticeDialogProps {
  incident: Incident;
  notice: NoticeDraft;
  onClose: () => void;
  /** The notice turned out to be sent already (a 409 naming its batch): the caller follows that batch. */
  onAlreadySent: (message: string) => void;
}

function SendForm({ incident, notice, onClose, onAlreadySent }: SendNoticeDialogProps) {
  const queryClient = useQueryClient();
  // One key for this intent, kept while the dialog is open: a double click is dropped while the
  // first request is pending, and "Send notice" again after a network error sends the same key,
  // so the API makes one batch whatever happened to the first reply.
  const [idempotencyKey] = useIntentKey();
  const send = useSendNotice(incident.id, idempotencyKey);
  const sent = useRef(false);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (sent.current) return;
        send.mutate(notice.id, {
          onSuccess: () => {
            sent.current = true;
            onClose();
          },
          onError: (error) => {
            if (!isApiError(error) || !error.isConflict) return;
            // Already sent (by a colleague, or by our own earlier intent whose reply was lost): the
            // notice now names its batch; follow it rather than send a second time.
            void queryClient
              .query({ ...incidentViewQueries.notices(incident.id), staleTime: 0 })
              .then((notices) => {
                const current = notices.find((candidate) => candidate.id === notice.id);
                if (current?.batchId) {
                  sent.current = true;
                  onAlreadySent(
                    `This notice was already sent, as batch ${current.batchId}: nothing was sent a second time. Its progress is shown below.`,
                  );
                  onClose();
                }
              })
              .catch(() => undefined);
          },
        });
      }}
    >
      <DialogTitle id="send-notice-title">Send this notice?</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2, fontWeight: 600 }}>
          {sendQuestion(notice, incident)}
        </DialogContentText>
        <DialogContentText sx={{ mb: 2 }}>
          Each person is notified once: a notice cannot be sent a second time, and the sending cannot be
          stopped once it has started.
        </DialogContentText>
        <DialogFailure>{send.error ? noticeFailureText('send', send.error) : null}</DialogFailure>
      </DialogContent>
      <SubmitActions
        onCancel={onClose}
        pending={send.isPending}
        submitLabel="Send notice"
        pendingLabel="Sending…"
      />
    </form>
  );
}

/**
 * The confirmation before an approved notice goes out (`POST /incidents/{id}/notifications`,
 * legal or privacy officer): restates the audience size and the channels ("Send to 12,480
 * affected accounts by email and push notification?") and sends with one Idempotency-Key per
 * intent. A 409 for a notice already sent hands its batch to `onAlreadySent` instead.
 */
export function SendNoticeDialog({ open, ...props }: SendNoticeDialogProps & { open: boolean }) {
  return (
    <Dialog open={open} onClose={props.onClose} fullWidth maxWidth="sm" aria-labelledby="send-notice-title">
      {open ? <SendForm {...props} /> : null}
    </Dialog>
  );
}
