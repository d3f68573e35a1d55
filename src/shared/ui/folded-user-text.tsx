import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useState, type ReactNode } from 'react';
import { UserText } from './user-text';

export interface FoldedUserTextProps {
  /** Text the console did not write, shown through `UserText`. */
  children: string;
  /** How many lines show while folded (1: one line ending in "…"). */
  lines?: number;
  /** Longer texts (or texts with a line break) fold; shorter ones show whole with no button. */
  foldAfter?: number;
  /** The unfold button's words, e.g. "show" or "show all"; "hide" folds it again. */
  showLabel?: string;
  /** Names what the button unfolds for a screen reader, e.g. "the notice". */
  what: string;
  /** Console-written words before the text, folded with it (e.g. "Recorded by Maya:"). */
  lead?: ReactNode;
}

/**
 * Long text that must never break a layout: folded to `lines` lines (the rest ends in "…", and a
 * word longer than the line, such as a 10,000-character run without spaces, wraps anywhere
 * instead of widening the page), with a button (`aria-expanded`) that shows the whole of it,
 * wrapped, on demand. The whole text stays in the document for screen readers and copying.
 * Renders inline-block content; throws nothing.
 */
export function FoldedUserText({
  children,
  lines = 1,
  foldAfter = 80,
  showLabel = 'show',
  what,
  lead,
}: FoldedUserTextProps) {
  const [open, setOpen] = useState(false);
  const folds = children.length > foldAfter || children.includes('\n');
  const folded = folds && !open;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'baseline', gap: 0.5, maxWidth: '100%', minWidth: 0 }}>
      <Box
        component="span"
        data-folded={folded ? 'true' : 'false'}
        sx={{
          minWidth: 0,
          overflowWrap: 'anywhere',
          whiteSpace: open ? 'pre-wrap' : 'normal',
          ...(folded
            ? { display: '-webkit-box', WebkitBoxOrient: 'vertical', WebkitLineClamp: lines, overflow: 'hidden' }
            : {}),
        }}
      >
        {lead}
        <UserText>{children}</UserText>
      </Box>
      {folds ? (
        <Link
          component="button"
          type="button"
          variant="body2"
          aria-expanded={open}
          aria-label={`${open ? 'Hide' : showLabel.charAt(0).toUpperCase() + showLabel.slice(1)} ${what}`}
          onClick={() => {
            setOpen((value) => !value);
          }}
          sx={{ flexShrink: 0, verticalAlign: 'baseline' }}
        >
          {open ? 'hide' : showLabel}
        </Link>
      ) : null}
    </Box>
  );
}
