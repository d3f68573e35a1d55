import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { UserText } from '@/shared/ui/user-text';

/** Past this many characters (or with a line break) a text is folded to its first lines. */
export const foldAfterChars = 140;

interface LongTextProps {
  /** Text the console did not write (a summary, a reason): printed as `UserText`. */
  children: string;
  /** What the text is, for the button's accessible name ("Show the whole reason"). */
  name: string;
  /** The widest the text may grow, in px: a 10,000-character reason never widens the table. */
  maxWidth?: number;
}

/**
 * A cell's free text that never breaks the page: it wraps anywhere (a long id or a string with no
 * spaces too), and past `foldAfterChars` or a line break shows its first two lines with
 * "Show all", which unfolds the whole text in place (and "Show less" folds it again).
 */
export function LongText({ children, name, maxWidth = 420 }: LongTextProps) {
  const [open, setOpen] = useState(false);
  const long = children.length > foldAfterChars || children.includes('\n');
  return (
    <Box sx={{ maxWidth, minWidth: 120, whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
      <Box
        component="span"
        sx={
          long && !open
            ? { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }
            : { display: 'block', whiteSpace: long ? 'pre-wrap' : 'normal' }
        }
      >
        <UserText>{children}</UserText>
      </Box>
      {long ? (
        <Button
          size="small"
          variant="text"
          sx={{ p: 0, minWidth: 0, textTransform: 'none' }}
          aria-expanded={open}
          aria-label={
            open
              ? `Show less of the ${name}`
              : `Show the whole ${name} (${children.length.toLocaleString()} characters)`
          }
          onClick={() => {
            setOpen((was) => !was);
          }}
        >
          {open ? 'Show less' : 'Show all'}
        </Button>
      ) : null}
    </Box>
  );
}
