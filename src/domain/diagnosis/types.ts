// The troubleshooting engine's vocabulary: what a caller tells it about a failed (or empty, or partial) run or
// sign-in, and the diagnosis it gets back: evidence checked, the likely cause, numbered fix steps, one-click actions
// and Microsoft documentation (DESIGN §8). Pure data, so the panel, "Copy details" and tests all read the same thing.
import type { CloudName } from '../clouds';
import type { ConnectionMode } from '../identity';
import type { QueryFailure } from '../queryFailure';
import type { PartialErrorInfo } from '../results/model';
import type { PresetId } from '../timespan/presets';
import type { TimespanSelection } from '../timespan/selection';
import type { TimeWindow } from '../timespan/utcDateTime';

/**
 * An MSAL-style sign-in error as it reaches the console: MSAL's `errorCode` (e.g. `popup_window_error`,
 * `invalid_grant`, `interaction_required`) and its `errorMessage`, which for server errors starts with Entra's
 * "AADSTS<n>: ..." text. The demo sign-in's errors have the same two fields.
 */
export interface SignInError {
  errorCode: string;
  errorMessage: string;
  subError?: string;
}

/** What happened, as far as the caller knows. */
export type DiagnosisOutcome =
  /** The query or a token request failed (a QueryFailure of any kind, including `auth`). */
  | { kind: 'failed'; failure: QueryFailure }
  /** Signing in failed. */
  | { kind: 'signInFailed'; error: SignInError }
  /** HTTP 200 and no rows in any table. */
  | { kind: 'noRows' }
  /** HTTP 204: the workspace holds no data at all. */
  | { kind: 'emptyWorkspace' }
  /** HTTP 200 with `error`: part of the result, and why it stopped. `rowCount` is the rows received, when known. */
  | { kind: 'partial'; partialError: PartialErrorInfo; rowCount?: number };

/** The request and connection the outcome belongs to. */
export interface DiagnosisContext {
  cloud: CloudName;
  /** Which API answered; Log Analytics unless the failure came from listing subscriptions or workspaces. */
  service?: 'logAnalytics' | 'resourceManager';
  /** The base URL (or full URL) the request went to. */
  endpoint: string;
  workspaceId: string | null;
  /** The tenant the workspace's subscription belongs to, when known from the ARM listing. */
  workspaceTenantId?: string | null;
  timespan: TimespanSelection | null;
  /** The window the service applied (effectiveWindow), when a timespan was sent. */
  window: TimeWindow | null;
  queryText: string;
  /**
   * Where `queryText` starts in the editor (1-based line, 0-based column), so positions are reported as the editor
   * shows them; the top of the editor when omitted.
   */
  queryStart?: { line: number; column: number };
  /** Null when nobody is signed in. */
  connectionMode: ConnectionMode | null;
  /** The configured application (client) id and tenant of the Entra sign-in. */
  clientId: string | null;
  tenantId: string | null;
  /** The console's origin, e.g. https://logs.contoso.com; redirect URIs are derived from it. */
  origin: string;
  /** The `Prefer: wait` sent, in seconds. */
  serverWaitSeconds?: number;
}

/** Table and column names of the workspace, for "did you mean" suggestions. */
export interface SchemaNames {
  tables: readonly { name: string; columns: readonly string[] }[];
}

export interface DiagnosisInput {
  outcome: DiagnosisOutcome;
  /**
   * The claims of the access token the request used, decoded (decodeJwtPayload), when available. Only claims are
   * passed, never the token; the engine reads aud, iss, tid, exp, nbf, scp, roles, appid, oid and the user's name.
   */
  claims: Readonly<Record<string, unknown>> | null;
  context: DiagnosisContext;
  schema?: SchemaNames;
  /** Epoch milliseconds. */
  now: number;
  /** navigator.onLine, or null when unknown. */
  navigatorOnline: boolean | null;
}

export type DiagnosisId =
  | 'no-token'
  | 'token-expired'
  | 'token-not-yet-valid'
  | 'token-wrong-audience'
  | 'token-wrong-cloud'
  | 'token-malformed'
  | 'token-signature'
  | 'token-wrong-tenant'
  | 'token-rejected'
  | 'insufficient-access'
  | 'workspace-other-tenant'
  | 'arm-authorization-failed'
  | 'syntax-error'
  | 'unknown-name'
  | 'not-emulated'
  | 'query-execution-error'
  | 'bad-request'
  | 'workspace-id-not-guid'
  | 'workspace-not-found'
  | 'no-rows'
  | 'empty-workspace'
  | 'offline'
  | 'endpoint-unknown-host'
  | 'endpoint-other-cloud'
  | 'network-unreachable'
  | 'answer-cut-off'
  | 'throttled'
  | 'gateway-timeout'
  | 'client-timeout'
  | 'result-too-large'
  | 'partial-failure'
  | 'signin-redirect-uri'
  | 'signin-not-spa'
  | 'signin-consent'
  | 'signin-app-not-found'
  | 'signin-tenant-not-found'
  | 'signin-mfa'
  | 'signin-conditional-access'
  | 'signin-session-expired'
  | 'signin-popup-blocked'
  | 'signin-interaction-required'
  | 'signin-cancelled'
  | 'signin-unreachable'
  | 'signin-failed'
  | 'missing-configuration'
  | 'blocked-host'
  | 'malformed-response'
  | 'service-unavailable'
  | 'unexpected-failure';

export type DiagnosisSeverity = 'error' | 'warning' | 'info';

/** One thing checked: `ok` passed, `problem` failed, `unknown` could not be checked (or is only a fact). */
export interface Evidence {
  label: string;
  value: string;
  status: 'ok' | 'problem' | 'unknown';
}

/** A plain fact about the request and the answer (status, code, correlation id, cloud, endpoint, workspace). */
export interface Fact {
  label: string;
  value: string;
}

/** Settings the troubleshooting panel can open directly. */
export type SettingsField = 'cloud' | 'clientId' | 'tenantId' | 'serverWaitSeconds' | 'rowCap';

/** One-click actions; the panel dispatches them, the engine only proposes them with their parameters. */
export type DiagnosisAction =
  /** `claims`: a claims challenge from WWW-Authenticate, to pass to the interactive token request. */
  | { id: 'signInAgain'; label: string; claims?: string }
  | { id: 'widenTimespan'; label: string; presetId: PresetId }
  | { id: 'switchCloud'; label: string; cloud: CloudName }
  | { id: 'checkConnection'; label: string }
  /** `afterSeconds`: wait this long first (Retry-After). */
  | { id: 'retry'; label: string; afterSeconds?: number }
  | { id: 'openSettings'; label: string; setting?: SettingsField }
  | { id: 'whyEmpty'; label: string }
  /**
   * `line` (1-based) and `column` (1-based) place the cursor in the editor; `replace` swaps the first whole-word
   * occurrence of `text` at or after the start of the text that was run for `with` (a "did you mean" fix).
   */
  | { id: 'editQuery'; label: string; line?: number; column?: number; replace?: { text: string; with: string } };

export type DiagnosisActionId = DiagnosisAction['id'];

export interface DocLink {
  label: string;
  url: string;
}

export interface Diagnosis {
  id: DiagnosisId;
  title: string;
  severity: DiagnosisSeverity;
  /** One or two sentences: what happened, in the analyst's terms. */
  summary: string;
  /** What happened on the wire: status, codes, correlation id, the request's cloud, endpoint and workspace. */
  facts: Fact[];
  evidence: Evidence[];
  likelyCause: string;
  /** In order; the panel numbers them. */
  fixSteps: string[];
  actions: DiagnosisAction[];
  docs: DocLink[];
}
