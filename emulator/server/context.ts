import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from './clock.ts';
import type { SigningKey } from './crypto/jwt.ts';
import type { FaultBoard, FaultSet } from './faults/faultSet.ts';
import type { IdentityState } from './identity/state.ts';
import type { EmulatorSettings } from './settings.ts';
import type { ConcurrencyGate } from './loganalytics/throttle.ts';
import type { WorkspaceStore } from './workspaces.ts';

/** Everything the emulator holds for its lifetime. */
export interface EmulatorServices {
  clock: Clock;
  key: SigningKey;
  faults: FaultBoard;
  settings: EmulatorSettings;
  identity: IdentityState;
  workspaces: WorkspaceStore;
  /** Log Analytics' per-user concurrency limit. */
  queryGate: ConcurrencyGate;
  /** e.g. http://127.0.0.1:5178, known once the server listens. */
  ownBaseUrl(): string;
  startedAt: Date;
  log(line: string): void;
}

/** One request as the handlers see it. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The decoded, non-empty path segments. */
  segments: string[];
  /** Taken once per request, so that one request sees one instant. */
  now: Date;
  faults: FaultSet;
  /** The origin clients used (X-Forwarded-Host aware), for every absolute URL the emulator emits. */
  origin: string;
  services: EmulatorServices;
}
