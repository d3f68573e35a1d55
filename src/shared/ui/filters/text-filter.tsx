import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { useEffect, useRef, useState, type Ref } from 'react';
import { LightField } from './light-field';

interface TextFilterProps {
  label: string;
  /**
   * The filter's value where the list keeps it (the URL, or the history entry's memory). It
   * replaces what is typed only when it changes from outside (Back/Forward, a saved view, Clear),
   * never when it is the field's own earlier commit coming back.
   */
  value: string;
  /** Receives the trimmed text when it differs from the value (see `commitOn`). */
  onCommit: (text: string) => void;
  /**
   * `change`: every keystroke commits (a search whose list waits for typing to pause);
   * `enter`: Enter or leaving the field commits (an id, where half-typed ids would be requests).
   */
  commitOn: 'change' | 'enter';
  /** Enter in the field, after committing (e.g. search at once instead of after the pause). */
  onEnter?: (() => void) | undefined;
  placeholder?: string | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  autoFocus?: boolean | undefined;
  /** Shows the magnifier: the field searches the list (rather than naming one id). */
  search?: boolean | undefined;
  width?: number | undefined;
  /** ArrowDown in the field, e.g. to step into the list's rows; true when it moved the focus. */
  onArrowDown?: (() => boolean) | undefined;
}

interface Typed {
  /** What the field shows: the person's own text. */
  draft: string;
  /** The last `value` this field has seen. */
  seen: string;
  /** Commits not yet seen back in `value`, oldest first. */
  sent: readonly string[];
}

/**
 * A list's one text filter (search text or an id). The field owns what is typed: a slow round
 * trip of its own earlier commit through the URL never overwrites later keystrokes (`login`
 * typed a key every 300 ms stays `login`).
 */
export function TextFilter({
  label,
  value,
  onCommit,
  commitOn,
  onEnter,
  placeholder,
  inputRef,
  autoFocus,
  search = false,
  width = 260,
  onArrowDown,
}: TextFilterProps) {
  const [typed, setTyped] = useState<Typed>({ draft: value, seen: value, sent: [] });
  if (value !== typed.seen) {
    const own = typed.sent.indexOf(value);
    setTyped(
      own >= 0
        ? { draft: typed.draft, seen: value, sent: typed.sent.slice(own + 1) }
        : { draft: value, seen: value, sent: [] },
    );
  }
  const latest = useRef({ value, sent: typed.sent });
  useEffect(() => {
    latest.current = { value, sent: typed.sent };
  });

  const commit = (text: string) => {
    const trimmed = text.trim();
    if (trimmed === (latest.current.sent.at(-1) ?? latest.current.value)) return;
    latest.current = { ...latest.current, sent: [...latest.current.sent, trimmed] };
    setTyped((current) => ({ ...current, sent: [...current.sent, trimmed] }));
    onCommit(trimmed);
  };

  return (
    <LightField label={label} width={width} icon={search ? <SearchOutlined fontSize="small" /> : undefined}>
      {(id) => (
        <input
          id={id}
          type="text"
          placeholder={placeholder}
          value={typed.draft}
          ref={inputRef}
          // A list's search takes the focus when the list opens (not when coming Back to a row).
          autoFocus={autoFocus}
          autoComplete="off"
          onChange={(event) => {
            const draft = event.target.value;
            setTyped((current) => ({ ...current, draft }));
            if (commitOn === 'change') commit(draft);
          }}
          onBlur={
            commitOn === 'enter'
              ? () => {
                  commit(typed.draft);
                }
              : undefined
          }
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              commit(typed.draft);
              onEnter?.();
            } else if (event.key === 'ArrowDown' && onArrowDown?.()) event.preventDefault();
          }}
        />
      )}
    </LightField>
  );
}
