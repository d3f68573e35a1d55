import MuiAlert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { Link as RouterLink, useBlocker, useNavigate } from 'react-router';
import { describeError, isApiError } from '@/shared/api/api-error';
import { newIdempotencyKey } from '@/shared/api/idempotency';
import { crossBorderSafeguards, disclosureKinds, type Disclosure } from '@/shared/contract/disclosures';
import { textLimits } from '@/shared/contract/limits';
import { paths } from '@/shared/lib/paths';
import { useStaff } from '@/shared/session/use-session';
import { useToast } from '@/shared/ui/toast/use-toast';
import { disclosureQueries } from '../api/queries';
import { useRecordDisclosure } from '../api/mutations';
import { crossBorderSafeguardLabels, disclosureKindLabels, legalBasisLabels } from '../disclosure-labels';
import { AccountsField, useListedAccounts } from './accounts-field';
import { DataCategoriesField } from './data-categories-field';
import { disclosureResolver } from './disclosure-resolver';
import { offeredLegalBases, otherCountries, policyClauses, type AccountCheck } from './disclosure-rules';
import { DocumentsField } from './documents-field';
import { RecipientField } from './recipient-field';
import { createBusyFlag, useBusyFlag, type BusyFlag } from './busy-flag';
import { dropDraft, loadDraftIntentKey, saveDraft } from './draft-storage';
import {
  formFieldOfApiPath,
  toRequest,
  type DisclosureFormField,
  type DisclosureFormValues,
} from './form-values';
import { cachedRuleFactSources } from './record-queries';
import { WatchedLimitedTextField } from '@/shared/ui/watched-limited-text-field';
import { SubmitButton } from '@/shared/ui/submit-button';

/** How the error summary names each field. */
const fieldLabels: Record<DisclosureFormField, string> = {
  occurredAt: 'When it happened',
  kind: 'Kind',
  recipientId: 'Recipient',
  legalBasis: 'Legal basis',
  purpose: 'Purpose',
  dataCategories: 'Data categories',
  accountIds: 'Accounts',
  subjectCount: 'People concerned',
  deidentified: 'De-identified',
  encrypted: 'Encrypted',
  crossBorderCountry: 'Destination country',
  crossBorderSafeguard: 'Safeguard',
  requestReference: 'Request reference',
  documents: 'Documents',
  corrects: 'Corrected entry',
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={id}
      sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      <Typography id={id} variant="h2" sx={{ fontSize: '1.1rem' }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

interface DisclosureFormProps {
  /** The values the form opens with (a restored draft, a correction's entry, or a blank entry). */
  initialValues: DisclosureFormValues;
  /** The values a "Discard draft" returns to. */
  blankValues: DisclosureFormValues;
  /** Whether `initialValues` is a draft restored from this tab's storage. */
  restored: boolean;
  /** The entry being corrected, when the form records a correction. */
  correcting: Disclosure | undefined;
}

/**
 * The form that records a disclosure (or a correction of `correcting`): react-hook-form over the
 * contract's request schema and the API's rules, each refusal naming the rule and the privacy-
 * policy clause it keeps before anything is sent; the API's own 400s land on their fields; one
 * Idempotency-Key for the intent; the draft kept in the tab until recorded or the session ends;
 * leaving with unsaved input asks first. On success it opens the new entry.
 */
export function DisclosureForm({ initialValues, blankValues, restored, correcting }: DisclosureFormProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const staff = useStaff();
  // One key for the intent, kept with the draft: a restored draft goes on with its first key.
  const [idempotencyKey, setIdempotencyKey] = useState(
    () => (restored ? loadDraftIntentKey(staff.id, initialValues.corrects) : null) ?? newIdempotencyKey(),
  );
  const mutation = useRecordDisclosure(idempotencyKey);
  const recorded = useRef(false);
  // Hashing documents changes only the submit bar: the form around it does not re-render.
  const [hashingFlag] = useState(createBusyFlag);
  const [showRestored, setShowRestored] = useState(restored);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const resolver = useMemo(() => disclosureResolver(() => cachedRuleFactSources(queryClient)), [queryClient]);
  const { control, handleSubmit, formState, setError, reset, register, setFocus } =
    useForm<DisclosureFormValues>({
      resolver,
      defaultValues: initialValues,
      mode: 'onSubmit',
      reValidateMode: 'onSubmit',
    });
  const { errors, isSubmitting, submitCount } = formState;
  // Only what shapes the form is watched here: typing in a text field re-renders that field alone.
  const [kind, recipientId, legalBasis, deidentified, accountIds, corrects] = useWatch({
    control,
    name: ['kind', 'recipientId', 'legalBasis', 'deidentified', 'accountIds', 'corrects'],
  });
  const values = { kind, recipientId, legalBasis, deidentified, accountIds, corrects };
  const recipients = useQuery(disclosureQueries.recipients());
  const recipient = recipients.data?.find((candidate) => candidate.id === values.recipientId);
  const listed = useListedAccounts(values.deidentified ? [] : values.accountIds);
  const foreign = otherCountries(
    recipient,
    new Map<string, AccountCheck>(
      listed.flatMap((result, index) => {
        const id = values.accountIds[index];
        return result.data && id ? [[id, { state: 'found', country: result.data.country }] as const] : [];
      }),
    ),
  );
  const bases = offeredLegalBases(values.kind, recipient?.category);
  const shownBases =
    values.legalBasis !== '' && !bases.includes(values.legalBasis) ? [...bases, values.legalBasis] : bases;

  // A restored draft is unsaved input too, until recorded or discarded.
  const unsaved = formState.isDirty || showRestored;

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !recorded.current && unsaved && currentLocation.pathname !== nextLocation.pathname,
  );

  const onHashingChange = useCallback(
    (busy: boolean) => {
      hashingFlag.set(busy);
    },
    [hashingFlag],
  );

  const submit = (form: DisclosureFormValues) => {
    setUnplaced([]);
    mutation.mutate(toRequest(form), {
      onSuccess: (entry) => {
        recorded.current = true;
        dropDraft(form.corrects);
        toast.show({
          message: form.corrects ? `Correction ${entry.id} recorded` : `Disclosure ${entry.id} recorded`,
        });
        void navigate(paths.disclosure(entry.id));
      },
      onError: (error) => {
        if (!isApiError(error) || error.status !== 400) return;
        const elsewhere: string[] = [];
        for (const fieldError of error.fieldErrors) {
          const field = formFieldOfApiPath(fieldError.field);
          if (field && field !== 'corrects') setError(field, { type: 'server', message: fieldError.message });
          else elsewhere.push(`${fieldError.field}: ${fieldError.message}`);
        }
        if (error.fieldErrors.length === 0) elsewhere.push(describeError(error));
        setUnplaced(elsewhere);
        const first = error.fieldErrors
          .map((item) => formFieldOfApiPath(item.field))
          .find((field) => field !== undefined);
        if (first) setFocus(first);
      },
    });
  };

  const errorEntries = (Object.keys(fieldLabels) as DisclosureFormField[]).flatMap((field) => {
    const message = errors[field]?.message;
    return message ? [{ field, message }] : [];
  });
  const pending = mutation.isPending || isSubmitting;
  const failure = mutation.error;
  const correctedMeanwhile = isApiError(failure) && failure.isConflict;
  const correctedBy = correcting?.correctedBy.at(-1);

  return (
    <Box
      component="form"
      noValidate
      aria-label={correcting ? `Correct entry ${correcting.id}` : 'Record a disclosure'}
      onSubmit={(event) => void handleSubmit(submit)(event)}
      sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 960 }}
    >
      {correcting ? (
        <MuiAlert severity="info">
          <AlertTitle>Correcting entry {correcting.id}</AlertTitle>
          The ledger keeps{' '}
          <Link component={RouterLink} to={paths.disclosure(correcting.id)}>
            entry {correcting.id}
          </Link>{' '}
          as it was; this form records a new entry that corrects it.
        </MuiAlert>
      ) : null}
      {correcting && correctedBy && !correctedMeanwhile ? (
        <MuiAlert severity="warning">
          Entry {correcting.id} is already corrected by{' '}
          <Link component={RouterLink} to={paths.disclosure(correctedBy)}>
            {correctedBy}
          </Link>
          : correct that entry instead.
        </MuiAlert>
      ) : null}
      {showRestored ? (
        <MuiAlert
          severity="info"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                dropDraft(initialValues.corrects);
                reset(blankValues);
                setShowRestored(false);
                // A discarded draft ends its intent: what is typed next is a new one.
                setIdempotencyKey(newIdempotencyKey());
              }}
            >
              Discard draft
            </Button>
          }
        >
          Your unsent draft was restored from this tab.
        </MuiAlert>
      ) : null}
      {submitCount > 0 && (errorEntries.length > 0 || unplaced.length > 0) ? (
        <MuiAlert severity="error" role="alert">
          <AlertTitle>
            {errorEntries.length + unplaced.length === 1
              ? 'One thing to fix before this can be recorded'
              : `${String(errorEntries.length + unplaced.length)} things to fix before this can be recorded`}
          </AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {errorEntries.map(({ field, message }) => (
              <li key={field}>
                <Link
                  component="button"
                  type="button"
                  onClick={() => {
                    setFocus(field);
                  }}
                  sx={{ textAlign: 'left', verticalAlign: 'baseline' }}
                >
                  {fieldLabels[field]}
                </Link>
                : {message}
              </li>
            ))}
            {unplaced.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </Box>
        </MuiAlert>
      ) : null}
      {correctedMeanwhile ? (
        <CorrectedMeanwhile correctsId={values.corrects} />
      ) : failure && !(isApiError(failure) && failure.status === 400) ? (
        <MuiAlert severity="error" role="alert">
          <AlertTitle>The entry was not recorded</AlertTitle>
          {describeError(failure)}
          {isApiError(failure) && failure.isRetryable ? ' Record it again: it will be recorded once.' : ''}
        </MuiAlert>
      ) : null}

      <Section title="What went out, when">
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <TextField
            {...register('occurredAt')}
            type="datetime-local"
            label="When it happened"
            required
            error={Boolean(errors.occurredAt)}
            helperText={errors.occurredAt?.message ?? 'Your local time; not in the future'}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ minWidth: 260 }}
          />
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <FormControl error={Boolean(errors.kind)}>
                <FormLabel id="disclosure-kind">Kind</FormLabel>
                <RadioGroup
                  row
                  aria-labelledby="disclosure-kind"
                  name={field.name}
                  value={field.value}
                  onChange={(event) => {
                    field.onChange(event.target.value);
                  }}
                >
                  {disclosureKinds.map((kind, index) => (
                    <FormControlLabel
                      key={kind}
                      value={kind}
                      control={<Radio slotProps={{ input: { ref: index === 0 ? field.ref : undefined } }} />}
                      label={disclosureKindLabels[kind]}
                    />
                  ))}
                </RadioGroup>
                {errors.kind ? (
                  <Typography variant="caption" color="error">
                    {errors.kind.message}
                  </Typography>
                ) : null}
              </FormControl>
            )}
          />
        </Box>
        <Controller
          control={control}
          name="recipientId"
          render={({ field }) => (
            <RecipientField
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              errorMessage={errors.recipientId?.message}
            />
          )}
        />
        <TextField
          {...register('legalBasis')}
          select
          label="Legal basis"
          required
          error={Boolean(errors.legalBasis)}
          helperText={
            errors.legalBasis?.message ??
            (values.kind === 'public_disclosure'
              ? 'A public disclosure rests on consent or the law.'
              : 'Only the bases possible for this kind and recipient are offered.')
          }
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ maxWidth: 420 }}
        >
          <option value="">Choose…</option>
          {shownBases.map((basis) => (
            <option key={basis} value={basis}>
              {legalBasisLabels[basis]}
              {bases.includes(basis) ? '' : ' (not possible here)'}
            </option>
          ))}
        </TextField>
        <WatchedLimitedTextField
          control={control}
          limit={textLimits.reason}
          {...register('purpose')}
          label="Purpose"
          required
          multiline
          minRows={2}
          errorMessage={errors.purpose?.message}
        />
      </Section>

      <Section title="Whose data, and which">
        <Controller
          control={control}
          name="dataCategories"
          render={({ field }) => (
            <DataCategoriesField
              value={field.value}
              onChange={field.onChange}
              firstRef={field.ref}
              errorMessage={errors.dataCategories?.message}
            />
          )}
        />
        <CheckboxField control={control} name="deidentified" label="De-identified (the data names no one)" />
        {values.deidentified ? (
          <MuiAlert severity="warning">
            De-identified data must not let the recipient find out whom it is about, alone or combined with
            what the recipient already holds. {policyClauses.deidentified}
          </MuiAlert>
        ) : null}
        <Controller
          control={control}
          name="accountIds"
          render={({ field }) => (
            <AccountsField
              value={field.value}
              onChange={field.onChange}
              inputRef={field.ref}
              disabled={values.deidentified && field.value.length === 0}
              errorMessage={errors.accountIds?.message}
            />
          )}
        />
        <TextField
          {...register('subjectCount')}
          label="People concerned"
          required
          inputMode="numeric"
          error={Boolean(errors.subjectCount)}
          helperText={
            errors.subjectCount?.message ?? 'How many people the data is about: at least the accounts listed'
          }
          sx={{ maxWidth: 260 }}
        />
        <CheckboxField control={control} name="encrypted" label="Sent encrypted" />
      </Section>

      <Section title="Cross-border">
        <Typography variant="body2" color={foreign.length > 0 ? 'text.primary' : 'text.secondary'}>
          {foreign.length > 0 && recipient
            ? `Cross-border: the recipient is in ${recipient.country}, listed accounts live in ${foreign.join(', ')}. Give the destination and the safeguard.`
            : 'Only when the data left a listed person’s country: the destination and the safeguard in place there.'}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <TextField
            {...register('crossBorderCountry')}
            label="Destination country"
            placeholder="e.g. US"
            error={Boolean(errors.crossBorderCountry)}
            helperText={errors.crossBorderCountry?.message ?? 'Two-letter country code'}
            slotProps={{ htmlInput: { maxLength: 2, autoCapitalize: 'characters' } }}
            sx={{ width: 240, flexShrink: 0 }}
          />
          <TextField
            {...register('crossBorderSafeguard')}
            select
            label="Safeguard"
            error={Boolean(errors.crossBorderSafeguard)}
            helperText={errors.crossBorderSafeguard?.message ?? ' '}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ flex: 1, minWidth: 240 }}
          >
            <option value="">None</option>
            {crossBorderSafeguards.map((safeguard) => (
              <option key={safeguard} value={safeguard}>
                {crossBorderSafeguardLabels[safeguard]}
              </option>
            ))}
          </TextField>
        </Box>
      </Section>

      <Section title="Request and documents">
        <WatchedLimitedTextField
          control={control}
          limit={textLimits.title}
          {...register('requestReference')}
          label="Request reference"
          required={recipient?.category === 'authority'}
          errorMessage={errors.requestReference?.message}
        />
        <Controller
          control={control}
          name="documents"
          render={({ field }) => (
            <DocumentsField
              value={field.value}
              onChange={field.onChange}
              buttonRef={field.ref}
              onHashingChange={onHashingChange}
              errorMessage={errors.documents?.message}
            />
          )}
        />
      </Section>

      <SubmitBar
        pending={pending}
        hashingFlag={hashingFlag}
        submitLabel={correcting ? 'Record the correction' : 'Record the disclosure'}
        cancelTo={correcting ? paths.disclosure(correcting.id) : paths.disclosures()}
      />

      <DraftKeeper
        control={control}
        staffId={staff.id}
        intentKey={idempotencyKey}
        unsaved={unsaved}
        recorded={recorded}
      />
      <Dialog
        open={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        aria-labelledby="leave-title"
      >
        <DialogTitle id="leave-title">Leave without recording?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            Nothing is recorded yet. Leaving discards what you entered on this form.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button autoFocus onClick={() => blocker.reset?.()}>
            Stay on the form
          </Button>
          <Button
            color="error"
            onClick={() => {
              dropDraft(initialValues.corrects);
              blocker.proceed?.();
            }}
          >
            Leave and discard
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}

/** The submit button (presses while pending or hashing are dropped), Cancel, and what is happening. */
function SubmitBar({
  pending,
  hashingFlag,
  submitLabel,
  cancelTo,
}: {
  pending: boolean;
  hashingFlag: BusyFlag;
  submitLabel: string;
  cancelTo: string;
}) {
  const hashing = useBusyFlag(hashingFlag);
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      {/* While the documents hash, the button keeps its name and drops presses. */}
      <SubmitButton busy={pending || hashing} busyLabel={pending ? 'Recording…' : submitLabel}>
        {submitLabel}
      </SubmitButton>
      <Button component={RouterLink} to={cancelTo}>
        Cancel
      </Button>
      <Typography variant="body2" color="text.secondary" role="status">
        {hashing ? 'Waiting for the documents’ digests…' : pending ? 'Checking and recording…' : ''}
      </Typography>
    </Box>
  );
}

/**
 * Keeps the draft in step with every change (an untouched form keeps none) until the entry is
 * recorded; renders nothing, so the form does not re-render on each key for it.
 */
function DraftKeeper({
  control,
  staffId,
  intentKey,
  unsaved,
  recorded,
}: {
  control: Control<DisclosureFormValues>;
  staffId: string;
  intentKey: string;
  unsaved: boolean;
  recorded: RefObject<boolean>;
}) {
  const values = useWatch({ control }) as DisclosureFormValues;
  useEffect(() => {
    if (recorded.current) return;
    if (unsaved) saveDraft(staffId, values, intentKey);
    else dropDraft(values.corrects);
  }, [values, unsaved, staffId, intentKey, recorded]);
  return null;
}

/** 409: a colleague corrected the entry meanwhile; names the correcting entry once it is read again. */
function CorrectedMeanwhile({ correctsId }: { correctsId: string }) {
  const entry = useQuery({ ...disclosureQueries.detail(correctsId), staleTime: 0 });
  const by = entry.data?.correctedBy.at(-1);
  return (
    <MuiAlert severity="error" role="alert">
      <AlertTitle>Entry {correctsId} was corrected meanwhile</AlertTitle>A colleague recorded a correction of
      this entry while you worked on yours, and an entry is corrected only once.{' '}
      {by ? (
        <>
          Read{' '}
          <Link component={RouterLink} to={paths.disclosure(by)}>
            entry {by}
          </Link>
          , and correct that one if it still needs it.
        </>
      ) : (
        'Open the entry to see its correction.'
      )}
    </MuiAlert>
  );
}

/** One of the form's yes-or-no facts as a labelled checkbox (its value a boolean). */
function CheckboxField({
  control,
  name,
  label,
}: {
  control: Control<DisclosureFormValues>;
  name: 'deidentified' | 'encrypted';
  label: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControlLabel
          control={
            <Checkbox
              slotProps={{ input: { ref: field.ref } }}
              checked={field.value}
              onChange={(event) => {
                field.onChange(event.target.checked);
              }}
            />
          }
          label={label}
        />
      )}
    />
  );
}
