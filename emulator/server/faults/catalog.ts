// The faults a test can switch on, what they do and their parameters (all numeric).

export type FaultName =
  | 'expired-token'
  | 'wrong-audience'
  | 'malformed-token'
  | 'throttle'
  | 'gateway-timeout'
  | 'partial-error'
  | 'slow-first-byte'
  | 'connection-reset'
  | 'drop-cors'
  | 'token-lifetime'
  | 'refresh-token-lifetime'
  | 'signin-error';

export type FaultParams = Record<string, number>;

export interface FaultDefinition {
  name: FaultName;
  appliesTo: string;
  description: string;
  /** Parameters with their defaults; a parameter without a sensible default is required (listed in `required`). */
  defaults: FaultParams;
  required?: readonly string[];
  optional?: readonly string[];
}

/** The AADSTS codes `signin-error` can produce. */
const SIGNIN_ERROR_CODES = [50011, 9002326, 65001, 700016, 90002, 50076, 50079, 530003] as const;

export const FAULTS: readonly FaultDefinition[] = [
  {
    name: 'expired-token',
    appliesTo: 'Log Analytics, ARM',
    description: 'Every bearer token is treated as expired (LA 403 InvalidTokenError/TokenExpired, ARM 401 ExpiredAuthenticationToken).',
    defaults: {},
  },
  {
    name: 'wrong-audience',
    appliesTo: 'Log Analytics, ARM',
    description: 'Every bearer token is treated as issued for another audience (LA 403 InvalidTokenError/InvalidAudience, ARM 403 InvalidAuthenticationTokenAudience).',
    defaults: {},
  },
  {
    name: 'malformed-token',
    appliesTo: 'Log Analytics, ARM',
    description: 'Every bearer token is treated as unparsable (LA 403 InvalidTokenError/MalformedToken, ARM 401 InvalidAuthenticationToken).',
    defaults: {},
  },
  {
    name: 'throttle',
    appliesTo: 'Log Analytics',
    description: 'Answers 429 with Retry-After: <seconds>.',
    defaults: { seconds: 10 },
  },
  {
    name: 'gateway-timeout',
    appliesTo: 'Log Analytics',
    description: 'Answers 504 GatewayTimeout, as when a query outlives Prefer: wait.',
    defaults: {},
  },
  {
    name: 'partial-error',
    appliesTo: 'Log Analytics queries',
    description: 'Cuts results at <rows> rows (default 10), or with <bytes> at that many bytes of rows, and adds the PartialError (HTTP 200).',
    defaults: {},
    optional: ['rows', 'bytes'],
  },
  {
    name: 'slow-first-byte',
    appliesTo: 'Log Analytics',
    description: 'Delays the response headers by <ms> milliseconds.',
    defaults: { ms: 5000 },
  },
  {
    name: 'connection-reset',
    appliesTo: 'Log Analytics',
    description: 'Sends the headers and half of the body, then destroys the socket.',
    defaults: {},
  },
  {
    name: 'drop-cors',
    appliesTo: 'Log Analytics',
    description: 'Omits the CORS headers from responses (preflights still pass), so browser fetch rejects with TypeError.',
    defaults: {},
  },
  {
    name: 'token-lifetime',
    appliesTo: 'Entra ID token endpoint',
    description: 'Access tokens issued from now on live <seconds> seconds.',
    defaults: { seconds: 5 },
  },
  {
    name: 'refresh-token-lifetime',
    appliesTo: 'Entra ID token endpoint',
    description: 'SPA refresh tokens issued from now on live <seconds> seconds instead of 24 h (then AADSTS700084).',
    defaults: { seconds: 5 },
  },
  {
    name: 'signin-error',
    appliesTo: 'Entra ID authorize and token endpoints',
    description: `Answers with the real AADSTS<code> error (one of ${SIGNIN_ERROR_CODES.join(', ')}), as an error page, error redirect or token error body as Entra does.`,
    defaults: {},
    required: ['code'],
  },
];

export function findFault(name: string): FaultDefinition | undefined {
  return FAULTS.find((fault) => fault.name === name);
}

/** Checks and completes parameters for `definition`; returns an error message when they are not acceptable. */
export function resolveParams(definition: FaultDefinition, given: Record<string, unknown>): FaultParams | string {
  const params: FaultParams = { ...definition.defaults };
  for (const [key, value] of Object.entries(given)) {
    const known = key in definition.defaults || definition.required?.includes(key) === true || definition.optional?.includes(key) === true;
    if (!known) return `Fault '${definition.name}' has no parameter '${key}'.`;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) return `Parameter '${key}' must be a non-negative number.`;
    params[key] = number;
  }
  for (const key of definition.required ?? []) {
    if (!(key in params)) return `Fault '${definition.name}' needs the parameter '${key}'.`;
  }
  if (definition.name === 'signin-error' && !(SIGNIN_ERROR_CODES as readonly number[]).includes(params['code'] ?? -1)) {
    return `Parameter 'code' must be one of ${SIGNIN_ERROR_CODES.join(', ')}.`;
  }
  return params;
}
