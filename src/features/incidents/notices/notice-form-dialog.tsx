import MuiAlert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { isApiError } from '@/shared/api/api-error';
import { useIntentKey } from '@/shared/api/use-intent-key';
import { textLimits } from '@/shared/contract/limits';
import {
  incidentNoticeChannels,
  missingNoticeParts,
  noticeAudiences,
  noticeContentFields,
  type Incident,
  type NoticeDraft,
} from '@/shared/contract/incidents';
import { ConflictDialog } from '@/shared/ui/conflict-dialog';
import { LimitedTextField } from '@/shared/ui/limited-text-field';
import { DialogFailure, SubmitActions } from '@/shared/ui/reason-dialog-fields';
import { useCreateNotice, usePatchNotice } from '../api/mutations';
import { incidentNoticeChannelLabels, noticeAudienceLabels, noticePartLabels } from '../incident-labels';
import {
  announcesPublicly,
  formFieldOfApiPath,
  noticeFormResolver,
  noticeFormValues,
  toCreateRequest,
  toPatchRequest,
  type NoticeFormValues,
} from './notice-form-values';
import { parseAccountIds } from '@/shared/lib/account-ids';
import { audienceSizeText, channelsText, noticeAudienceSize, noticeFailureText } from './notice-words';

interface NoticeFormDialogProps {
  incident: Incident;
  /** The draft to edit; without it the dialog drafts a new notice. */
  notice?: NoticeDraft | undefined;
  onClose: () => void;
}

/** The parts still to write, by their labels, or `null` when all five are written. */
function MissingParts({ values }: { values: NoticeFormValues }) {
  const missing = missingNoticeParts(values.content);
  return (
    <MuiAlert
      severity={missing.length === 0 ? 'success' : 'info'}
      aria-label="Parts still to write"
      role="note"
    >
      {missing.length === 0
        ? 'All five parts are written: once saved, another person can approve the notice.'
        : `Still to write before the notice can be approved: ${missing
            .map((part) => noticePartLabels[part].label)
            .join('; ')}.`}
    </MuiAlert>
  );
}

function NoticeForm({
  incident,
  notice,
  onClose,
  onDirtyChange,
}: NoticeFormDialogProps & { onDirtyChange: (dirty: boolean) => void }) {
  // The version the person's edit is made on: a colleague's save meanwhile is a 412, never
  // overwritten silently (the list's copy may refresh while the dialog is open).
  const [base, setBase] = useState(notice);
  const {
    register,
    handleSubmit,
    control,
    reset,
    setError,
    formState: { errors, isDirty },
  } = useForm<NoticeFormValues>({ resolver: noticeFormResolver, defaultValues: noticeFormValues(notice) });
  useEffect(() => {
    onDirtyChange(isDirty);
  }, [isDirty, onDirtyChange]);
  useEffect(
    () => () => {
      onDirtyChange(false);
    },
    [onDirtyChange],
  );
  const values = useWatch({ control }) as NoticeFormValues;
  // One key per intent: a double click or a retry after a lost reply makes one draft.
  const [idempotencyKey] = useIntentKey();
  const saved = useRef(false);
  const done = () => {
    saved.current = true;
    onClose();
  };
  const create = useCreateNotice(incident.id, idempotencyKey);
  const patch = usePatchNotice(incident.id, done);
  const write = base ? patch : create;
  const { conflict } = patch;
  const publicly = announcesPublicly(values);
  const pastedIds = parseAccountIds(values.accountIdsText);

  const showFieldErrors = (error: unknown) => {
    if (!isApiError(error)) return;
    for (const fieldError of error.fieldErrors) {
      const field = formFieldOfApiPath(fieldError.field);
      if (field) setError(field, { type: 'server', message: fieldError.message });
    }
  };

  return (
    <>
      <form
        noValidate
        onSubmit={(event) =>
          void handleSubmit((form) => {
            if (saved.current) return;
            if (base) {
              patch.mutate(base, toPatchRequest(form));
              return;
            }
            create.mutate(toCreateRequest(form), { onSuccess: done, onError: showFieldErrors });
          })(event)
        }
      >
        <DialogTitle id="notice-form-title">{base ? 'Edit the draft notice' : 'Draft a notice'}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            The privacy policy promises affected customers a prompt notice that says what happened and its
            likely impact, what the company did and will do, how they can protect themselves, the remedies
            open to them, and whom to contact. Parts may stay empty while drafting; a notice is approved only
            once all five are written, by someone other than its author.
          </DialogContentText>
          <DialogFailure>{write.error ? noticeFailureText('save', write.error) : null}</DialogFailure>

          <FormControl component="fieldset" sx={{ mb: 2 }}>
            <FormLabel component="legend">Audience</FormLabel>
            <Controller
              control={control}
              name="audience"
              render={({ field }) => (
                <RadioGroup {...field} aria-label="Audience">
                  {noticeAudiences.map((audience) => (
                    <FormControlLabel
                      key={audience}
                      value={audience}
                      control={<Radio size="small" />}
                      label={
                        audience === 'public'
                          ? noticeAudienceLabels[audience].label
                          : `${noticeAudienceLabels[audience].label} (${audienceSizeText(
                              { audience, accountIds: pastedIds.ids },
                              incident,
                            )})`
                      }
                    />
                  ))}
                </RadioGroup>
              )}
            />
            <FormHelperText>{noticeAudienceLabels[values.audience].hint}</FormHelperText>
          </FormControl>

          {values.audience === 'account_ids' ? (
            <TextField
              {...register('accountIdsText')}
              label="Account ids to notify"
              required
              multiline
              minRows={3}
              fullWidth
              sx={{ mb: 2 }}
              error={errors.accountIdsText !== undefined}
              helperText={
                errors.accountIdsText?.message ??
                `Paste the account ids, separated by spaces, commas or new lines: ${noticeAudienceSize(
                  { audience: 'account_ids', accountIds: pastedIds.ids },
                  incident,
                ).toLocaleString('en')} recognised.`
              }
            />
          ) : null}

          <FormControl component="fieldset" sx={{ mb: 2 }} error={errors.channels !== undefined}>
            <FormLabel component="legend">Channels</FormLabel>
            <Controller
              control={control}
              name="channels"
              render={({ field }) => (
                <FormGroup row>
                  {incidentNoticeChannels.map((channel) => (
                    <FormControlLabel
                      key={channel}
                      label={incidentNoticeChannelLabels[channel]}
                      control={
                        <Checkbox
                          size="small"
                          checked={field.value.includes(channel)}
                          onChange={(event) => {
                            field.onChange(
                              event.target.checked
                                ? [...field.value, channel]
                                : field.value.filter((chosen) => chosen !== channel),
                            );
                          }}
                        />
                      }
                    />
                  ))}
                </FormGroup>
              )}
            />
            <FormHelperText>
              {errors.channels?.message ??
                (values.channels.length > 0
                  ? `By ${channelsText(incidentNoticeChannels.filter((channel) => values.channels.includes(channel)))}.`
                  : 'Choose at least one channel.')}
            </FormHelperText>
          </FormControl>

          {publicly ? (
            <Box sx={{ mb: 2 }}>
              <MuiAlert severity="warning" role="note" sx={{ mb: 1 }}>
                The privacy policy allows a public announcement only when notifying each person individually
                is impractical (for example, no contact details for many of them). Say why it is here.
              </MuiAlert>
              <LimitedTextField
                {...register('publicReason')}
                label="Why individual notice is impractical"
                required
                multiline
                minRows={2}
                fullWidth
                limit={textLimits.reason}
                length={values.publicReason.trim().length}
                {...(errors.publicReason?.message === undefined
                  ? {}
                  : { errorMessage: errors.publicReason.message })}
              />
            </Box>
          ) : null}

          <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600, mt: 1, mb: 1 }}>
            The five parts of the notice
          </Typography>
          {noticeContentFields.map((part) => (
            <Box key={part} sx={{ mb: 2 }}>
              <LimitedTextField
                {...register(`content.${part}`)}
                id={`notice-part-${part}`}
                label={noticePartLabels[part].label}
                multiline
                minRows={2}
                fullWidth
                limit={textLimits.note}
                length={values.content[part].trim().length}
                // The guidance first, then the character count (MUI's helper text).
                slotProps={{
                  htmlInput: {
                    'aria-describedby': `notice-part-${part}-guidance notice-part-${part}-helper-text`,
                  },
                }}
                {...(errors.content?.[part]?.message === undefined
                  ? {}
                  : { errorMessage: errors.content[part].message })}
              />
              <Typography
                id={`notice-part-${part}-guidance`}
                variant="body2"
                color="text.secondary"
                sx={{ mt: 0.5 }}
              >
                {noticePartLabels[part].guidance}
              </Typography>
            </Box>
          ))}
          <MissingParts values={values} />
        </DialogContent>
        <SubmitActions
          onCancel={onClose}
          pending={write.isPending}
          submitLabel="Save draft"
          pendingLabel="Saving…"
        />
      </form>
      {conflict && base ? (
        <ConflictDialog
          open
          action="Save the draft notice"
          rows={[
            ...noticeContentFields.map((part) => ({
              label: noticePartLabels[part].label,
              theirs: conflict.theirs.content[part],
              mine: conflict.input.content?.[part] ?? base.content[part],
            })),
            {
              label: 'Audience',
              theirs: audienceSizeText(conflict.theirs, incident),
              mine: audienceSizeText(
                { audience: conflict.input.audience ?? base.audience, accountIds: conflict.input.accountIds },
                incident,
              ),
            },
            {
              label: 'Channels',
              theirs: channelsText(conflict.theirs.channels),
              mine: channelsText(conflict.input.channels ?? base.channels),
            },
            {
              label: 'Version',
              theirs: String(conflict.theirs.version),
              mine: `based on ${String(base.version)}`,
            },
          ]}
          // Their notice may have been approved meanwhile: then it is read-only, nothing to apply.
          canApply={conflict.theirs.status === 'draft'}
          applyLabel="Save my draft over theirs"
          onApplyMine={patch.keepMine}
          onKeepTheirs={() => {
            setBase(conflict.theirs);
            reset(noticeFormValues(conflict.theirs));
            patch.takeTheirs();
          }}
          onClose={patch.closeConflict}
        />
      ) : null}
    </>
  );
}

/**
 * "Draft a notice" / "Edit the draft notice" (API.md "Security incidents and notifications";
 * docs/api.md, Incidents, "Notices"): the five parts with their guidance, the audience (all
 * affected, named accounts as a pasted list, or the public), the channels, and the reason a public
 * announcement needs (the privacy policy: only when individual notice is impractical), checked by
 * `createNoticeRequestSchema` before sending. A new draft is created with one Idempotency-Key per
 * intent; a draft is edited with If-Match, a colleague's save meanwhile opens the shared conflict
 * dialog and nothing typed is lost. Takes the incident, the draft (when editing) and `onClose`.
 */
export function NoticeFormDialog({ open, ...props }: NoticeFormDialogProps & { open: boolean }) {
  // Whether anything was typed: then only Cancel (a deliberate press) closes the dialog.
  const dirty = useRef(false);
  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  return (
    <Dialog
      open={open}
      // A click beside the dialog never throws away what was typed, nor does Escape once something
      // was: the person closes with Cancel.
      onClose={(_event, reason) => {
        if (reason === 'backdropClick' || dirty.current) return;
        props.onClose();
      }}
      fullWidth
      maxWidth="md"
      aria-labelledby="notice-form-title"
    >
      {open ? <NoticeForm {...props} onDirtyChange={onDirtyChange} /> : null}
    </Dialog>
  );
}
