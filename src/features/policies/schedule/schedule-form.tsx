import MuiAlert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { Link as RouterLink, useNavigate } from 'react-router';
import { describeError, isApiError } from '@/shared/api/api-error';
import { newIdempotencyKey } from '@/shared/api/idempotency';
import { serverNow } from '@/shared/api/server-time';
import type { Purpose, PurposeId } from '@/shared/contract/consent';
import {
  changeCategories,
  minNoticePeriodDays,
  policyNoticeChannels,
  type PolicyVersion,
  type PublishPolicyRequest,
} from '@/shared/contract/policies';
import { formatDateTime, timeZoneLabel } from '@/shared/lib/format';
import { paths } from '@/shared/lib/paths';
import { ConflictDialog } from '@/shared/ui/conflict-dialog';
import { useToast } from '@/shared/ui/toast/use-toast';
import { UserText } from '@/shared/ui/user-text';
import { usePublishPolicy } from '../api/mutations';
import { policyQueries } from '../api/queries';
import { planErrors } from './plan-rules';
import { planResolver } from './plan-resolver';
import { initialPlan, planFieldOfApiPath, toPublishRequest, type PlanValues } from './plan-values';
import { PublishPreviewPanel } from './publish-preview';
import { channelReach, formatCount } from './reach';
import { changeCategoryLabels, policyNoticeChannelLabels } from '../policy-labels';

type PlanFieldName = keyof PlanValues;

/** How the error summary names each field. */
const fieldLabels: Record<PlanFieldName, string> = {
  channels: 'Notice channels',
  sendAt: 'Notice goes out',
  effectiveAt: 'Takes effect',
  reconsentPurposes: 'Re-consent purposes',
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

interface ScheduleFormProps {
  /** An approved version, as `GET /policies/{id}` answered it. */
  version: PolicyVersion;
  /** `GET /consent/purposes`: the re-consent choices (those not required) and what is new. */
  purposes: readonly Purpose[];
}

/**
 * The notice plan of an approved version and its publication (`POST /policies/{id}/publish`,
 * API.md "Policy versions"): channels, notice and effective times in the staff member's time zone
 * (sent as UTC), re-consent purposes; checked against the contract's schema, the publishing rules
 * and server time before anything is sent, each message naming the rule and the policy clause it
 * keeps; the API's 400s on their fields; the publish preview beside it; a confirmation that
 * restates the effective time, channels and reach; one Idempotency-Key for the intent and
 * If-Match on the version shown (412 → the conflict dialog). On success the version page opens.
 */
export function ScheduleForm({ version, purposes }: ScheduleFormProps) {
  const navigate = useNavigate();
  const toast = useToast();
  // One key for the intent: a second press, a retry after a lost reply or after fixing a refused
  // plan sends the same key (the API keeps only successful replies), so the version is scheduled once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [initial] = useState(() => initialPlan(version, serverNow()));
  const [zone] = useState(() => timeZoneLabel(serverNow()));
  const [confirming, setConfirming] = useState<PublishPolicyRequest | null>(null);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const resolver = useMemo(
    // The change categories are the version's own: `onValid` checks them (see below).
    () => planResolver(() => ({ version, purposes, nowMs: serverNow() })),
    [version, purposes],
  );
  const { control, handleSubmit, formState, register, setFocus } = useForm<PlanValues>({
    resolver,
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { errors, submitCount } = formState;
  const [channels, reconsentPurposes] = useWatch({ control, name: ['channels', 'reconsentPurposes'] });

  // Once scheduled, a late second press of a double click (answered between its two clicks) is
  // the same intent: dropped.
  const scheduledOnce = useRef(false);
  const publish = usePublishPolicy(idempotencyKey, (scheduled) => {
    scheduledOnce.current = true;
    setConfirming(null);
    toast.show({ message: `Version ${scheduled.label} is scheduled` });
    void navigate(paths.policy(scheduled.id));
  });

  const onValid = (values: PlanValues) => {
    setUnplaced([]);
    setServerErrors({});
    const categories = planErrors(values, version, purposes, serverNow()).changeCategories;
    setFormProblem(categories ?? null);
    if (categories) return;
    publish.reset();
    setConfirming(toPublishRequest(values));
  };

  const confirm = () => {
    if (!confirming || scheduledOnce.current) return;
    publish.mutate(version, confirming);
  };

  // The API's refusals: 400s on their fields, the rest explained above the form.
  const failure = publish.error;
  // The API's 400s, placed once per refusal (state kept from the render that saw it): each on its
  // field until that field changes or the plan is sent again, `changeCategories` on the form.
  const [placedFailure, setPlacedFailure] = useState<Error | null>(null);
  const [serverErrors, setServerErrors] = useState<Partial<Record<PlanFieldName, string>>>({});
  if (failure !== placedFailure) {
    setPlacedFailure(failure);
    if (isApiError(failure) && failure.status === 400) {
      setConfirming(null);
      const placed: Partial<Record<PlanFieldName, string>> = {};
      const elsewhere: string[] = [];
      let categories: string | null = null;
      for (const fieldError of failure.fieldErrors) {
        const field = planFieldOfApiPath(fieldError.field);
        if (field === 'changeCategories') categories = fieldError.message;
        else if (field)
          placed[field] = placed[field] ? `${placed[field]} ${fieldError.message}` : fieldError.message;
        else elsewhere.push(`${fieldError.field}: ${fieldError.message}`);
      }
      if (failure.fieldErrors.length === 0) elsewhere.push(describeError(failure));
      setServerErrors(placed);
      setFormProblem(categories);
      setUnplaced(elsewhere);
    }
  }
  const clearServerError = (field: PlanFieldName) => {
    if (serverErrors[field] === undefined) return;
    setServerErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([name]) => name !== field)),
    );
  };
  const messageOf = (field: PlanFieldName) => errors[field]?.message ?? serverErrors[field];
  const refusedElsewhere = failure && !(isApiError(failure) && failure.status === 400) ? failure : null;

  const errorEntries = (Object.keys(fieldLabels) as PlanFieldName[]).flatMap((field) => {
    const message = messageOf(field);
    return message ? [{ field, message }] : [];
  });
  const problemCount = errorEntries.length + unplaced.length;

  return (
    <Box
      component="form"
      noValidate
      aria-label={`Schedule version ${version.label}`}
      onSubmit={(event) => void handleSubmit(onValid)(event)}
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
        alignItems: 'start',
      }}
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }}>
        {formProblem ? (
          <MuiAlert severity="error" role="alert">
            <AlertTitle>This version cannot be published as it is</AlertTitle>
            {formProblem} Its change categories are part of the approved text and can only change in a draft:
            the version must go back to draft — make a new draft from it on{' '}
            <Link component={RouterLink} to={paths.policy(version.id)}>
              the version page
            </Link>
            , set its change categories and have it reviewed again.
          </MuiAlert>
        ) : null}
        {submitCount > 0 && problemCount > 0 ? (
          <MuiAlert severity="error" role="alert">
            <AlertTitle>
              {problemCount === 1
                ? 'One thing to fix before this can be scheduled'
                : `${String(problemCount)} things to fix before this can be scheduled`}
            </AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {errorEntries.map(({ field }) => (
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
                  : see the message at the field
                </li>
              ))}
              {unplaced.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </Box>
          </MuiAlert>
        ) : null}
        {refusedElsewhere ? <PublishFailure error={refusedElsewhere} version={version} /> : null}

        <Typography variant="body2" color="text.secondary">
          {version.significant
            ? `A significant change (${
                version.changeCategories.length > 0
                  ? changeCategories
                      .filter((category) => version.changeCategories.includes(category))
                      .map((category) => changeCategoryLabels[category].label)
                      .join(', ')
                  : 'no change category named'
              }): the notice rules for significant changes apply.`
            : 'A minor update: no notice period or re-consent is required, but customers are still told.'}
        </Typography>
        <Section title="How customers are told">
          <Controller
            control={control}
            name="channels"
            render={({ field }) => (
              <FormControl component="fieldset" error={Boolean(messageOf('channels'))}>
                <FormLabel component="legend">Notice channels</FormLabel>
                <FormGroup row>
                  {policyNoticeChannels.map((channel, index) => (
                    <FormControlLabel
                      key={channel}
                      label={policyNoticeChannelLabels[channel]}
                      control={
                        <Checkbox
                          checked={field.value.includes(channel)}
                          onChange={(event) => {
                            clearServerError('channels');
                            field.onChange(
                              event.target.checked
                                ? policyNoticeChannels.filter((c) => c === channel || field.value.includes(c))
                                : field.value.filter((c) => c !== channel),
                            );
                          }}
                          slotProps={{
                            input: {
                              ref: index === 0 ? field.ref : undefined,
                              'aria-describedby': 'plan-channels-help',
                            },
                          }}
                        />
                      }
                    />
                  ))}
                </FormGroup>
                <FormHelperText id="plan-channels-help">
                  {messageOf('channels') ??
                    (version.significant
                      ? 'A significant change: email or SMS, plus a site banner.'
                      : 'Any channel; a site banner is usual for a minor update.')}
                </FormHelperText>
              </FormControl>
            )}
          />
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
            <TextField
              {...register('sendAt', {
                onChange: () => {
                  clearServerError('sendAt');
                },
              })}
              type="datetime-local"
              label="Notice goes out"
              required
              error={Boolean(messageOf('sendAt'))}
              helperText={messageOf('sendAt') ?? `In your time zone, ${zone}; not in the past.`}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ flex: 1, minWidth: 260 }}
            />
            <TextField
              {...register('effectiveAt', {
                onChange: () => {
                  clearServerError('effectiveAt');
                },
              })}
              type="datetime-local"
              label="Takes effect"
              required
              error={Boolean(messageOf('effectiveAt'))}
              helperText={
                messageOf('effectiveAt') ??
                `In your time zone, ${zone}; ${version.significant ? `at least ${String(minNoticePeriodDays)} days after the notice` : 'not before the notice'}.`
              }
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ flex: 1, minWidth: 260 }}
            />
          </Box>
          <UtcEcho control={control} />
        </Section>

        <Section title="Asking customers again">
          <Controller
            control={control}
            name="reconsentPurposes"
            render={({ field }) => (
              <FormControl component="fieldset" error={Boolean(messageOf('reconsentPurposes'))}>
                <FormLabel component="legend">Re-consent purposes</FormLabel>
                <FormGroup>
                  {purposes
                    .filter((purpose) => !purpose.required)
                    .map((purpose, index) => (
                      <FormControlLabel
                        key={purpose.id}
                        label={
                          <>
                            {purpose.name}
                            {purpose.since === version.label ? (
                              <Chip
                                size="small"
                                color="primary"
                                label={`New in ${version.label}`}
                                sx={{ ml: 1 }}
                              />
                            ) : null}
                          </>
                        }
                        control={
                          <Checkbox
                            checked={field.value.includes(purpose.id)}
                            onChange={(event) => {
                              clearServerError('reconsentPurposes');
                              field.onChange(
                                event.target.checked
                                  ? purposes
                                      .map((p) => p.id)
                                      .filter((id) => id === purpose.id || field.value.includes(id))
                                  : field.value.filter((id: PurposeId) => id !== purpose.id),
                              );
                            }}
                            slotProps={{
                              input: {
                                ref: index === 0 ? field.ref : undefined,
                                'aria-describedby': 'plan-purposes-help',
                              },
                            }}
                          />
                        }
                      />
                    ))}
                </FormGroup>
                <FormHelperText id="plan-purposes-help">
                  {messageOf('reconsentPurposes') ??
                    'Customers are asked to opt in again for these: needed for changes to purposes or rights, and every purpose new in this version must be listed.'}
                </FormHelperText>
              </FormControl>
            )}
          />
        </Section>

        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <Button type="submit" variant="contained">
            Schedule…
          </Button>
          <Button component={RouterLink} to={paths.policy(version.id)}>
            Cancel
          </Button>
        </Box>
      </Box>

      <PublishPreviewPanel
        version={version}
        channels={channels}
        reconsentPurposes={reconsentPurposes}
        purposes={purposes}
      />

      <ConfirmDialog
        version={version}
        request={confirming}
        purposes={purposes}
        pending={publish.isPending}
        failure={refusedElsewhere}
        onConfirm={confirm}
        onClose={() => {
          if (!publish.isPending) setConfirming(null);
        }}
      />
      <ConflictDialog
        open={publish.conflict !== null}
        action={`Schedule version ${version.label}`}
        rows={
          publish.conflict
            ? [
                { label: 'Status', theirs: publish.conflict.theirs.status, mine: 'scheduled' },
                {
                  label: 'Takes effect',
                  theirs: publish.conflict.theirs.effectiveAt
                    ? formatDateTime(publish.conflict.theirs.effectiveAt)
                    : '—',
                  mine: formatDateTime(publish.conflict.input.effectiveAt),
                },
                {
                  label: 'Last changed',
                  theirs: formatDateTime(publish.conflict.theirs.updatedAt),
                  mine: formatDateTime(version.updatedAt),
                },
              ]
            : []
        }
        canApply={publish.conflict?.theirs.status === 'approved'}
        applyLabel="Schedule it with my plan"
        onApplyMine={publish.keepMine}
        onKeepTheirs={() => {
          publish.takeTheirs();
          setConfirming(null);
        }}
        onClose={() => {
          publish.closeConflict();
          setConfirming(null);
        }}
      />
    </Box>
  );
}

/** The two times as they will be sent (UTC), so the person sees what their local times mean. */
function UtcEcho({ control }: { control: Control<PlanValues> }) {
  const values = useWatch({ control }) as PlanValues;
  const request = toPublishRequest(values);
  const shown = (iso: string) =>
    Number.isNaN(Date.parse(iso)) ? '—' : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  return (
    <Typography variant="body2" color="text.secondary">
      Sent as UTC: notice {shown(request.notice.sendAt)}, in effect {shown(request.effectiveAt)}.
    </Typography>
  );
}

/** The last check before scheduling: the effective time, the notice, the channels and their reach. */
function ConfirmDialog({
  version,
  request,
  purposes,
  pending,
  failure,
  onConfirm,
  onClose,
}: {
  version: PolicyVersion;
  request: PublishPolicyRequest | null;
  purposes: readonly Purpose[];
  pending: boolean;
  /** Why the last press did not schedule it (not a 400: those close the dialog for the fields). */
  failure: Error | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const preview = useQuery(policyQueries.publishPreview(version.id));
  const [kept, setKept] = useState(request);
  if (request && request !== kept) setKept(request);
  const shown = request ?? kept;
  const nameOf = (id: PurposeId) => purposes.find((purpose) => purpose.id === id)?.name ?? id;
  return (
    <Dialog
      open={request !== null}
      onClose={onClose}
      aria-labelledby="schedule-confirm-title"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="schedule-confirm-title">Schedule version {version.label}?</DialogTitle>
      {shown ? (
        <DialogContent>
          <Typography variant="body1" sx={{ mb: 1 }}>
            <UserText>{version.title}</UserText> takes effect on{' '}
            <strong>{formatDateTime(shown.effectiveAt)}</strong>. Customers are told from{' '}
            {formatDateTime(shown.notice.sendAt)}.
          </Typography>
          <Typography variant="subtitle2" component="h3">
            Channels and reach
          </Typography>
          <Box component="ul" sx={{ mt: 0, pl: 2 }}>
            {policyNoticeChannels
              .filter((channel) => shown.notice.channels.includes(channel))
              .map((channel) => (
                <li key={channel}>
                  {policyNoticeChannelLabels[channel]}
                  {preview.data ? `: ${channelReach(channel, preview.data.noticeAudience)}` : ''}
                </li>
              ))}
          </Box>
          <Typography variant="subtitle2" component="h3">
            Asked to opt in again
          </Typography>
          {shown.notice.reconsentPurposes.length === 0 ? (
            <Typography variant="body2">Nobody: no re-consent purpose.</Typography>
          ) : (
            <Box component="ul" sx={{ mt: 0, pl: 2 }}>
              {shown.notice.reconsentPurposes.map((id) => {
                const asked = preview.data?.reconsent.find((entry) => entry.purposeId === id)?.accountsToAsk;
                return (
                  <li key={id}>
                    {nameOf(id)}
                    {asked === undefined ? '' : `: ${formatCount(asked)} accounts`}
                  </li>
                );
              })}
            </Box>
          )}
          <Typography variant="body2" color="text.secondary">
            It can be retracted until it takes effect.
          </Typography>
          {failure ? (
            <Box sx={{ mt: 2 }}>
              <PublishFailure error={failure} version={version} />
            </Box>
          ) : null}
        </DialogContent>
      ) : null}
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>
          Back to the plan
        </Button>
        <Button
          variant="contained"
          autoFocus
          aria-disabled={pending}
          onClick={() => {
            if (!pending) onConfirm();
          }}
        >
          {pending ? 'Scheduling…' : 'Schedule'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** A refusal that is not about the plan's fields: what happened, and what to do. */
function PublishFailure({ error, version }: { error: Error; version: PolicyVersion }) {
  const versionLink = (
    <Link component={RouterLink} to={paths.policy(version.id)}>
      the version page
    </Link>
  );
  if (isApiError(error) && error.isConflict) {
    return (
      <MuiAlert severity="error" role="alert">
        <AlertTitle>Version {version.label} is no longer approved</AlertTitle>
        Only an approved version can be scheduled, and this one changed state meanwhile (a colleague may have
        scheduled it). See its state on {versionLink}.
      </MuiAlert>
    );
  }
  return (
    <MuiAlert severity="error" role="alert">
      <AlertTitle>The version was not scheduled</AlertTitle>
      {describeError(error)}
      {isApiError(error) && error.isRetryable ? ' Schedule it again: it will be scheduled once.' : ''}
    </MuiAlert>
  );
}
