import { zodResolver } from '@hookform/resolvers/zod';
import MuiAlert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useForm, useWatch } from 'react-hook-form';
import { describeError } from '@/shared/api/api-error';
import { useIntentKey } from '@/shared/api/use-intent-key';
import { alertNoteRequestSchema, maxNoteLength, type AlertNoteRequest } from '@/shared/contract/alerts';
import { useAddAlertNote } from '../api/mutations';

const limit = maxNoteLength.toLocaleString('en');

/** A new note: plain text, required, at most 5,000 characters, checked before it is sent. */
export function NoteForm({ alertId }: { alertId: string }) {
  // One key per note: a double click or a retry after a lost reply adds it once; a new note, a new key.
  const [idempotencyKey, renewKey] = useIntentKey();
  const { register, handleSubmit, control, reset, formState } = useForm<AlertNoteRequest>({
    resolver: zodResolver(alertNoteRequestSchema),
    defaultValues: { body: '' },
  });
  const body = useWatch({ control, name: 'body' });
  const { errors } = formState;

  const mutation = useAddAlertNote(alertId, idempotencyKey, () => {
    reset({ body: '' });
    renewKey();
  });

  const counter = `${body.length.toLocaleString('en')} / ${limit}`;

  return (
    <Box
      component="form"
      onSubmit={(event) => void handleSubmit(({ body: text }) => mutation.mutate(text))(event)}
      noValidate
      sx={{ mt: 2 }}
    >
      {mutation.error ? (
        <MuiAlert severity="error" role="alert" sx={{ mb: 2 }}>
          The note was not added. {describeError(mutation.error)}
        </MuiAlert>
      ) : null}
      <TextField
        {...register('body')}
        label="New note"
        multiline
        minRows={3}
        fullWidth
        required
        error={Boolean(errors.body) || body.length > maxNoteLength}
        helperText={errors.body?.message ? `${errors.body.message} · ${counter}` : counter}
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1 }}>
        <Button type="submit" variant="contained" disabled={mutation.isPending}>
          {mutation.isPending ? 'Adding…' : 'Add note'}
        </Button>
      </Box>
    </Box>
  );
}
