// Entry of the results worker (a module worker): decoded results live here, and the page asks for what it shows.

import { createResultsState, handleResultsMessage } from './resultsHandlers';
import type { RequestMessage } from './resultsProtocol';

const state = createResultsState();

self.onmessage = (event: MessageEvent<RequestMessage>) => {
  void handleResultsMessage(state, event.data, (message) => self.postMessage(message));
};
