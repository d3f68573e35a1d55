import TextField, { type TextFieldProps } from '@mui/material/TextField';

/**
 * A text field that says its limit before anything is sent: its helper line counts the characters
 * typed against `limit` ("42 / 500 characters"), turns to an error once there are more, and shows
 * `errorMessage` (a validation message) instead when there is one. It never cuts what is typed or
 * pasted: too long a text stays whole on screen, to be shortened, and the form's schema refuses it
 * (`src/shared/contract/limits.ts`, docs/api.md "Lengths").
 *
 * Takes MUI `TextField` props (register a react-hook-form field by spreading `register(name)`),
 * `limit` (characters, as `textLimits` gives them) and `length`, the current value's length
 * (e.g. `watch(name).length`). Renders the field; throws nothing.
 */
export function LimitedTextField({
  limit,
  length,
  errorMessage,
  ...props
}: Omit<TextFieldProps, 'error' | 'helperText'> & { limit: number; length: number; errorMessage?: string }) {
  const over = length > limit;
  const count = `${length.toLocaleString('en')} / ${limit.toLocaleString('en')} characters`;
  return (
    <TextField
      {...props}
      error={over || Boolean(errorMessage)}
      helperText={
        errorMessage ?? (over ? `${count}: shorten it by ${(length - limit).toLocaleString('en')}` : count)
      }
    />
  );
}
