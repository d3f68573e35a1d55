import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { describeError } from '@/shared/api/api-error';
import { alertResolutions, maxNoteLength, type AlertPatch } from '@/shared/contract/alerts';
import { alertResolutionLabels } from '../alert-labels';

/** The moves that need an input before they are sent: a resolution, or a note. */
export type AlertInputMove = 'resolve' | 'dismiss';

const noteField = z
  .string()
  .check(
    z.trim(),
    z.maxLength(maxNoteLength, `Keep the note under ${maxNoteLength.toLocaleString('en')} characters`),
  );

const resolveFormSchema = z.object({
  resolution: z.enum(alertResolutions, 'Choose a resolution'),
  note: noteField,
});

const dismissFormSchema = z.object({
  resolution: z.optional(z.string()),
  note: noteField.check(z.minLength(1, 'Say in a note why the alert is dismissed')),
});

interface MoveForm {
  resolution?: string | undefined;
  note: string;
}

const texts: Record<AlertInputMove, { title: (count: number) => string; button: string; intro: string }> = {
  resolve: {
    title: (count) => (count === 1 ? 'Resolve the alert' : `Resolve ${count.toLocaleString()} alerts`),
    button: 'Resolve',
    intro: 'Say what the alert turned out to be. A note helps whoever reads it later.',
  },
  dismiss: {
    title: (count) => (count === 1 ? 'Dismiss the alert' : `Dismiss ${count.toLocaleString()} alerts`),
    button: 'Dismiss',
    intro: 'A dismissed alert leaves the queue. Say why in a note: it is kept with the alert.',
  },
};

interface AlertMoveDialogProps {
  move: AlertInputMove;
  /** How many alerts the move applies to (1 on the alert page). */
  count: number;
  pending: boolean;
  /** The last failure of sending, shown above the fields; what was typed stays. */
  error?: unknown;
  /** The patch to send; called only with valid input. */
  onSubmit: (patch: AlertPatch) => void;
  onClose: () => void;
}

function MoveFormBody({
  move,
  count,
  pending,
  error,
  onSubmit,
  onClose,
  titleId,
}: AlertMoveDialogProps & { titleId: string }) {
  const text = texts[move];
  const { register, handleSubmit, control, formState } = useForm<MoveForm>({
    resolver: zodResolver(move === 'resolve' ? resolveFormSchema : dismissFormSchema),
    defaultValues: { resolution: '', note: '' },
  });
  const note = useWatch({ control, name: 'note' });
  const { errors } = formState;

  const submit = (form: MoveForm) => {
    const trimmed = form.note.trim();
    if (move === 'resolve') {
      onSubmit({
        status: 'resolved',
        resolution: form.resolution as AlertPatch['resolution'],
        ...(trimmed ? { note: trimmed } : {}),
      });
    } else {
      onSubmit({ status: 'dismissed', note: trimmed });
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <DialogTitle id={titleId}>{text.title(count)}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{text.intro}</DialogContentText>
        {error ? (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {describeError(error)}
          </Alert>
        ) : null}
        {move === 'resolve' ? (
          <Controller
            control={control}
            name="resolution"
            render={({ field, fieldState }) => (
              <FormControl error={Boolean(fieldState.error)} required sx={{ mb: 2 }}>
                <FormLabel id={`${titleId}-resolution`}>Resolution</FormLabel>
                <RadioGroup
                  aria-labelledby={`${titleId}-resolution`}
                  name={field.name}
                  value={field.value ?? ''}
                  onChange={(event) => {
                    field.onChange(event.target.value);
                  }}
                >
                  {alertResolutions.map((resolution) => (
                    <FormControlLabel
                      key={resolution}
                      value={resolution}
                      control={<Radio autoFocus={resolution === alertResolutions[0]} />}
                      label={`${alertResolutionLabels[resolution].label} — ${alertResolutionLabels[resolution].hint}`}
                    />
                  ))}
                </RadioGroup>
                {fieldState.error ? <FormHelperText>{fieldState.error.message}</FormHelperText> : null}
              </FormControl>
            )}
          />
        ) : null}
        <TextField
          {...register('note')}
          label={move === 'dismiss' ? 'Why is it dismissed?' : 'Note (optional)'}
          required={move === 'dismiss'}
          multiline
          minRows={3}
          fullWidth
          autoFocus={move === 'dismiss'}
          error={Boolean(errors.note)}
          helperText={
            errors.note?.message ??
            `${note.length.toLocaleString()} / ${maxNoteLength.toLocaleString()} characters`
          }
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained" disabled={pending}>
          {pending ? 'Saving…' : text.button}
        </Button>
      </DialogActions>
    </form>
  );
}

/**
 * Resolve (with a resolution) or dismiss (with a note): the required input is checked here, before
 * anything is sent, for one alert or a selection.
 */
export function AlertMoveDialog(props: AlertMoveDialogProps & { open: boolean }) {
  const titleId = useId();
  const { open, ...rest } = props;
  return (
    <Dialog open={open} onClose={rest.onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      {open ? <MoveFormBody {...rest} titleId={titleId} /> : null}
    </Dialog>
  );
}
