import { apiErrorFromProblem, apiErrorFromStatus, networkError, type ApiError } from '@/shared/api/api-error';
import { recordServerDate } from '@/shared/api/server-time';
import { problemSchema } from '@/shared/contract/common';
import type { DisclosureQuery } from '@/shared/contract/disclosures';

/** How much of the export has arrived: bytes of the body and data rows (the header line excluded). */
export interface ExportProgress {
  bytes: number;
  rows: number;
}

/** The API's base path, as the shared HTTP client reads it (`VITE_API_BASE_URL`, else `/api/v1`). */
const baseUrl: string = import.meta.env.VITE_API_BASE_URL ?? '/api/v1';

/**
 * `GET /disclosures/export?<filters and sort>` (API.md "Third-party disclosures"): the same
 * query as the list's, without paging (the export is the whole filtered set). Absolute against
 * the page, like the shared client's URLs.
 */
export function exportUrl(query: DisclosureQuery): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'page' || key === 'pageSize') continue;
    if (value === undefined || value === '') continue;
    search.append(key, String(value));
  }
  const qs = search.toString();
  return new URL(`${baseUrl}/disclosures/export${qs ? `?${qs}` : ''}`, window.location.href).toString();
}

async function errorOf(response: Response): Promise<ApiError> {
  const retryAfterHeader = response.headers.get('Retry-After');
  const retryAfter = retryAfterHeader === null ? undefined : Number(retryAfterHeader) || undefined;
  if ((response.headers.get('Content-Type') ?? '').includes('json')) {
    try {
      const parsed = problemSchema.safeParse(await response.json());
      if (parsed.success) return apiErrorFromProblem(parsed.data, response.status, retryAfter);
    } catch {
      // Not JSON after all: the status line says what there is.
    }
  }
  return apiErrorFromStatus(response.status, response.statusText, retryAfter);
}

/**
 * Counts the CSV's line ends outside quoted cells (RFC 4180: a quoted cell may hold a line
 * break) across chunks: `inQuotes` carries over from one chunk to the next. A loop over bytes, a
 * few milliseconds per megabyte, run per chunk as it arrives, so it never makes a long task.
 */
function lineCounter() {
  let inQuotes = false;
  let lines = 0;
  return {
    add(chunk: Uint8Array) {
      for (const byte of chunk) {
        if (byte === 34) inQuotes = !inQuotes;
        else if (byte === 10 && !inQuotes) lines += 1;
      }
      return lines;
    },
  };
}

/** Work between two yields to the event loop stays under this (ms): input and paint go first. */
const sliceMs = 8;

/** The next task: a stream fed by promises alone would otherwise never let the page render or take input. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

/**
 * Downloads the CSV export of `query` as it streams: reads the body with a reader, keeps each
 * chunk as a part of the returned Blob (never one giant string) and reports the bytes and data
 * rows received so far after each chunk (`onProgress`), yielding to the event loop every few
 * milliseconds so the page stays responsive however fast the chunks come. Sends the session cookie like every
 * request; a GET needs no CSRF token. Resolves with the whole file (`text/csv; charset=utf-8`).
 * Throws the `ApiError` of a non-2xx reply or a lost connection, and the signal's reason when
 * `signal` aborts (nothing is kept then). Not retried on its own: the person decides (Retry).
 */
export async function streamDisclosureExport(
  query: DisclosureQuery,
  { signal, onProgress }: { signal: AbortSignal; onProgress: (progress: ExportProgress) => void },
): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(exportUrl(query), {
      headers: { Accept: 'text/csv' },
      credentials: 'include',
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw networkError(error);
  }
  recordServerDate(response.headers.get('Date'));
  if (!response.ok) throw await errorOf(response);
  const parts: BlobPart[] = [];
  const counter = lineCounter();
  let bytes = 0;
  let lines = 0;
  if (response.body) {
    const reader = response.body.getReader();
    let sliceStart = performance.now();
    try {
      for (;;) {
        // A reply whose chunks are all ready (a mock in the page) arrives as one chain of
        // promises: yield now and then, so the progress shows and no long task builds up.
        if (performance.now() - sliceStart > sliceMs) {
          await nextTask();
          sliceStart = performance.now();
          if (signal.aborted) throw signal.reason as Error;
        }
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.byteLength;
        lines = counter.add(value);
        // The header line is not a row.
        onProgress({ bytes, rows: Math.max(0, lines - 1) });
      }
    } catch (error) {
      if (signal.aborted) throw error;
      throw networkError(error);
    } finally {
      reader.releaseLock();
    }
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
