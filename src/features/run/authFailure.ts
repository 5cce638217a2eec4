// A token that could not be obtained, as a failure the troubleshooting rules can classify. MSAL errors carry an
// `errorCode` (and AADSTS codes inside `errorMessage`); its `message` is only a link in v5 (stack-notes §3).
import { failure, type QueryFailure } from '../../domain/queryFailure';

export function describeAuthFailure(error: unknown): QueryFailure {
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const code = typeof record.errorCode === 'string' && record.errorCode !== '' ? record.errorCode : 'TokenUnavailable';
  const detail = typeof record.errorMessage === 'string' && record.errorMessage !== '' ? record.errorMessage : error instanceof Error ? error.message : String(error);
  const aadsts = /AADSTS\d+/.exec(detail)?.[0] ?? null;
  return failure('auth', code, `No access token could be obtained: ${detail}`, { innermostCode: aadsts });
}
