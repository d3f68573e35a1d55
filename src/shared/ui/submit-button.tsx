import Button from '@mui/material/Button';
import type { ReactNode } from 'react';

/**
 * A form's main submit button that stays in the tab order while the form is busy (a request in
 * flight, a file still hashing): `busy` marks it `aria-disabled` and drops presses (a double click
 * sends once; the mutation guards too), and it reads `busyLabel` meanwhile, `children` otherwise.
 * Renders a contained `type="submit"` button; throws nothing.
 */
export function SubmitButton({
  busy,
  busyLabel,
  children,
}: {
  busy: boolean;
  busyLabel: string;
  children: ReactNode;
}) {
  return (
    <Button
      type="submit"
      variant="contained"
      aria-disabled={busy}
      onClick={(event) => {
        if (busy) event.preventDefault();
      }}
    >
      {busy ? busyLabel : children}
    </Button>
  );
}
