import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '@/shared/api/api-error';
import { useIntentKey } from '@/shared/api/use-intent-key';
import { incidentSeverities, type IncidentSeverity } from '@/shared/contract/incidents';
import { textLimits } from '@/shared/contract/limits';
import { paths } from '@/shared/lib/paths';
import { LimitedTextField } from '@/shared/ui/limited-text-field';
import { DialogFailure, SubmitActions } from '@/shared/ui/reason-dialog-fields';
import { useCreateIncident } from '../api/mutations';
import { incidentSeverityLabels } from '../incident-labels';

function NewIncidentForm({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<IncidentSeverity>('high');
  const [problem, setProblem] = useState<string | null>(null);
  // One key per intent: a double click or a retry after a lost reply opens one incident. Changing
  // the title or severity after a failure is another intent.
  const [idempotencyKey, renewKey] = useIntentKey();
  const create = useCreateIncident(idempotencyKey);
  const made = useRef(false);
  const changed = () => {
    if (create.error) {
      create.reset();
      renewKey();
    }
    setProblem(null);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (made.current) return;
        const trimmed = title.trim();
        if (trimmed === '') {
          setProblem('Give the incident a title');
          return;
        }
        if (trimmed.length > textLimits.title) return;
        create.mutate(
          { title: trimmed, severity },
          {
            onSuccess: (incident) => {
              made.current = true;
              void navigate(paths.incident(incident.id));
            },
          },
        );
      }}
    >
      <DialogTitle id="new-incident-title">New incident</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          The 72-hour regulator clock starts now, by the server’s time. Facts, notices and the
          report are filled in from the incident’s workspace. Incidents found through an alert are
          better opened from the alert (Escalate), so the two stay linked.
        </DialogContentText>
        <DialogFailure>{create.error ? describeError(create.error) : null}</DialogFailure>
        <LimitedTextField
          fullWidth
          required
          autoFocus
          label="Incident title"
          value={title}
          limit={textLimits.title}
          length={title.trim().length}
          errorMessage={problem ?? undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            changed();
          }}
          sx={{ mb: 2 }}
        />
        <TextField
          select
          fullWidth
          label="Severity"
          value={severity}
          onChange={(event) => {
            const chosen = incidentSeverities.find((each) => each === event.target.value);
            if (chosen) setSeverity(chosen);
            changed();
          }}
          slotProps={{ select: { native: true } }}
        >
          {[...incidentSeverities].reverse().map((each) => (
            <option key={each} value={each}>
              {incidentSeverityLabels[each]}
            </option>
          ))}
        </TextField>
      </DialogContent>
      <SubmitActions
        onCancel={onClose}
        pending={create.isPending || create.isSuccess}
        submitLabel="Open incident"
        pendingLabel="Opening…"
      />
    </form>
  );
}

/**
 * "New incident" (`POST /incidents`, analysts and privacy officer): a title (≤ 200 characters,
 * counted as typed) and a severity, sent with one Idempotency-Key per intent, then the new
 * incident's workspace. A failure stays in the dialog with what was typed.
 */
export function NewIncidentDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="new-incident-title">
      {open ? <NewIncidentForm onClose={onClose} /> : null}
    </Dialog>
  );
}
