// Runs one query at a time: a newer run aborts the older one, and a stale answer never replaces a newer one.
import { useCallback, useEffect, useRef, useState } from 'react';
import { queryWorkspace } from '../../api/logAnalytics/queryClient';
import { authErrorCode, type AuthClient } from '../../auth/msalClient';
import type { CloudDefinition } from '../../domain/clouds';
import type { QueryOutcome } from '../../domain/queryResult';

export interface QueryRequest {
  workspaceId: string;
  query: string;
}

export type QueryRunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'finished'; outcome: QueryOutcome }
  | { status: 'sign-in-failed'; errorCode: string };

export function useQueryRunner(cloud: CloudDefinition, auth: AuthClient): { state: QueryRunState; run: (request: QueryRequest) => void } {
  const [state, setState] = useState<QueryRunState>({ status: 'idle' });
  const currentRun = useRef<AbortController | null>(null);

  useEffect(() => () => currentRun.current?.abort(), []);

  const run = useCallback(
    (request: QueryRequest) => {
      currentRun.current?.abort();
      const controller = new AbortController();
      currentRun.current = controller;
      setState({ status: 'running' });
      void execute(cloud, auth, request, controller.signal).then((next) => {
        if (next && currentRun.current === controller) setState(next);
      });
    },
    [cloud, auth],
  );

  return { state, run };
}

/** Resolves to the state to show, or null when the run was superseded. */
async function execute(cloud: CloudDefinition, auth: AuthClient, request: QueryRequest, signal: AbortSignal): Promise<QueryRunState | null> {
  let token: string;
  try {
    token = await auth.acquireToken([cloud.logAnalytics.scope]);
  } catch (error) {
    return { status: 'sign-in-failed', errorCode: authErrorCode(error) };
  }
  if (signal.aborted) return null;
  try {
    const outcome = await queryWorkspace({ cloud, workspaceId: request.workspaceId, query: request.query, token, signal });
    return { status: 'finished', outcome };
  } catch (error) {
    if (signal.aborted) return null;
    throw error;
  }
}
