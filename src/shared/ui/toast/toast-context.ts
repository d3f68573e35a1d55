import { createContext } from 'react';

/** What a toast says: a short line, its tone, and at most one action (e.g. Undo). */
export interface ToastInput {
  message: string;
  /** `success` (default) or `info`; errors stay in the page, in view, not in a toast. */
  severity?: 'success' | 'info';
  /** One button in the toast; running it closes the toast. */
  action?: { label: string; run: () => void } | undefined;
}

export interface ToastApi {
  /** Queues a toast; shown after those before it, each for a few seconds (longer with an action). */
  show: (toast: ToastInput) => void;
}

export const ToastContext = createContext<ToastApi | null>(null);
