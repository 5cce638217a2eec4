import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose';
import { aadstsMessage, failed, NOW, readerClaims, TENANT } from '../diagnosis/testing/fixtures';
import { failure } from '../queryFailure';
import { decodeJwtPayload } from '../tokenClaims';
import { checkTokenAcquired, checkTokenClaims } from './token';
import type { StepVerdict } from './types';

/** A compact JWT as Entra issues it (the signature is not checked here). */
function jwtOf(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'RS256', kid: 'demo' })}.${part(claims)}.c2lnbmF0dXJl`;
}

const claimsVerdict = (claims: Record<string, unknown>, cloud: Parameters<typeof checkTokenClaims>[1] = 'AzurePublic') => checkTokenClaims(decodeJwtPayload(jwtOf(claims)), cloud, NOW);

/** The diagnosis the dialog shows for a failed verdict, with the token's claims as evidence. */
function diagnosisOf(verdict: StepVerdict, claims: Record<string, unknown> | null) {
  if (verdict.status !== 'failed') throw new Error(`expected a failure, got: ${verdict.detail}`);
  const outcome = verdict.failure.outcome;
  if (outcome.kind !== 'failed') throw new Error('expected a failed outcome');
  return diagnose(failed(outcome.failure, { claims }));
}

describe('checkTokenAcquired', () => {
  it('passes when a token came back', () => {
    expect(checkTokenAcquired({ acquired: true })).toEqual({
      status: 'passed',
      detail: 'An access token for the Log Analytics API was obtained.',
    });
  });

  it("fails with the token request's own error, diagnosed as a sign-in problem", () => {
    const message = `No access token could be obtained: ${aadstsMessage(50076, 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.')}`;
    const verdict = checkTokenAcquired({ acquired: false, failure: failure('auth', 'invalid_grant', message, { innermostCode: 'AADSTS50076' }) });
    expect(verdict.status === 'failed' && verdict.detail).toBe(message);
    expect(verdict.status === 'failed' && verdict.failure.simulated).toBe(false);
    expect(diagnosisOf(verdict, null).id).toBe('signin-mfa');
  });
});

describe('checkTokenClaims', () => {
  it('passes a reader token and sums up aud, tid, exp, scp and the issuing cloud', () => {
    expect(claimsVerdict(readerClaims())).toEqual({
      status: 'passed',
      detail: `aud https://api.loganalytics.io; tid ${TENANT}; expires in 42 min; scp Data.Read; issued by Azure (public) or Azure US Government.`,
    });
  });

  it("passes an app-only token whose permission is the Data.Read role", () => {
    const verdict = claimsVerdict(readerClaims({ scp: undefined, roles: ['Data.Read'], iss: `https://login.microsoftonline.com/${TENANT}/v2.0` }));
    expect(verdict.detail).toBe(`aud https://api.loganalytics.io; tid ${TENANT}; expires in 42 min; role Data.Read; issued by Azure (public).`);
  });

  it('fails an expired token, explained as the expired-token diagnosis without claiming the service said so', () => {
    const claims = readerClaims({ exp: NOW / 1000 - 10 * 60 });
    const verdict = claimsVerdict(claims);
    expect(verdict.status === 'failed' && verdict.detail).toBe('The token expired 10 min ago; get a new one.');
    expect(verdict.status === 'failed' && verdict.failure.simulated).toBe(true);
    expect(diagnosisOf(verdict, claims).id).toBe('token-expired');
  });

  it('fails an Azure Resource Manager token as one for another resource', () => {
    const claims = readerClaims({ aud: 'https://management.azure.com/', scp: 'user_impersonation' });
    const verdict = claimsVerdict(claims);
    expect(verdict.detail).toMatch(/^This token is for Azure Resource Manager \(https:\/\/management\.azure\.com\/\), not Log Analytics\./);
    expect(diagnosisOf(verdict, claims).id).toBe('token-wrong-audience');
  });

  it("fails a US Government token in the public cloud as another cloud's", () => {
    const claims = readerClaims({ aud: 'https://api.loganalytics.us', iss: `https://login.microsoftonline.us/${TENANT}/v2.0` });
    expect(diagnosisOf(claimsVerdict(claims), claims).id).toBe('token-wrong-cloud');
  });

  it("fails a token from China's token service as one this cloud cannot verify", () => {
    const claims = readerClaims({ iss: `https://sts.chinacloudapi.cn/${TENANT}/` });
    const verdict = claimsVerdict(claims);
    expect(verdict.detail).toMatch(/^The token was issued by the Azure China \(21Vianet\) token service, but the console is set to Azure \(public\)/);
    expect(diagnosisOf(verdict, claims).id).toBe('token-signature');
  });

  it('fails a token without Data.Read as an access problem', () => {
    const claims = readerClaims({ scp: undefined });
    const verdict = claimsVerdict(claims);
    expect(verdict.detail).toBe('The token grants no permission (neither scp nor roles); Log Analytics needs Data.Read.');
    const diagnosis = diagnosisOf(verdict, claims);
    expect(diagnosis.id).toBe('insufficient-access');
    expect(diagnosis.likelyCause).toMatch(/^The token grants no Data.Read permission/);
  });

  it('fails a token that names no tenant', () => {
    expect(claimsVerdict(readerClaims({ tid: undefined })).detail).toBe('The token names no tenant (tid).');
  });

  it('fails text that is not a JWT as an unreadable token, without echoing it', () => {
    const verdict = checkTokenClaims(decodeJwtPayload('opaque-reference-token'), 'AzurePublic', NOW);
    expect(verdict.detail).toBe('A JWT has three parts separated by dots (header.payload.signature); this text has 1.');
    expect(diagnosisOf(verdict, null).id).toBe('token-malformed');
  });
});
