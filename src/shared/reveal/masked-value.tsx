import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useRevealStore, type RevealedValue } from './reveal-scope';
import { UserText } from '@/shared/ui/user-text';

// The dialog (and its form library) loads when someone first asks to reveal, not with the page.
const RevealDialog = lazy(() =>
  import('./reveal-dialog').then((module) => ({ default: module.RevealDialog })),
);

interface MaskedValueProps {
  /** What it is, e.g. "email address"; names the button and the dialog. */
  label: string;
  /** The value as the API served it (masked, shape kept). */
  masked: string;
  /** Identifies the value on the page, e.g. `email` or `ip:evt_123`. */
  revealKey: string;
  /** Absent when the person's roles may not reveal it: no button is shown. */
  reveal?: ((reason: string) => Promise<RevealedValue>) | undefined;
  /**
   * Set when nothing is behind the mask (e.g. "Anonymized — nothing to reveal"): this text is
   * shown instead of the value and no Reveal is offered, since a reveal would only audit a reason
   * for an empty answer.
   */
  nothingBehind?: string | undefined;
}

function show(value: RevealedValue): string {
  return typeof value === 'string' ? value : value.join(', ');
}

/**
 * Personal data, masked by default; "Reveal" asks for a reason and the API audits it. Reveal and
 * Hide replace each other, so focus moves from one to the other: the keyboard stays where the
 * person was instead of falling to the page. An empty value, or one with `nothingBehind`, offers
 * no Reveal: it says why there is nothing (or "—").
 */
export function MaskedValue(props: MaskedValueProps) {
  const { label, masked, nothingBehind } = props;
  if (nothingBehind !== undefined || masked === '') {
    return (
      <Box component="span" aria-label={`${label}: ${nothingBehind ?? 'none'}`} sx={{ color: 'text.secondary' }}>
        {nothingBehind ?? '—'}
      </Box>
    );
  }
  return <RevealableValue {...props} />;
}

function RevealableValue({ label, masked, revealKey, reveal }: MaskedValueProps) {
  const store = useRevealStore();
  const [asking, setAsking] = useState(false);
  const revealed = store.get(revealKey);
  const revealButton = useRef<HTMLButtonElement>(null);
  const hideButton = useRef<HTMLButtonElement>(null);
  // Which button takes focus once the value is shown or masked again; `null`: leave focus alone.
  const focusNext = useRef<'reveal' | 'hide' | null>(null);
  const isRevealed = revealed !== undefined;

  useEffect(() => {
    const target =
      focusNext.current === 'hide' ? hideButton : focusNext.current === 'reveal' ? revealButton : null;
    focusNext.current = null;
    target?.current?.focus();
  }, [isRevealed]);

  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <Box
        component="span"
        sx={{ fontFamily: revealed === undefined ? 'monospace' : undefined }}
        aria-label={revealed === undefined ? `${label} (masked)` : label}
      >
        <UserText>{revealed === undefined ? masked : show(revealed)}</UserText>
      </Box>
      {revealed !== undefined ? (
        <IconButton
          size="small"
          aria-label={`Hide the ${label}`}
          title={`Hide the ${label}`}
          ref={hideButton}
          onClick={() => {
            focusNext.current = 'reveal';
            store.forget(revealKey);
          }}
        >
          <VisibilityOffOutlined fontSize="inherit" />
        </IconButton>
      ) : reveal ? (
        <>
          <Button
            size="small"
            startIcon={<VisibilityOutlined fontSize="inherit" />}
            ref={revealButton}
            aria-label={`Reveal the ${label}`}
            onClick={() => {
              setAsking(true);
            }}
            sx={{ minWidth: 0, py: 0 }}
          >
            Reveal
          </Button>
          {asking ? (
            <Suspense fallback={null}>
              <RevealDialog
                open
                label={label}
                onClose={() => {
                  setAsking(false);
                }}
                reveal={reveal}
                onRevealed={(value) => {
                  focusNext.current = 'hide';
                  store.remember(revealKey, value);
                }}
              />
            </Suspense>
          ) : null}
        </>
      ) : null}
    </Box>
  );
}
