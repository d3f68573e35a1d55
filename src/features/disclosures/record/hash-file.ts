import type { HashReply, HashRequest } from './hash-messages';
import { sha256OfBlob } from './sha256';

export interface HashProgress {
  readBytes: number;
  totalBytes: number;
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * The SHA-256 of a chosen document (64 lowercase hex digits), computed in the browser: the file is
 * never uploaded, only its name and digest are recorded (API.md "Third-party disclosures",
 * `documents`). Hashes in a Web Worker of its own, ended once done, so a 20 MB file does not block
 * the page; where no worker can start (tests, old browsers) it hashes on the page. Reports reading
 * progress through `onProgress`; `signal` ends the work (the promise then rejects with an
 * `AbortError`). Rejects when the file cannot be read.
 */
export function hashFile(
  file: Blob,
  onProgress?: (progress: HashProgress) => void,
  signal?: AbortSignal,
): Promise<string> {
  const worker = startWorker();
  if (!worker) {
    return sha256OfBlob(file, (readBytes, totalBytes) => onProgress?.({ readBytes, totalBytes }));
  }
  return new Promise<string>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop();
      reject(new DOMException('Hashing cancelled', 'AbortError'));
    };
    if (signal?.aborted) {
      abort();
      return;
    }
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<HashReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress?.({ readBytes: reply.readBytes, totalBytes: reply.totalBytes });
      } else if (reply.type === 'done') {
        stop();
        resolve(reply.sha256);
      } else {
        stop();
        reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      reject(new Error(event.message || 'The file could not be hashed'));
    };
    const request: HashRequest = { file };
    worker.postMessage(request);
  });
}
