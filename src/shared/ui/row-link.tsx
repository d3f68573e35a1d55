import { styled } from '@mui/material/styles';
import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import { UserText } from './user-text';

// One class for every link in a list's rows (a page of 200 rows holds 400 of them).
const Anchor = styled(Link)(({ theme }) => {
  const palette = (theme.vars ?? theme).palette;
  return {
    color: palette.primary.main,
    textDecoration: 'none',
    '&:hover': { textDecoration: 'underline' },
    '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 },
  };
});

// The row opens its own record on click; a link inside it goes where it says instead.
const keepToLink = (event: MouseEvent) => {
  event.stopPropagation();
};

interface RowLinkProps {
  to: string;
  children: string;
  /** Underlined always (an id), or only on hover (a title). */
  underline?: boolean;
}

/**
 * A link inside a list row: out of the tab order (the row itself is the keyboard stop), still a
 * link for screen readers and the mouse. Its text (a record's title or id) is printed as UserText.
 */
export function RowLink({ to, children, underline = false }: RowLinkProps) {
  return (
    <Anchor
      to={to}
      onClick={keepToLink}
      tabIndex={-1}
      style={underline ? { textDecoration: 'underline' } : undefined}
    >
      <UserText>{children}</UserText>
    </Anchor>
  );
}
