// Sends the "Why is it empty?" check queries through the console's one query client, one after another (so they
// never compete with each other or with the analyst's next run for the service's concurrency limit), and reads each
// answer. Only the caller's abort rejects; every other failure becomes that check's answer.
import { bodyText, queryWorkspace } from '../../../api/logAnalytics/queryClient';
import type { Connection } from '../../../auth/connection';
import { answerFromBody, answerFromFailure, NOTHING_COUNTED, type CheckAnswer } from '../../../domain/diagnosis/whyEmpty/answers';
import type { WhyEmptyCheck } from '../../../domain/diagnosis/whyEmpty/plan';
import { describeAuthFailure } from '../../run/authFailure';

export interface CheckTarget {
  connection: Connection;
  workspaceId: string;
  serverWaitSeconds: number;
  signal: AbortSignal;
}

/** `onAnswered(n)` after each answer, for the progress shown meanwhile. */
export async function runChecks(checks: readonly WhyEmptyCheck[], target: CheckTarget, onAnswered: (answered: number) => void): Promise<CheckAnswer[]> {
  const answers: CheckAnswer[] = [];
  for (const check of checks) {
    answers.push(await runCheck(check, target));
    onAnswered(answers.length);
  }
  return answers;
}

async function runCheck(check: WhyEmptyCheck, { connection, workspaceId, serverWaitSeconds, signal }: CheckTarget): Promise<CheckAnswer> {
  let token: string;
  try {
    token = await connection.getToken('logAnalytics');
  } catch (error) {
    return answerFromFailure(describeAuthFailure(error));
  }
  signal.throwIfAborted();
  const body = bodyText();
  const response = await queryWorkspace({
    endpoint: connection.logAnalyticsEndpoint,
    workspaceId,
    query: check.query,
    timespan: check.timespan,
    token,
    isTokenUrlAllowed: (url) => connection.isTokenUrlAllowed(url),
    serverWaitSeconds,
    signal,
    onBodyChunk: body.onBodyChunk,
  });
  switch (response.kind) {
    case 'results':
      return answerFromBody(body.text());
    case 'empty-workspace':
      return NOTHING_COUNTED;
    case 'failed':
      return answerFromFailure(response.failure);
  }
}
