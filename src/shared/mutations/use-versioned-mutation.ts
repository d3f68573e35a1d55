import type { MutationMeta } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type * as z from 'zod/mini';
import { isApiError } from '@/shared/api/api-error';
import { currentFromConflict } from '@/shared/api/conflict';
import { useSingleFlightMutation } from './use-single-flight-mutation';

/** A record with optimistic concurrency (contract, "Optimistic concurrency"). */
export interface Versioned {
  id: string;
  version: number;
}

/** How a versioned write ended: saved now, or the record already was as asked (`already-done`). */
export type VersionedOutcome = 'saved' | 'already-done';

export interface VersionedMutationOptions<TRecord extends Versioned, TInput> {
  /** Sends `input` on top of `base` with `If-Match: "<base.version>"`; resolves to the record as saved. */
  send: (base: Versioned, input: TInput) => Promise<TRecord>;
  /** Parses the current record a 412 problem carries (`current`). */
  schema: z.ZodMiniType<TRecord>;
  /** Reads the record as it is now, after a 409 or a 412 without a usable body. */
  readCurrent: (id: string) => Promise<TRecord>;
  /**
   * True when `current` already is what `input` asks for: a reply that was lost after the API
   * saved the change, or a press that arrived on the version our own first press replaced.
   */
  isDone: (current: TRecord, input: TInput) => boolean;
  /** Shows a record the API answered with (saved, already done, refused) wherever it is cached. */
  onCurrent: (current: TRecord) => void;
  /** Runs after the record is as asked: saved now, or found already so. */
  onSuccess?: (record: TRecord, input: TInput, outcome: VersionedOutcome) => void;
  /**
   * What a 412 from a colleague does: `dialog` keeps it as `conflict` for the conflict dialog
   * (DESIGN: "a 412 opens a conflict dialog that shows theirs against mine"); `show-current` shows
   * their version at once and leaves the error to explain it (a dialog that cannot apply on top).
   */
  onStale?: 'dialog' | 'show-current';
  /** Query keys of other resources the write changes (`meta.invalidates`, see the query client). */
  meta?: MutationMeta;
}

/** A colleague's version (412) beside the input the person sent on an older one. */
export interface VersionConflict<TRecord, TInput> {
  theirs: TRecord;
  input: TInput;
}

export interface VersionedMutation<TRecord, TInput> {
  /** Sends `input` on top of `base`; ignored while a request of this write is pending. */
  mutate: (base: Versioned, input: TInput) => void;
  isPending: boolean;
  /** The last failure; for a 412 with `conflict` set the dialog explains it instead. */
  error: Error | null;
  /** How the last write ended, `undefined` before one succeeded. */
  outcome: VersionedOutcome | undefined;
  /** A colleague's version met by the last write (412), for the conflict dialog; else `null`. */
  conflict: VersionConflict<TRecord, TInput> | null;
  /** Sends the same input again on top of their version: the person chose theirs + mine. */
  keepMine: () => void;
  /** Drops the person's change and shows their version. */
  takeTheirs: () => void;
  /** Closes the conflict dialog; what the person typed is theirs to keep. */
  closeConflict: () => void;
  reset: () => void;
}

interface Sent<TInput> {
  base: Versioned;
  input: TInput;
}

/**
 * One versioned write (PATCH or a state-changing POST with If-Match) and its conflict handling,
 * so every form gets the same rules:
 * - a press while the request is pending is dropped (one intent, one request);
 * - a 412 or 409 whose current record already is what was asked ends as `already-done`, never as
 *   "someone else changed this" (our own first press, or a reply lost after the API saved it);
 * - a 412 whose version our own last write produced is sent again on it: nobody else changed it;
 * - any other 412 becomes `conflict` (theirs against mine; the person decides with `keepMine` or
 *   `takeTheirs`), a 409 shows the current record and keeps its error.
 * Throws nothing; failures are in `error`.
 */
export function useVersionedMutation<TRecord extends Versioned, TInput>(
  options: VersionedMutationOptions<TRecord, TInput>,
): VersionedMutation<TRecord, TInput> {
  const { send, schema, readCurrent, isDone, onCurrent, onSuccess, onStale = 'dialog', meta } = options;
  const [conflict, setConflict] = useState<VersionConflict<TRecord, TInput> | null>(null);
  // The version our own last successful write produced, per record.
  const ownVersions = useRef(new Map<string, number>());
  // The current record behind a failure, for the error handler.
  const currentOf = useRef(new WeakMap<Error, TRecord>());

  const mutation = useSingleFlightMutation<{ record: TRecord; outcome: VersionedOutcome }, Sent<TInput>>({
    ...(meta ? { meta } : {}),
    mutationFn: async ({ base, input }) => {
      try {
        return { record: await send(base, input), outcome: 'saved' };
      } catch (error) {
        if (!isApiError(error) || !(error.isStale || error.isConflict)) throw error;
        const current =
          (error.isStale ? currentFromConflict(error, schema) : undefined) ??
          (await readCurrent(base.id).catch(() => undefined));
        if (!current) throw error;
        if (isDone(current, input)) return { record: current, outcome: 'already-done' };
        if (error.isStale && ownVersions.current.get(current.id) === current.version) {
          return { record: await send(current, input), outcome: 'saved' };
        }
        currentOf.current.set(error, current);
        throw error;
      }
    },
    onSuccess: ({ record, outcome }, { input }) => {
      if (outcome === 'saved') ownVersions.current.set(record.id, record.version);
      onCurrent(record);
      onSuccess?.(record, input, outcome);
    },
    onError: (error, { input }) => {
      const current = currentOf.current.get(error);
      if (!current || !isApiError(error)) return;
      if (error.isStale && onStale === 'dialog') setConflict({ theirs: current, input });
      else onCurrent(current);
    },
  });

  const { mutate, reset } = mutation;
  return {
    mutate: (base, input) => {
      mutate({ base, input });
    },
    isPending: mutation.isPending,
    error: conflict ? null : mutation.error,
    outcome: mutation.data?.outcome,
    conflict,
    keepMine: () => {
      if (!conflict) return;
      setConflict(null);
      mutate({ base: conflict.theirs, input: conflict.input });
    },
    takeTheirs: () => {
      if (conflict) onCurrent(conflict.theirs);
      setConflict(null);
      reset();
    },
    closeConflict: () => {
      setConflict(null);
      reset();
    },
    reset: () => {
      setConflict(null);
      reset();
    },
  };
}
