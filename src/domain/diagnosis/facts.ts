// The input read once into what every rule needs: the cloud's definition, the failure, a sign-in error in one shape
// (whether it came from signing in or from a token request during a run), and the token's claims summarized.
import { CLOUDS, type CloudDefinition } from '../clouds';
import type { QueryFailure } from '../queryFailure';
import { summarizeClaims, type Claims, type TokenSummary } from '../tokenClaims';
import type { ServiceName } from './endpointCheck';
import { plainMessage } from './text';
import type { DiagnosisContext, DiagnosisInput } from './types';

export interface SignInFacts {
  /** MSAL's errorCode, e.g. `invalid_grant`, `popup_window_error`. */
  errorCode: string;
  /** The AADSTS number in the message, e.g. 50011, or null. */
  aadsts: number | null;
  /** The message without Entra's trailing trace lines, secrets redacted. */
  message: string;
  subError: string | null;
  traceId: string | null;
  correlationId: string | null;
}

export interface Facts {
  input: DiagnosisInput;
  context: DiagnosisContext;
  cloud: CloudDefinition;
  service: ServiceName;
  /** The failure of a `failed` outcome; null for the other outcomes. */
  failure: QueryFailure | null;
  /** Set for a sign-in error, and for a failure of kind `auth` (no token could be obtained). */
  signIn: SignInFacts | null;
  claims: Claims | null;
  token: TokenSummary | null;
  now: number;
  /** A demo connection talks to the local emulator, whose host is no cloud's. */
  isEmulator: boolean;
}

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function signInFacts(errorCode: string, text: string, subError: string | null, knownAadsts: string | null): SignInFacts {
  const aadsts = /AADSTS(\d+)/.exec(knownAadsts ?? '')?.[1] ?? /AADSTS(\d+)/.exec(text)?.[1];
  return {
    errorCode,
    aadsts: aadsts === undefined ? null : Number(aadsts),
    message: plainMessage(text),
    subError,
    traceId: new RegExp(`Trace ID:\\s*(${GUID})`, 'i').exec(text)?.[1] ?? null,
    correlationId: new RegExp(`Correlation ID:\\s*(${GUID})`, 'i').exec(text)?.[1] ?? null,
  };
}

export function buildFacts(input: DiagnosisInput): Facts {
  const { outcome, context } = input;
  const failure = outcome.kind === 'failed' ? outcome.failure : null;
  let signIn: SignInFacts | null = null;
  if (outcome.kind === 'signInFailed') {
    signIn = signInFacts(outcome.error.errorCode, outcome.error.errorMessage, outcome.error.subError ?? null, null);
  } else if (failure?.kind === 'auth') {
    signIn = signInFacts(failure.code, failure.message, null, failure.innermostCode);
  }
  return {
    input,
    context,
    cloud: CLOUDS[context.cloud],
    service: context.service ?? 'logAnalytics',
    failure,
    signIn,
    claims: input.claims,
    token: input.claims === null ? null : summarizeClaims(input.claims),
    now: input.now,
    isEmulator: context.connectionMode === 'demo',
  };
}

/** The failure's most specific message, ready to show; empty when there is no failure. */
export function failureMessage(facts: Facts): string {
  const { failure } = facts;
  return failure === null ? '' : plainMessage(failure.innermostMessage ?? failure.message);
}
