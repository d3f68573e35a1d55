import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { memo, useState } from 'react';
import { bidiControlMark, bidiControlNames, splitBidiControls } from '@/shared/lib/bidi';

export interface UserTextProps {
  /** Text that a customer, a colleague or another system wrote: shown exactly, never obeyed. */
  children: string;
  className?: string;
}

/**
 * Prints text the console did not write (names, titles, reasons, notes, reports, summaries)
 * bidi-isolated in a `<bdi>`, so a right-to-left name or an override inside it cannot reorder the
 * text that follows, and with each bidi control character shown as a visible mark (`⟨U+202E⟩`,
 * named in its tooltip) instead of obeyed, so `invoice‮fdp.exe` cannot pose as "invoiceexe.pdf".
 * Takes the text as its only child; renders inline.
 */
export const UserText = memo(function UserText({ children, className }: UserTextProps) {
  const parts = splitBidiControls(children);
  return (
    <bdi className={className}>
      {parts.map((part, index) =>
        typeof part === 'string' ? (
          part
        ) : (
          <abbr key={index} className="bidi-control" title={bidiControlNames[part.control]}>
            {bidiControlMark(part.control)}
          </abbr>
        ),
      )}
    </bdi>
  );
});

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
}

/**
 * Long text that must never break a layout: folded to `lines` lines (the rest ends in "…", and a
 * word longer than the line, such as a 10,000-character run without spaces, wraps anywhere
 * instead of widening the page), with a button (`aria-expanded`) that shows the whole of it,
 * wrapped, on demand. The whole text stays in the document for screen readers and copying.
 * Renders inline-block content; throws nothing.
 */
export function FoldedUserText({ children, lines = 1, foldAfter = 80, showLabel = 'show', what }: FoldedUserTextProps) {
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
