import { memo } from 'react';
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
