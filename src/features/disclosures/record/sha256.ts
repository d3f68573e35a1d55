/** Reading step: big enough to be quick, small enough that progress moves several times a second. */
export const hashChunkBytes = 4 * 1024 * 1024;

/** Lowercase hex of a digest's bytes (the contract's `sha256`: 64 lowercase hex digits). */
export function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The SHA-256 of `blob` (Web Crypto), as 64 lowercase hex digits. Reads the blob in
 * `hashChunkBytes` slices into one buffer, calling `onProgress(readBytes, totalBytes)` after each,
 * then digests the whole buffer: Web Crypto has no incremental digest, so the file is held in
 * memory once (a document of tens of MB). Runs in the hashing worker; on the page only when no
 * worker can start. Rejects when the blob cannot be read or Web Crypto is missing (an insecure
 * origin). The file never leaves the browser.
 */
export async function sha256OfBlob(
  blob: Blob,
  onProgress?: (readBytes: number, totalBytes: number) => void,
): Promise<string> {
  const total = blob.size;
  const bytes = new Uint8Array(total);
  let read = 0;
  while (read < total) {
    const chunk = new Uint8Array(await blob.slice(read, read + hashChunkBytes).arrayBuffer());
    bytes.set(chunk, read);
    read += chunk.byteLength;
    if (chunk.byteLength === 0) break;
    onProgress?.(read, total);
  }
  if (total === 0) onProgress?.(0, 0);
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}
