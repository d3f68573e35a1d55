import { useContext } from 'react';
import { ToastContext, type ToastApi } from './toast-context';

const silent: ToastApi = { show: () => undefined };

/**
 * The app's toasts (`ToastProvider`): `show({ message, severity, action })` queues one. Outside
 * a provider (a component test without one) it shows nothing. Throws nothing.
 */
export function useToast(): ToastApi {
  return useContext(ToastContext) ?? silent;
}
