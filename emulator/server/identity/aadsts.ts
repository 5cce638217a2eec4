// Entra ID's AADSTS errors: the catalogue the emulator uses and the three ways Entra delivers them
// (token-endpoint JSON, an error redirect to the app, an error page). Message texts follow Entra's published
// error reference; where Entra's exact wording is not documented the text is a faithful paraphrase (UNCERTAIN).
import { newGuid } from '../crypto/ids.ts';

export interface AadstsError {
  code: number;
  /** The OAuth `error` value. */
  error: string;
  /** The message after "AADSTS<code>: ". */
  message: string;
  suberror?: string;
  /** Token-endpoint HTTP status: 400, or 401 for invalid_client. */
  status?: number;
}

const aad = (code: number, error: string, message: string, extra: Partial<AadstsError> = {}): AadstsError => ({ code, error, message, ...extra });

export const Aadsts = {
  tenantNotFound: (tenant: string, error = 'invalid_request') =>
    aad(90002, error, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`),
  applicationNotFound: (clientId: string, directory: string) =>
    aad(700016, 'unauthorized_client', `Application with identifier '${clientId}' was not found in the directory '${directory}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`),
  redirectUriMismatch: (redirectUri: string, clientId: string) =>
    aad(50011, 'invalid_request', `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`),
  missingParameter: (name: string) => aad(900144, 'invalid_request', `The request body must contain the following parameter: '${name}'.`),
  silentSignInWithoutSession: () =>
    aad(50058, 'login_required', 'A silent sign-in request was sent but no user is signed in. The cookies used to represent the user\'s session were not sent in the request to Azure AD.'),
  accountSelectionRequired: () =>
    aad(16000, 'interaction_required', 'Either multiple user identities are available for the current request or selected account is not supported for the scenario.'),
  userCancelled: () => aad(65004, 'access_denied', 'User declined to consent to access the app.', { suberror: 'cancel' }),
  unsupportedResponseType: (responseType: string) =>
    aad(700054, 'unsupported_response_type', `response_type '${responseType}' is not enabled for the application.`),
  unsupportedResponseMode: (responseMode: string) =>
    aad(900144, 'invalid_request', `The emulator does not support response_mode '${responseMode}'; use 'fragment' or 'query'.`),
  invalidCodeChallengeMethod: (method: string) =>
    aad(501491, 'invalid_request', `Invalid code_challenge_method '${method}'. Supported values are 'S256' and 'plain'.`),
  endpointOnlyAcceptsPost: (method: string) =>
    aad(900561, 'invalid_request', `The endpoint only accepts POST, OPTIONS requests. Received a ${method} request.`),
  unsupportedGrantType: (grantType: string) => aad(70003, 'unsupported_grant_type', `The app requested an unsupported grant type '${grantType}'.`),
  invalidCode: () => aad(70000, 'invalid_grant', "The provided value for the 'code' parameter is not valid."),
  codeAlreadyRedeemed: () =>
    aad(54005, 'invalid_grant', 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.'),
  codeExpired: () =>
    aad(70008, 'invalid_grant', 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.'),
  // UNCERTAIN: the code Entra uses when the redirect_uri at redemption differs from the one at authorize.
  replyUriNotExpected: () => aad(500117, 'invalid_request', 'The reply uri specified in the request isn\'t expected.'),
  codeVerifierMismatch: () => aad(501481, 'invalid_grant', 'The Code_Verifier does not match the code_challenge supplied in the authorization request.'),
  pkceRequired: () => aad(9002325, 'invalid_request', 'Proof Key for Code Exchange is required for cross-origin authorization code redemption.'),
  crossOriginOnlyForSpa: (origin: string) =>
    aad(9002326, 'invalid_request', `Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type. Request origin: '${origin}'.`),
  spaRequiresCrossOrigin: () =>
    aad(9002327, 'invalid_request', "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests."),
  invalidRefreshToken: () => aad(9002313, 'invalid_grant', 'Invalid request. Request is malformed or invalid.'),
  refreshTokenForOtherClient: () => aad(70000, 'invalid_grant', 'Provided grant is invalid or malformed.'),
  spaRefreshTokenExpired: (issuedAt: Date, lifetime: string) =>
    aad(700084, 'invalid_grant', `The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of ${lifetime}, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page. The token was issued on ${issuedAt.toISOString().replace(/\.\d{3}Z$/, '.0000000Z')}.`),
  publicClientWithSecret: () =>
    aad(700025, 'invalid_client', "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.", { status: 401 }),
  missingClientSecret: () =>
    aad(7000218, 'invalid_client', "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", { status: 401 }),
  invalidClientSecret: (clientId: string) =>
    aad(7000215, 'invalid_client', `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`, { status: 401 }),
  noTenantInformation: () => aad(50059, 'invalid_request', 'No tenant-identifying information found in either the request or implied by any provided credentials.'),
  invalidScope: (scope: string) =>
    aad(70011, 'invalid_scope', `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`),
  clientCredentialsNeedDefault: (scope: string) =>
    aad(1002012, 'invalid_scope', `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`),
  moreThanOneResource: () =>
    aad(28000, 'invalid_scope', 'Provided value for the input parameter scope is not valid because it contains more than one resource. Scope openid profile offline_access is not valid.'),
  resourceNotFound: (resource: string, tenant: string) =>
    aad(500011, 'invalid_resource', `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`),
  consentRequired: (clientId: string, appName: string) =>
    aad(65001, 'invalid_grant', `The user or administrator has not consented to use the application with ID '${clientId}' named '${appName}'. Send an interactive authorization request for this user and resource.`, { suberror: 'consent_required' }),
  mfaRequired: (resource: string) =>
    aad(50076, 'invalid_grant', `Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${resource}'.`, { suberror: 'basic_action' }),
  mfaEnrollmentRequired: (resource: string) =>
    aad(50079, 'invalid_grant', `Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access '${resource}'.`, { suberror: 'basic_action' }),
  // UNCERTAIN: the error value Entra pairs with 530003 differs between reports (access_denied / interaction_required).
  managedDeviceRequired: (error = 'invalid_grant') => aad(530003, error, 'Your device is required to be managed to access this resource.'),
  unknownInstance: () => aad(50049, 'invalid_instance', 'Unknown or invalid instance.'),
};

/** The per-response identifiers Entra appends to every error. */
export interface ErrorTrace {
  traceId: string;
  correlationId: string;
  /** "2016-01-09 02:02:12Z" */
  timestamp: string;
}

export function newErrorTrace(now: Date, correlationId?: string): ErrorTrace {
  return { traceId: newGuid(), correlationId: correlationId ?? newGuid(), timestamp: `${now.toISOString().slice(0, 19).replace('T', ' ')}Z` };
}

export function describe(error: AadstsError, trace: ErrorTrace): string {
  return `AADSTS${error.code}: ${error.message}\r\nTrace ID: ${trace.traceId}\r\nCorrelation ID: ${trace.correlationId}\r\nTimestamp: ${trace.timestamp}`;
}

function errorUri(error: AadstsError): string {
  return `https://login.microsoftonline.com/error?code=${error.code}`;
}

/** The token endpoint's error body, with Entra's key order. */
export function tokenErrorBody(error: AadstsError, trace: ErrorTrace): Record<string, unknown> {
  const body: Record<string, unknown> = {
    error: error.error,
    error_description: describe(error, trace),
    error_codes: [error.code],
    timestamp: trace.timestamp,
    trace_id: trace.traceId,
    correlation_id: trace.correlationId,
    error_uri: errorUri(error),
  };
  if (error.suberror !== undefined) body['suberror'] = error.suberror;
  return body;
}

/** The parameters of an error redirect to the app (fragment or query). */
export function errorRedirectParams(error: AadstsError, trace: ErrorTrace, state: string | undefined): URLSearchParams {
  const params = new URLSearchParams({ error: error.error, error_description: describe(error, trace), error_uri: errorUri(error) });
  if (error.suberror !== undefined) params.set(error.code === 65004 ? 'error_subcode' : 'suberror', error.suberror);
  if (state !== undefined) params.set('state', state);
  params.set('trace_id', trace.traceId);
  params.set('correlation_id', trace.correlationId);
  params.set('timestamp', trace.timestamp);
  return params;
}
