/**
 * Saves `blob` as the file `filename` through the browser's download, without a round trip to
 * the server (a streamed export's parts, a receipt). Throws nothing.
 */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click returns; let go of it on the next task.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** Saves text `contents` of MIME `type` as the file `filename` (see `downloadBlob`). */
export function downloadFile(filename: string, contents: string, type: string): void {
  downloadBlob(filename, new Blob([contents], { type }));
}

/** Saves `data` as pretty-printed JSON in the file `filename` (see `downloadBlob`). */
export function downloadJson(filename: string, data: unknown): void {
  downloadFile(filename, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
}
