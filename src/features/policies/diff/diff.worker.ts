import { answerDiffRequest, type DiffReply, type DiffRequest } from './diff-messages';

// Compares two policy bodies per message, off the page's thread, so two 20,000-word versions never
// freeze the page. The worker's global, typed by what it uses (the project compiles against the DOM's types).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DiffRequest>) => void) | null;
  postMessage: (message: DiffReply) => void;
};

scope.onmessage = (event: MessageEvent<DiffRequest>) => {
  scope.postMessage(answerDiffRequest(event.data));
};
