import MuiAlert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { describeError, isApiError } from '@/shared/api/api-error';
import { incidentSeverities, type Incident, type PatchIncidentRequest } from '@/shared/contract/incidents';
import { textLimits } from '@/shared/contract/limits';
import { formatDateTime } from '@/shared/lib/format';
import { ConflictDialog, type ConflictRow } from '@/shared/ui/conflict-dialog';
import { LeaveGuard } from '@/shared/ui/leave-guard';
import { useToast } from '@/shared/ui/toast/use-toast';
import { usePatchIncidentFacts } from '../api/mutations';
import { DataCategoriesInput } from './data-categories-input';
import { describeFact, severityLabels } from './fact-text';
import {
  changedFacts,
  factsFieldLabels,
  factsFormValuesOf,
  factsFormValuesWith,
  factsResolver,
  type FactsField,
  type FactsFormValues,
} from './facts-form-values';
import { WatchedLimitedTextField } from '@/shared/ui/watched-limited-text-field';
import { SubmitButton } from '@/shared/ui/submit-button';

interface FactsFormProps {
  /** The incident as it was when editing began: the version the edit is made on (If-Match). */
  base: Incident;
  /** What the form opens with (the incident's facts, or a set-aside edit laid over them). */
  initialValues: FactsFormValues;
  /** Editing ends: saved, or cancelled (the form's text dropped). */
  onClose: () => void;
  /**
   * The person kept a colleague's version after a conflict: their own edit (`patch`) is handed
   * back to be kept aside, readable and re-appliable, never lost.
   */
  onSetAside: (patch: PatchIncidentRequest) => void;
}

/** The form field an API error path (`nature`, `affectedAccountIds.3`) belongs to, if any. */
function fieldOfApiPath(path: string): FactsField | undefined {
  const [head = ''] = path.split(/[.[]/);
  return head in factsFieldLabels ? (head as FactsField) : undefined;
}

/**
 * Edits the incident's title, severity and facts (API.md, Security incidents: `PATCH
 * /incidents/{id}` with If-Match). Only the changed fields are sent; Save pressed twice sends
 * once; Cancel or Escape restores the facts as they were; leaving the page with unsaved edits
 * asks first. A colleague's save meanwhile (412) opens the shared conflict dialog, theirs beside
 * the person's change: apply mine on their version, keep theirs (the person's edit is set aside,
 * not lost), or go back to the form, which then sits on their version with the person's text
 * laid over it. `awareAt` is shown, never edited: it started the regulator clock.
 */
export function FactsForm({ base: openedOn, initialValues, onClose, onSetAside }: FactsFormProps) {
  const toast = useToast();
  const [base, setBase] = useState(openedOn);
  const baseRef = useRef(openedOn);
  const [rebased, setRebased] = useState(false);
  const { control, handleSubmit, formState, register, reset, setValue, setError, setFocus } =
    useForm<FactsFormValues>({ resolver: factsResolver, defaultValues: initialValues, mode: 'onSubmit' });
  const { errors } = formState;
  // A second press of a double click may pass validation after the first one's reply arrived.
  const saved = useRef(false);
  const mutation = usePatchIncidentFacts((_saved, outcome) => {
    saved.current = true;
    toast.show({
      message: outcome === 'saved' ? 'Facts saved' : 'The facts were already saved as you edited them',
    });
    onClose();
  });
  const { conflict } = mutation;

  const moveBase = (next: Incident) => {
    baseRef.current = next;
    setBase(next);
  };

  const submit = (values: FactsFormValues) => {
    if (saved.current) return;
    const patch = changedFacts(baseRef.current, values);
    if (Object.keys(patch).length === 0) {
      setError('root', { type: 'validate', message: 'Nothing changed: edit a fact, or Cancel.' });
      return;
    }
    mutation.mutate(baseRef.current, patch);
  };

  const cancel = () => {
    reset(initialValues);
    mutation.reset();
    onClose();
  };

  const failure = mutation.error;
  const placed = useMemo(
    () => (isApiError(failure) && failure.status === 400 ? failure.fieldErrors : []),
    [failure],
  );
  // The API's 400s land on their fields (`affectedAccountIds.3` on the list), the first one focused.
  useEffect(() => {
    const byField = new Map<FactsField, string[]>();
    for (const item of placed) {
      const field = fieldOfApiPath(item.field);
      if (field) byField.set(field, [...(byField.get(field) ?? []), item.message]);
    }
    for (const [field, messages] of byField) {
      setError(field, { type: 'server', message: messages.join(' ') });
    }
    const [first] = byField.keys();
    if (first) setFocus(first);
  }, [placed, setError, setFocus]);
  const unplaced = placed.filter((item) => !fieldOfApiPath(item.field));

  const conflictRows: ConflictRow[] = conflict
    ? (Object.keys(conflict.input) as (keyof PatchIncidentRequest)[])
        .filter((field): field is FactsField => field in factsFieldLabels)
        .map((field) => ({
          label: factsFieldLabels[field],
          theirs: describeFact(field, conflict.theirs),
          mine: describeFact(field, conflict.input),
        }))
    : [];

  return (
    <>
      <Box
        component="form"
        noValidate
        aria-label="Edit the facts"
        onSubmit={(event) => void handleSubmit(submit)(event)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !event.defaultPrevented) {
            event.preventDefault();
            cancel();
          }
        }}
        sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
      >
        {rebased ? (
          <MuiAlert severity="info">
            Your text is now on version {base.version}, saved by a colleague. Fields you did not change show
            their version; Save applies your changes on top of it.
          </MuiAlert>
        ) : null}
        {errors.root ? (
          <MuiAlert severity="info" role="status">
            {errors.root.message}
          </MuiAlert>
        ) : null}
        {failure && placed.length === 0 ? (
          <MuiAlert severity="error" role="alert">
            <AlertTitle>The facts were not saved</AlertTitle>
            {describeError(failure)} Your text is still in the form.
          </MuiAlert>
        ) : null}
        {unplaced.length > 0 ? (
          <MuiAlert severity="error" role="alert">
            <AlertTitle>The facts were not saved</AlertTitle>
            {unplaced.map((item) => `${item.field}: ${item.message}`).join(' ')}
          </MuiAlert>
        ) : null}
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '3fr 1fr' }, gap: 2 }}>
          <WatchedLimitedTextField
            control={control}
            limit={textLimits.title}
            {...register('title')}
            label={factsFieldLabels.title}
            required
            errorMessage={errors.title?.message}
          />
          <TextField
            {...register('severity')}
            select
            label={factsFieldLabels.severity}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            {incidentSeverities.map((severity) => (
              <option key={severity} value={severity}>
                {severityLabels[severity]}
              </option>
            ))}
          </TextField>
        </Box>
        <Typography variant="body2" color="text.secondary">
          Aware since {formatDateTime(base.awareAt)} — fixed: it started the 72-hour regulator clock.
        </Typography>
        <WatchedLimitedTextField
          control={control}
          limit={textLimits.note}
          {...register('nature')}
          label={factsFieldLabels.nature}
          multiline
          minRows={2}
          errorMessage={errors.nature?.message}
        />
        <WatchedLimitedTextField
          control={control}
          limit={textLimits.note}
          {...register('cause')}
          label={factsFieldLabels.cause}
          multiline
          minRows={1}
          errorMessage={errors.cause?.message}
        />
        <Controller
          control={control}
          name="dataCategories"
          render={({ field }) => (
            <DataCategoriesInput
              value={field.value}
              onChange={field.onChange}
              inputRef={field.ref}
              errorMessage={errors.dataCategories?.message}
            />
          )}
        />
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '1fr 3fr' },
            gap: 2,
            alignItems: 'start',
          }}
        >
          <TextField
            {...register('affectedAccountCount')}
            label={factsFieldLabels.affectedAccountCount}
            inputMode="numeric"
            error={Boolean(errors.affectedAccountCount)}
            helperText={errors.affectedAccountCount?.message ?? 'At least the accounts listed'}
          />
          <AccountIdsText
            control={control}
            {...register('affectedAccountIds')}
            errorMessage={errors.affectedAccountIds?.message}
          />
        </Box>
        <WatchedLimitedTextField
          control={control}
          limit={textLimits.note}
          {...register('likelyConsequences')}
          label={factsFieldLabels.likelyConsequences}
          multiline
          minRows={2}
          errorMessage={errors.likelyConsequences?.message}
        />
        <WatchedLimitedTextField
          control={control}
          limit={textLimits.note}
          {...register('measuresTaken')}
          label={factsFieldLabels.measuresTaken}
          multiline
          minRows={2}
          errorMessage={errors.measuresTaken?.message}
        />
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <SubmitButton busy={mutation.isPending} busyLabel="Saving…">
            Save facts
          </SubmitButton>
          <Button onClick={cancel}>Cancel</Button>
          <Typography variant="body2" color="text.secondary" role="status">
            {mutation.isPending
              ? 'Saving the changed facts…'
              : 'Escape cancels; only what you change is sent.'}
          </Typography>
        </Box>
      </Box>
      <ConflictDialog
        open={conflict !== null}
        action="Save the facts"
        rows={conflictRows}
        onApplyMine={() => {
          if (conflict) moveBase(conflict.theirs);
          mutation.keepMine();
        }}
        onKeepTheirs={() => {
          if (conflict) onSetAside(conflict.input);
          mutation.takeTheirs();
          onClose();
        }}
        onClose={() => {
          if (!conflict) return;
          // Back to the form, now on their version: what the person changed stays, the rest is theirs.
          const { theirs, input } = conflict;
          moveBase(theirs);
          reset(factsFormValuesOf(theirs));
          const mine = factsFormValuesWith(theirs, input);
          for (const field of Object.keys(input) as (keyof PatchIncidentRequest)[]) {
            if (field in factsFieldLabels) {
              setValue(field as FactsField, mine[field as FactsField], { shouldDirty: true });
            }
          }
          setRebased(true);
          mutation.closeConflict();
        }}
      />
      <LeaveGuard
        unsaved={formState.isDirty}
        title="Leave with unsaved facts?"
        message="Your edits to the incident's facts are not saved. Leave and they are discarded."
        stayLabel="Stay and keep editing"
      />
    </>
  );
}

/** The listed affected accounts as pasted text, with how many ids it holds. */
function AccountIdsText({
  control,
  errorMessage,
  ...props
}: ComponentProps<typeof TextField> & {
  control: Control<FactsFormValues>;
  errorMessage: string | undefined;
}) {
  const text = useWatch({ control, name: 'affectedAccountIds' });
  const listed = text.split(/[\s,;]+/).filter(Boolean).length;
  return (
    <TextField
      {...props}
      label={factsFieldLabels.affectedAccountIds}
      multiline
      minRows={2}
      maxRows={8}
      placeholder="acc_… — paste a list: one per line, or separated by spaces or commas"
      error={Boolean(errorMessage)}
      helperText={errorMessage ?? `${listed.toLocaleString('en')} listed, at most 1,000`}
    />
  );
}
