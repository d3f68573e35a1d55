import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { alpha, type Theme } from '@mui/material/styles';
import { Fragment, memo, useEffect, useMemo, useRef, useState } from 'react';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { UserText } from '@/shared/ui/user-text';
import { chunkItems, diffItems, type DiffItem } from './diff-items';
import { sideBySideRows, type ChangeBlock, type DiffLine, type PolicyDiff } from './policy-diff';

export type DiffMode = 'side-by-side' | 'inline';

/** A request to bring a change into view and focus it; `seq` makes a repeated jump to the same change count. */
export interface DiffJump {
  index: number;
  seq: number;
}

interface DiffViewProps {
  diff: PolicyDiff;
  mode: DiffMode;
  /** How the two versions are named in the headers, e.g. `2026.3 · In force`. */
  olderName: string;
  newerName: string;
  jump: DiffJump | null;
  /** Called once every chunk is on the page (the bench's "diff complete"). */
  onComplete?: () => void;
}

/** The element id of a change, for links and jumps. */
export const changeElementId = (index: number) => `change-${String(index)}`;

/** Changed whitespace made visible: a space as `·`, a tab as `→`. */
const visibleWhitespace = (text: string) => text.replace(/ /g, '·').replace(/\t/g, '→');

/** A line's text: the changed runs in `<del>` / `<ins>`, changed whitespace made visible. */
function LineText({ line, side }: { line: DiffLine; side: 'old' | 'new' }) {
  if (line.text === '') return <span className="blank">(blank line)</span>;
  if (!line.segments) return <UserText>{line.text}</UserText>;
  const Mark = side === 'old' ? 'del' : 'ins';
  return (
    <>
      {line.segments.map((segment, index) => {
        if (!segment.changed) return <UserText key={index}>{segment.text}</UserText>;
        const spaces = segment.text.trim() === '';
        return (
          <Mark key={index} className={spaces ? 'spaces' : undefined}>
            {spaces ? (
              <>
                <span aria-hidden>{visibleWhitespace(segment.text)}</span>
                <span className="sr">
                  {side === 'old' ? ' (whitespace removed) ' : ' (whitespace added) '}
                </span>
              </>
            ) : (
              <UserText>{segment.text}</UserText>
            )}
          </Mark>
        );
      })}
    </>
  );
}

/** One side of a changed line: its number, the sign (+ or −, also said in words) and the text. */
function ChangedCells({
  line,
  side,
  numbered = true,
}: {
  line: DiffLine | null;
  side: 'old' | 'new';
  /** Inline, a removed line's number stands in the older version's column instead. */
  numbered?: boolean;
}) {
  if (!line) return <div className="cells none" aria-hidden />;
  const word = side === 'old' ? 'Removed' : 'Added';
  const moved =
    line.movedTo === null
      ? null
      : side === 'old'
        ? `moved to line ${String(line.movedTo)}`
        : `moved from line ${String(line.movedTo)}`;
  return (
    <div className={`cells ${side === 'old' ? 'removed' : 'added'}`}>
      <span className="num" aria-hidden>
        {numbered ? line.number : null}
      </span>
      <span className="sign" aria-hidden>
        {side === 'old' ? '−' : '+'}
      </span>
      <span className="text">
        <span className="sr">{`${word} line ${String(line.number)}${line.whitespaceOnly ? ', whitespace only' : ''}: `}</span>
        <LineText line={line} side={side} />
        {moved ? <span className="note"> ({moved})</span> : null}
      </span>
    </div>
  );
}

function UnchangedCells({ number, text }: { number: number; text: string }) {
  return (
    <div className="cells">
      <span className="num" aria-hidden>
        {number}
      </span>
      <span className="sign" aria-hidden />
      <span className="text">
        <UserText>{text}</UserText>
      </span>
    </div>
  );
}

function Change({ change, mode, count }: { change: ChangeBlock; mode: DiffMode; count: number }) {
  const summary = [
    change.removed.length > 0 ? `${String(change.removed.length)} removed` : null,
    change.added.length > 0 ? `${String(change.added.length)} added` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div
      id={changeElementId(change.index)}
      className="change"
      tabIndex={-1}
      role="group"
      aria-label={`Change ${String(change.index + 1)} of ${String(count)}: ${summary}${change.whitespaceOnly ? ', whitespace only' : ''}`}
    >
      {change.whitespaceOnly ? <div className="badge">Whitespace only</div> : null}
      {mode === 'side-by-side'
        ? sideBySideRows(change).map((row, index) => (
            <div className="row" key={index}>
              <ChangedCells line={row.old} side="old" />
              <ChangedCells line={row.new} side="new" />
            </div>
          ))
        : [
            ...change.removed.map((line) => (
              <div className="row" key={`o${String(line.number)}`}>
                <span className="num removed" aria-hidden>
                  {line.number}
                </span>
                <ChangedCells line={line} side="old" numbered={false} />
              </div>
            )),
            ...change.added.map((line) => (
              <div className="row" key={`n${String(line.number)}`}>
                <span className="num added" aria-hidden />
                <ChangedCells line={line} side="new" />
              </div>
            )),
          ]}
    </div>
  );
}

function Item({
  item,
  mode,
  count,
  onExpand,
}: {
  item: DiffItem;
  mode: DiffMode;
  count: number;
  onExpand: (block: number) => void;
}) {
  if (item.kind === 'change') return <Change change={item.change} mode={mode} count={count} />;
  if (item.kind === 'fold')
    return (
      <div className="fold">
        <Button
          size="small"
          onClick={() => {
            onExpand(item.block);
          }}
        >
          {`Show ${String(item.count)} unchanged line${item.count === 1 ? '' : 's'}`}
        </Button>
      </div>
    );
  return (
    <>
      {item.newLines.map((text, offset) => (
        <div className="row unchanged" key={offset}>
          {mode === 'side-by-side' ? (
            <>
              <UnchangedCells number={item.oldStart + offset} text={item.oldLines[offset] ?? ''} />
              <UnchangedCells number={item.newStart + offset} text={text} />
            </>
          ) : (
            <>
              <span className="num" aria-hidden>
                {item.oldStart + offset}
              </span>
              <UnchangedCells number={item.newStart + offset} text={text} />
            </>
          )}
        </div>
      ))}
    </>
  );
}

/** A chunk of the diff; skipped by layout and paint while off screen (`content-visibility`). */
const Chunk = memo(function Chunk({
  items,
  mode,
  count,
  onExpand,
}: {
  items: readonly DiffItem[];
  mode: DiffMode;
  count: number;
  onExpand: (block: number) => void;
}) {
  const lines = items.reduce(
    (sum, item) =>
      sum +
      (item.kind === 'fold'
        ? 2
        : item.kind === 'unchanged'
          ? item.newLines.length
          : item.change.removed.length + item.change.added.length),
    0,
  );
  return (
    <div className="chunk" style={{ containIntrinsicSize: `auto ${String(lines * 22)}px` }}>
      {items.map((item) => (
        <Item key={item.key} item={item} mode={mode} count={count} onExpand={onExpand} />
      ))}
    </div>
  );
});

const diffStyles = (mode: DiffMode) => (theme: Theme) => {
  const removed = alpha(theme.palette.error.main, 0.1);
  const added = alpha(theme.palette.success.main, 0.12);
  return {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '0.8125rem',
    lineHeight: 1.6,
    border: 1,
    borderColor: 'divider',
    borderRadius: 1,
    '& .sr': visuallyHidden,
    '& .row': {
      display: 'grid',
      gridTemplateColumns: mode === 'side-by-side' ? 'minmax(0, 1fr) minmax(0, 1fr)' : '3.5em minmax(0, 1fr)',
    },
    '& .cells': { display: 'grid', gridTemplateColumns: '3.5em 1.5em minmax(0, 1fr)' },
    '& .row > .num': { textAlign: 'right', pr: 1, color: 'text.secondary', userSelect: 'none' },
    '& .cells > .num': { textAlign: 'right', pr: 1, color: 'text.secondary', userSelect: 'none' },
    '& .sign': { textAlign: 'center', fontWeight: 700, userSelect: 'none' },
    '& .text': { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', pr: 1, minWidth: 0 },
    '& .removed': { bgcolor: removed },
    '& .added': { bgcolor: added },
    '& .none': { bgcolor: 'action.hover' },
    '& del': { bgcolor: alpha(theme.palette.error.main, 0.3), textDecorationThickness: '1px' },
    '& ins': { bgcolor: alpha(theme.palette.success.main, 0.32), textDecoration: 'underline' },
    '& .blank, & .note': { color: 'text.secondary', fontStyle: 'italic' },
    '& .change': {
      borderTop: 1,
      borderBottom: 1,
      borderColor: 'divider',
      scrollMarginTop: '96px',
      '&:focus': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: '-2px' },
    },
    '& .badge': {
      px: 1,
      color: 'text.secondary',
      fontFamily: theme.typography.fontFamily,
      fontSize: '0.75rem',
    },
    '& .fold': { bgcolor: 'action.hover', pl: '3.5em' },
    '& .chunk': { contentVisibility: 'auto' },
    '& .head': {
      position: 'sticky',
      top: 0,
      zIndex: 1,
      bgcolor: 'background.paper',
      borderBottom: 1,
      borderColor: 'divider',
      fontFamily: theme.typography.fontFamily,
      fontWeight: 600,
      px: 1,
      py: 0.5,
    },
  };
};

/**
 * The diff of two versions' Markdown source, as plain text (never rendered): side by side (the
 * older version left, the newer right) or inline (removed lines, then added ones). Each change is
 * a focusable group (`change-<n>`); removed and added lines carry a − / + sign and say so in words
 * for screen readers, and changed words are `<del>` / `<ins>`, so nothing relies on colour alone.
 * Unchanged runs are folded to three lines around each change. The view is rendered chunk by
 * chunk (one chunk per task, off-screen chunks skipped by layout), so a 20,000-word diff never
 * blocks the page; `jump` brings a change into view (rendering up to it first) and focuses it.
 */
export function DiffView({ diff, mode, olderName, newerName, jump, onComplete }: DiffViewProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const chunks = useMemo(() => chunkItems(diffItems(diff.blocks, expanded)), [diff.blocks, expanded]);
  const [shown, setShown] = useState(1);
  const handledJump = useRef<number | null>(null);
  const completed = useRef(false);

  const chunkOfChange = useMemo(() => {
    const map = new Map<number, number>();
    chunks.forEach((chunk, chunkIndex) => {
      for (const item of chunk) if (item.kind === 'change') map.set(item.change.index, chunkIndex);
    });
    return map;
  }, [chunks]);

  // A jump to a change not yet rendered renders up to it at once.
  const needed = jump ? chunkOfChange.get(jump.index) : undefined;
  const visible = Math.min(chunks.length, Math.max(shown, needed === undefined ? 0 : needed + 1));

  // One more chunk per task until all are on the page.
  useEffect(() => {
    if (visible >= chunks.length) {
      if (!completed.current) {
        completed.current = true;
        onComplete?.();
      }
      return undefined;
    }
    const timer = setTimeout(() => {
      setShown(visible + 1);
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [visible, chunks.length, onComplete]);

  useEffect(() => {
    if (!jump || handledJump.current === jump.seq) return;
    const element = document.getElementById(changeElementId(jump.index));
    if (!element) return;
    handledJump.current = jump.seq;
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [jump, visible]);

  const expand = useMemo(
    () => (block: number) => {
      setExpanded((current) => new Set(current).add(block));
    },
    [],
  );

  return (
    <Box
      role="region"
      aria-label={`Changes of ${newerName} against ${olderName}`}
      aria-busy={visible < chunks.length}
      sx={diffStyles(mode)}
    >
      {mode === 'side-by-side' ? (
        <div className="row head" aria-hidden>
          <span>
            <UserText>{olderName}</UserText>
          </span>
          <span>
            <UserText>{newerName}</UserText>
          </span>
        </div>
      ) : (
        <div className="head" aria-hidden>
          − <UserText>{olderName}</UserText>
          {'   '}+ <UserText>{newerName}</UserText>
        </div>
      )}
      {chunks.slice(0, visible).map((chunk, index) => (
        <Fragment key={chunk[0]?.key ?? index}>
          <Chunk items={chunk} mode={mode} count={diff.changeCount} onExpand={expand} />
        </Fragment>
      ))}
    </Box>
  );
}
