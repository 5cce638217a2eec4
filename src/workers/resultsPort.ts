// The channel between the client and wherever the handlers run: a module worker in the app, the same handlers
// in-process in unit tests.

import { createResultsState, handleResultsMessage } from './resultsHandlers';
import type { RequestMessage, ResponseMessage } from './resultsProtocol';

export interface ResultsPort {
  send(message: RequestMessage, transfer: Transferable[]): void;
  /** `onFailure` reports that the worker died or could not start; nothing more will arrive. */
  listen(onMessage: (message: ResponseMessage) => void, onFailure: (reason: string) => void): void;
  terminate(): void;
}

export function createWorkerPort(): ResultsPort {
  const worker = new Worker(new URL('./results.worker.ts', import.meta.url), { type: 'module', name: 'results' });
  return {
    send: (message, transfer) => worker.postMessage(message, transfer),
    listen: (onMessage, onFailure) => {
      worker.onmessage = (event: MessageEvent<ResponseMessage>) => onMessage(event.data);
      worker.onerror = (event) => onFailure(event.message || 'The results worker failed to load or crashed.');
      worker.onmessageerror = () => onFailure('A message from the results worker could not be read.');
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * Runs the real handlers on this thread. Messages are structured-cloned both ways and delivered asynchronously, as
 * across a worker boundary, so what passes in tests would pass between threads.
 */
export function createInProcessPort(): ResultsPort {
  const state = createResultsState();
  let deliver: ((message: ResponseMessage) => void) | null = null;
  return {
    send: (message, transfer) => {
      const received = structuredClone(message, { transfer });
      queueMicrotask(() => {
        void handleResultsMessage(state, received, (response) => {
          const copy = structuredClone(response);
          queueMicrotask(() => deliver?.(copy));
        });
      });
    },
    listen: (onMessage) => {
      deliver = onMessage;
    },
    terminate: () => {
      deliver = null;
      state.results.clear();
      state.loads.clear();
      for (const running of state.exports.values()) running.cancelled = true;
    },
  };
}
