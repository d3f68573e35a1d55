import Alert from '@mui/material/Alert';
import Button, { type ButtonProps } from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import * as z from 'zod/mini';
import { textLimits } from '@/shared/contract/limits';
import { LimitedTextField } from './limited-text-field';

/**
 * The reason a dialog asks for (a lock or unlock, a reveal, a withdrawal): trimmed, at least
 * `min` characters (1 when not given, with `requiredMessage`), at most `textLimits.reason`
 * (docs/api.md, General: "Lengths"). Returns a zod mini string schema for a form's `reason`.
 */
export function reasonSchema({ min = 1, requiredMessage }: { min?: number; requiredMessage: string }) {
  return z
    .string()
    .check(
      z.trim(),
      z.minLength(min, requiredMessage),
      z.maxLength(
        textLimits.reason,
        `Keep the reason to ${textLimits.reason.toLocaleString('en')} characters or fewer`,
      ),
    );
}

/** Why the dialog's last send failed, announced (`role="alert"`); renders nothing without one. */
export function DialogFailure({ children }: { children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }}>
      {children}
    </Alert>
  );
}

interface ReasonFieldProps {
  /** `register('reason')` of the dialog's form. */
  registration: UseFormRegisterReturn;
  /** The reason's current length in characters (`useWatch({ control, name: 'reason' }).length`). */
  length: number;
  /** The form's validation message for the field, if any. */
  errorMessage?: string | undefined;
  label?: string;
  placeholder?: string;
  autoFocus?: boolean;
}

/**
 * The multi-line reason field of a dialog, saying its limit (`textLimits.reason`) and counting
 * what is typed. Renders a `LimitedTextField`; throws nothing.
 */
export function ReasonField({
  registration,
  length,
  errorMessage,
  label = 'Reason',
  placeholder,
  autoFocus = false,
}: ReasonFieldProps) {
  return (
    <LimitedTextField
      {...registration}
      label={label}
      placeholder={placeholder}
      multiline
      minRows={2}
      fullWidth
      autoFocus={autoFocus}
      required
      limit={textLimits.reason}
      length={length}
      {...(errorMessage === undefined ? {} : { errorMessage })}
    />
  );
}

interface SubmitActionsProps {
  onCancel: () => void;
  /** While the request is on its way: the submit button is disabled and says `pendingLabel`. */
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  color?: ButtonProps['color'];
}

/** Cancel and the form's submit button, which says it is working and takes no second press. */
export function SubmitActions({ onCancel, pending, submitLabel, pendingLabel, color = 'primary' }: SubmitActionsProps) {
  return (
    <DialogActions>
      <Button onClick={onCancel}>Cancel</Button>
      <Button type="submit" variant="contained" color={color} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </DialogActions>
  );
}
