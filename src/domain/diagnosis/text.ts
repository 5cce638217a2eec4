// Text from outside (service messages, MSAL messages) shown in a diagnosis: never a token, never a raw JSON body,
// never a wall of text. Tokens must not reach the panel, "Copy details" or an error report (DESIGN §6).

const REDACTED = '[redacted]';

// A JWT: base64url of '{"' starts every header, so "eyJ" starts every token; two or three dot-separated parts.
const JWT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*)?/g;
// "Bearer <token>", but not a WWW-Authenticate challenge ("Bearer authorization_uri=...", which holds no secret).
const BEARER = /\b(Bearer)\s+(?![A-Za-z_]+=)[^\s"',;]+/gi;
// OAuth parameters and JSON fields that carry secrets, in a URL, a form body or JSON.
const SECRET_PARAMETER = /\b(access_token|refresh_token|id_token|client_secret|client_assertion|code_verifier|assertion)("?\s*[=:]\s*"?)[^\s&"',;]+/gi;
// An authorization code in a redirect URL; only in URL form, since "code" alone is an ordinary word, and never a
// number alone (error?code=50011 is Entra's error look-up page, not a secret).
const URL_CODE = /([?&#]code=)(?!\d+(?![^\s&"',;]))[^\s&"',;]+/gi;
// Opaque tokens (refresh tokens, encrypted tokens): long runs of token characters with no spaces.
const LONG_OPAQUE = /[A-Za-z0-9_\-.~]{120,}/g;

/** `text` with anything that looks like a token or secret replaced by "[redacted]". */
export function redactSecrets(text: string): string {
  return text
    .replace(JWT, REDACTED)
    .replace(BEARER, `$1 ${REDACTED}`)
    .replace(SECRET_PARAMETER, `$1$2${REDACTED}`)
    .replace(URL_CODE, `$1${REDACTED}`)
    .replace(LONG_OPAQUE, REDACTED);
}

const MAX_LENGTH = 400;

/**
 * A message fit for the panel: secrets redacted, Entra's trailing "Trace ID / Correlation ID / Timestamp" lines
 * dropped (they are shown as facts), white space collapsed, long text cut. A JSON body is never echoed: the service's
 * own fields are read by the API layer, so JSON here means something unexpected answered.
 */
export function plainMessage(text: string): string {
  const trimmed = text.trim();
  if (/^[[{]/.test(trimmed)) return '(a JSON body the console could not interpret; not shown)';
  const withoutTrace = trimmed.split(/\r?\n(?=Trace ID:)/)[0] ?? '';
  const collapsed = redactSecrets(withoutTrace).replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_LENGTH ? `${collapsed.slice(0, MAX_LENGTH - 1)}…` : collapsed;
}

/** `text` ending as a sentence: a period added unless it already ends with one (or ! ? …). */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** The host of a URL (with its port, when not the default), or the text itself when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** "1 minute", "5 minutes": numbers with their unit, singular when one. */
export function count(value: number, unit: string): string {
  return `${value.toLocaleString('en-US')} ${unit}${value === 1 ? '' : 's'}`;
}

/** A list joined as prose: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** An epoch-milliseconds instant as UTC text, "2026-11-22 12:00:00 UTC". */
export function utcText(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
