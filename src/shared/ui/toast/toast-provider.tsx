import CloseOutlined from '@mui/icons-material/CloseOutlined';
import MuiAlert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { ToastContext, type ToastApi, type ToastInput } from './toast-context';

/** How long a toast stays (ms): long enough to read a line, longer when it offers an action. */
export const toastMs = { plain: 5_000, withAction: 10_000 } as const;

interface QueuedToast extends ToastInput {
  id: number;
}

/**
 * Success and info messages as toasts (MUI Snackbar) in the window's bottom-left corner, over
 * the page and outside its flow, so they never move a list's rows. A queue shown one at a time:
 * a newer toast closes the one on screen at once (the latest news is what counts, as in a mail
 * client), a toast with an action (Undo) stays longer and is not dismissed by a click elsewhere.
 * The toast renders inside a polite live region that is always in the page, so screen readers
 * announce it. Mount once, around the app; `useToast` shows one.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<readonly QueuedToast[]>([]);
  const [open, setOpen] = useState(true);
  const nextId = useRef(1);
  const api = useMemo<ToastApi>(
    () => ({
      show: (toast) => {
        const id = nextId.current;
        nextId.current += 1;
        setQueue((current) => [...current, { ...toast, id }]);
      },
    }),
    [],
  );
  const current = queue[0];
  const close = () => {
    setOpen(false);
  };
  // Another toast is waiting: the one on screen gives way now rather than after its time.
  const waiting = queue.length > 1;

  return (
    <ToastContext value={api}>
      {children}
      <div role="status" aria-live="polite" data-toasts="">
        {current ? (
          <Snackbar
            key={current.id}
            open={open && !waiting}
            anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
            autoHideDuration={current.action ? toastMs.withAction : toastMs.plain}
            onClose={(_event, reason) => {
              // A click elsewhere (the next row) must not take the Undo away.
              if (reason === 'clickaway') return;
              close();
            }}
            slotProps={{
              transition: {
                onExited: () => {
                  setQueue((all) => all.slice(1));
                  setOpen(true);
                },
              },
            }}
          >
            <MuiAlert
              data-toast=""
              // The live region around it speaks, politely; the toast does not interrupt as an alert.
              role="presentation"
              variant="filled"
              severity={current.severity ?? 'success'}
              onClose={close}
              action={
                current.action ? (
                  <>
                    <Button
                      color="inherit"
                      size="small"
                      onClick={() => {
                        current.action?.run();
                        close();
                      }}
                    >
                      {current.action.label}
                    </Button>
                    <IconButton color="inherit" size="small" aria-label="Close" title="Close" onClick={close}>
                      <CloseOutlined fontSize="small" />
                    </IconButton>
                  </>
                ) : undefined
              }
            >
              {current.message}
            </MuiAlert>
          </Snackbar>
        ) : null}
      </div>
    </ToastContext>
  );
}
