import type { ComponentProps } from 'react';
import { useWatch, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { LimitedTextField } from './limited-text-field';

/**
 * A `LimitedTextField` for one text field of a react-hook-form form that watches its own value, so
 * that only it re-renders as it is typed in (its character count follows the text; the form does
 * not). Takes the form's `control`, the field's `name` (a path whose value is a string; spread
 * `register(name)` for the rest), `limit` (characters, as `textLimits` gives them) and
 * `errorMessage` (the field's validation message, or `undefined`), plus any `TextField` props.
 * Counts the trimmed text, as the contract's length limits do (docs/api.md "Lengths"). Renders the
 * field; throws nothing.
 */
export function WatchedLimitedTextField<T extends FieldValues>({
  control,
  name,
  limit,
  errorMessage,
  ...props
}: Omit<ComponentProps<typeof LimitedTextField>, 'length' | 'errorMessage' | 'name'> & {
  control: Control<T>;
  name: FieldPathByValue<T, string>;
  errorMessage: string | undefined;
}) {
  const text: unknown = useWatch({ control, name });
  return (
    <LimitedTextField
      {...props}
      name={name}
      limit={limit}
      length={typeof text === 'string' ? text.trim().length : 0}
      {...(errorMessage ? { errorMessage } : {})}
    />
  );
}
