import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { useEffect, useRef, useState, type Ref } from 'react';
import { textLimits } from '@/shared/contract/limits';
import { useShortcuts } from '../shortcuts/use-shortcuts';
import { LightField, type LabelPlacement } from './light-field';

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
  /**
   * The most characters the API takes (after trimming); a longer text is not sent, and the field
   * says so. Defaults to `textLimits.search` for a search (`q`), none otherwise.
   */
  maxLength?: number | undefined;
  /** Where the label sits (`hidden` in a compact bar whose placeholder names the field). */
  labelPlacement?: LabelPlacement | undefined;
}

/** Sets a React ref, whichever kind it is. */
function setRef<E>(ref: Ref<E> | undefined, element: E | null) {
  if (typeof ref === 'function') ref(element);
  else if (ref) ref.current = element;
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
 * typed a key every 300 ms stays `login`). A text longer than `maxLength` is not sent: the field
 * counts it against the limit until it is shortened. A search registers `/` to come back to it
 * (Escape, like in every filter, goes back to the rows).
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
  maxLength = search ? textLimits.search : undefined,
  labelPlacement,
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

  const field = useRef<HTMLInputElement | null>(null);
  useShortcuts(
    search
      ? [
          {
            keys: ['/'],
            description: label,
            run: () => {
              field.current?.focus();
            },
          },
        ]
      : [],
  );
  const tooLong = (text: string) => maxLength !== undefined && text.trim().length > maxLength;
  const draftLength = typed.draft.trim().length;

  const commit = (text: string) => {
    const trimmed = text.trim();
    if (tooLong(trimmed)) return;
    if (trimmed === (latest.current.sent.at(-1) ?? latest.current.value)) return;
    latest.current = { ...latest.current, sent: [...latest.current.sent, trimmed] };
    setTyped((current) => ({ ...current, sent: [...current.sent, trimmed] }));
    onCommit(trimmed);
  };

  return (
    <LightField
      label={label}
      width={width}
      icon={search ? <SearchOutlined fontSize="small" /> : undefined}
      labelPlacement={labelPlacement}
      error={tooLong(typed.draft)}
      helperText={
        maxLength !== undefined && tooLong(typed.draft)
          ? `${draftLength.toLocaleString('en')} / ${maxLength.toLocaleString('en')} characters: shorten it by ${(draftLength - maxLength).toLocaleString('en')} to search`
          : undefined
      }
    >
      {(id, describedBy) => (
        <input
          id={id}
          type="text"
          placeholder={placeholder}
          value={typed.draft}
          aria-invalid={tooLong(typed.draft) || undefined}
          aria-describedby={describedBy}
          ref={(element) => {
            field.current = element;
            setRef(inputRef, element);
          }}
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
