// Step 2: is the Log Analytics endpoint a host of the selected cloud, and will the console send a token there? The
// usual mistakes are a sovereign cloud's host guessed by analogy and a public-cloud URL used with another cloud.
import type { CloudName } from '../clouds';
import { endpointEvidence } from '../diagnosis/endpointCheck';
import { failure } from '../queryFailure';
import type { StepVerdict } from './types';

export interface EndpointObservation {
  cloud: CloudName;
  /** The connection's Log Analytics base URL. */
  endpoint: string;
  /** A demo connection talks to the local emulator, whose host is no cloud's. */
  isEmulator: boolean;
  /** Whether the connection would attach its token to the check's query URL. */
  tokenUrlAllowed: boolean;
}

export function checkEndpoint({ cloud, endpoint, isEmulator, tokenUrlAllowed }: EndpointObservation): StepVerdict {
  const evidence = endpointEvidence(endpoint, cloud, 'logAnalytics', isEmulator);
  if (evidence.status !== 'problem' && tokenUrlAllowed) return { status: 'passed', detail: evidence.value };
  const detail = tokenUrlAllowed ? evidence.value : `${evidence.value}; the console will not send a token there.`;
  return {
    status: 'failed',
    detail,
    // A host the connection would still send its token to is explained like a refused one, without claiming it was.
    failure: { outcome: { kind: 'failed', failure: failure('blocked-host', 'TokenHostNotAllowed', detail) }, simulated: tokenUrlAllowed },
  };
}
