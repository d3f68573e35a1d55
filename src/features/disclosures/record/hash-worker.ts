import type { HashReply, HashRequest } from './hash-messages';
import { sha256OfBlob } from './sha256';

// Hashes one document per message, off the page's thread, so a large file never freezes the form.
// The worker's global, typed by what it uses (the project compiles against the DOM's types).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HashRequest>) => void) | null;
  postMessage: (message: HashReply) => void;
};

scope.onmessage = (event: MessageEvent<HashRequest>) => {
  const reply = (message: HashReply) => {
    scope.postMessage(message);
  };
  sha256OfBlob(event.data.file, (readBytes, totalBytes) => {
    reply({ type: 'progress', readBytes, totalBytes });
  }).then(
    (sha256) => {
      reply({ type: 'done', sha256 });
    },
    (error: unknown) => {
      reply({
        type: 'failed',
        message: error instanceof Error ? error.message : 'The file could not be read',
      });
    },
  );
};
