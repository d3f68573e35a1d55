/**
 * Bidirectional-text controls in text that staff did not write (customers' names and reports,
 * alert titles, reasons, audit summaries). A right-to-left override (U+202E) inside
 * `invoice‮fdp.exe` makes it read as "invoiceexe.pdf", and one left open scrambles whatever is
 * printed after it. The console shows such characters as visible marks instead of obeying them.
 */

/** The invisible characters that change the order in which text is displayed, by name. */
export const bidiControlNames: Readonly<Record<string, string>> = {
  '\u061C': 'Arabic letter mark',
  '\u200E': 'Left-to-right mark',
  '\u200F': 'Right-to-left mark',
  '\u202A': 'Left-to-right embedding',
  '\u202B': 'Right-to-left embedding',
  '\u202C': 'Pop directional formatting',
  '\u202D': 'Left-to-right override',
  '\u202E': 'Right-to-left override',
  '\u2066': 'Left-to-right isolate',
  '\u2067': 'Right-to-left isolate',
  '\u2068': 'First strong isolate',
  '\u2069': 'Pop directional isolate',
};

const controlPattern = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const controlSplit = /([\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069])/;

/** A bidi control as shown in its place: `⟨U+202E⟩`. */
export function bidiControlMark(control: string): string {
  const code = control.codePointAt(0) ?? 0;
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** Whether `text` holds any bidi control character. */
export function hasBidiControls(text: string): boolean {
  return controlPattern.test(text);
}

/**
 * `text` cut into plain runs and single bidi controls, in logical order: `['invoice',
 * { control: '\u202E' }, 'fdp.exe']`. Text without controls comes back as `[text]`.
 */
export function splitBidiControls(text: string): (string | { control: string })[] {
  if (!hasBidiControls(text)) return [text];
  return text
    .split(controlSplit)
    .filter((part) => part !== '')
    .map((part) => (controlPattern.test(part) ? { control: part } : part));
}

/**
 * For places that take a plain string (a tooltip, an accessible name, a document title): the
 * controls replaced by their visible marks, and the whole wrapped in a first-strong isolate
 * (U+2068 … U+2069) so it cannot reorder the text around it.
 */
export function isolatedPlainText(text: string): string {
  const visible = splitBidiControls(text)
    .map((part) => (typeof part === 'string' ? part : bidiControlMark(part.control)))
    .join('');
  return `\u2068${visible}\u2069`;
}
