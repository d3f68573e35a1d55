import {
  useMutation,
  type DefaultError,
  type MutateOptions,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query';
import { useCallback, useRef } from 'react';

/** A mutation whose `mutate` does nothing while a request of it is in flight. */
export type SingleFlightMutation<TData, TVariables> = Omit<
  UseMutationResult<TData, DefaultError, TVariables>,
  'mutate' | 'mutateAsync'
> & {
  /** Sends `variables`, unless a request of this mutation is still pending; returns whether it sent. */
  mutate: (variables: TVariables, options?: MutateOptions<TData, DefaultError, TVariables>) => boolean;
};

/**
 * `useMutation` for a write a person triggers by a button or a key: a second press (a double
 * click, a key held down, a shortcut pressed twice within 100 ms) while the first request is
 * pending is dropped, so one intent sends one request. The guard is a ref, set before the request
 * leaves, so it holds even before React has re-rendered the button as disabled.
 *
 * Takes the options of `useMutation` (its `onSettled` still runs); returns the mutation's state
 * with a guarded `mutate` that returns `false` when it dropped the call.
 */
export function useSingleFlightMutation<TData, TVariables>(
  options: UseMutationOptions<TData, DefaultError, TVariables>,
): SingleFlightMutation<TData, TVariables> {
  const inFlight = useRef(false);
  const { onSettled } = options;
  const mutation = useMutation<TData, DefaultError, TVariables>({
    ...options,
    onSettled: (...args) => {
      inFlight.current = false;
      return onSettled?.(...args);
    },
  });
  const { mutate: send } = mutation;
  const mutate = useCallback(
    (variables: TVariables, callOptions?: MutateOptions<TData, DefaultError, TVariables>) => {
      if (inFlight.current) return false;
      inFlight.current = true;
      send(variables, callOptions);
      return true;
    },
    [send],
  );
  return { ...mutation, mutate };
}
