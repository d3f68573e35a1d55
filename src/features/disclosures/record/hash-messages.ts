/** What the page asks the hashing worker: the file to hash (structured-cloned, not copied into memory). */
export interface HashRequest {
  file: Blob;
}

/** What the hashing worker answers: reading progress, then the digest or why it failed. */
export type HashReply =
  | { type: 'progress'; readBytes: number; totalBytes: number }
  | { type: 'done'; sha256: string }
  | { type: 'failed'; message: string };
