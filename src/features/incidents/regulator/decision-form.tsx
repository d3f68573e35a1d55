import MuiAlert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError, isApiError } from '@/shared/api/api-error';
import { regulatorDecisionSchema, type Incident } from '@/shared/contract/incidents';
import { textLimits } from '@/shared/contract/limits';
import { ConflictDialog } from '@/shared/ui/conflict-dialog';
import { LimitedTextField } from '@/shared/ui/limited-text-field';
import { useToast } from '@/shared/ui/toast/use-toast';
import { useRecordRegulatorDecision } from '../api/mutations';
import { SubmitButton } from '@/shared/ui/submit-button';

interface DecisionFormProps {
  incident: Incident;
  /** The form closes: the decision was recorded, or the person cancelled. */
  onClose: () => void;
}

interface DecisionFormValues {
  report: false;
  reason: string;
}

/**
 * Records the decision not to report the incident to the regulator, with its reason (≤ 500
 * characters): `PATCH /incidents/{id}` `{ regulatorDecision: { report: false, reason } }` with
 * If-Match on the incident shown (docs/api.md, Incidents; legal and privacy officer). A press
 * while pending is dropped; a colleague's change meanwhile (412) opens the shared conflict dialog
 * with the reason kept; a report filed meanwhile (409) is explained and the incident shown as it
 * is now.
 */
export function DecisionForm({ incident, onClose }: DecisionFormProps) {
  const toast = useToast();
  // A second press of a double click may pass validation after the first one's reply arrived.
  const recorded = useRef(false);
  const mutation = useRecordRegulatorDecision(() => {
    recorded.current = true;
    toast.show({ message: 'Decision not to report recorded' });
    onClose();
  });
  const { control, handleSubmit, formState, register } = useForm<DecisionFormValues>({
    resolver: zodResolver(regulatorDecisionSchema),
    defaultValues: { report: false, reason: '' },
    mode: 'onSubmit',
  });
  const reason = useWatch({ control, name: 'reason' });
  const failure = mutation.error;
  const { conflict } = mutation;
  return (
    <>
      <Box
        component="form"
        noValidate
        aria-label="Record decision not to report"
        onSubmit={(event) =>
          void handleSubmit((values) => {
            if (recorded.current) return;
            mutation.mutate(incident, { report: false, reason: values.reason.trim() });
          })(event)
        }
        sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 1 }}
      >
        {failure ? (
          <MuiAlert severity="error" role="alert">
            <AlertTitle>The decision was not recorded</AlertTitle>
            {describeError(failure)}
            {isApiError(failure) && failure.isConflict
              ? ' A decision not to report cannot be recorded once a report is filed.'
              : ' Your reason is still in the form.'}
          </MuiAlert>
        ) : null}
        <LimitedTextField
          {...register('reason')}
          label="Reason not to report"
          required
          multiline
          minRows={2}
          limit={textLimits.reason}
          length={reason.trim().length}
          {...(formState.errors.reason?.message ? { errorMessage: formState.errors.reason.message } : {})}
        />
        <Box sx={{ display: 'flex', gap: 1 }}>
          <SubmitButton busy={mutation.isPending} busyLabel="Recording…">
            Record the decision
          </SubmitButton>
          <Button onClick={onClose}>Cancel</Button>
        </Box>
      </Box>
      <ConflictDialog
        open={conflict !== null}
        action="Record the decision not to report"
        rows={
          conflict
            ? [
                {
                  label: 'Decision not to report',
                  theirs: conflict.theirs.regulatorDecision?.reason ?? 'None recorded',
                  mine: conflict.input.reason,
                },
                {
                  label: 'Regulator report',
                  theirs: conflict.theirs.regulatorReport ? 'Filed' : 'Not filed',
                  mine: 'Not filed',
                },
              ]
            : []
        }
        canApply={conflict !== null && !conflict.theirs.regulatorReport}
        applyLabel="Record my decision on their version"
        onApplyMine={mutation.keepMine}
        onKeepTheirs={() => {
          mutation.takeTheirs();
        }}
        onClose={mutation.closeConflict}
      />
    </>
  );
}
