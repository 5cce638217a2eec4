import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { CORRELATION, EMULATOR, failed, failureFromBody, NOW, OTHER_TENANT, readerClaims, TENANT } from '../testing/fixtures';

const expiredClaims = readerClaims({ exp: NOW / 1000 - 3 * 60 });

describe('401: no usable authentication', () => {
  it('no token: AuthorizationRequiredError without claims asks to sign in again', () => {
    const result = diagnose(failed(failureFromBody(401, EMULATOR.authorizationRequired), { claims: null }));
    expect(result.id).toBe('no-token');
    expect(result.summary).toBe('Log Analytics answered 401: the request carried no token it could use.');
    expect(result.evidence).toContainEqual({ label: 'Token claims', value: 'not available for this request, so the token could not be checked here', status: 'unknown' });
    expect(result.actions).toEqual([{ id: 'signInAgain', label: 'Sign in again' }, { id: 'checkConnection', label: 'Check connection' }]);
    expect(result.facts).toContainEqual({ label: 'Correlation ID', value: CORRELATION });
  });

  it('an expired token behind a 401 is named by its exp claim, with the clock skew explained', () => {
    const result = diagnose(failed(failureFromBody(401, EMULATOR.authorizationRequired), { claims: expiredClaims }));
    expect(result.id).toBe('token-expired');
    expect(result.likelyCause).toBe(
      'The token expired at 2026-11-22 11:57:00 UTC (expired 3 min ago). Access tokens live about 60 to 90 minutes; services allow about 5 minutes of clock skew past exp, then refuse them.',
    );
    expect(result.evidence).toContainEqual({ label: 'Token expiry (exp)', value: "2026-11-22 11:57:00 UTC: expired 3 min ago by this computer's clock", status: 'problem' });
  });

  it('a token for another audience behind a 401 is named by its aud claim', () => {
    const result = diagnose(failed(failureFromBody(401, EMULATOR.authorizationRequired), { claims: readerClaims({ aud: 'https://management.azure.com/' }) }));
    expect(result.id).toBe('token-wrong-audience');
    expect(result.likelyCause).toBe(
      'This is an Azure Resource Manager token (aud https://management.azure.com/). Log Analytics needs a token issued for https://api.loganalytics.io; each resource needs its own token.',
    );
  });

  it('a token from another cloud behind a 401 is named by its issuer host and offers to switch', () => {
    const china = readerClaims({ aud: 'https://api.loganalytics.azure.cn', iss: `https://sts.chinacloudapi.cn/${TENANT}/` });
    const result = diagnose(failed(failureFromBody(401, EMULATOR.authorizationRequired), { claims: china }));
    expect(result.id).toBe('token-wrong-cloud');
    expect(result.summary).toBe('The token was issued for Azure China (21Vianet), but the console is set to Azure (public).');
    expect(result.evidence).toContainEqual({
      label: 'Token issuer (iss)',
      value: `https://sts.chinacloudapi.cn/${TENANT}/: a token of Azure China (21Vianet), but the console is set to Azure (public)`,
      status: 'problem',
    });
    expect(result.actions[0]).toEqual({ id: 'switchCloud', label: 'Switch to Azure China (21Vianet)', cloud: 'AzureChina' });
  });

  it('a 401 with claims that look right is a rejected token, not a missing one', () => {
    expect(diagnose(failed(failureFromBody(401, EMULATOR.authorizationRequired))).id).toBe('token-rejected');
  });

  it('passes a claims challenge from WWW-Authenticate on to "Sign in again"', () => {
    const challenge = 'Bearer authorization_uri="https://login.microsoftonline.com/", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnt9fQ=="';
    const failure = failureFromBody(401, EMULATOR.authorizationRequired, { 'WWW-Authenticate': challenge });
    expect(diagnose(failed(failure)).actions[0]).toEqual({ id: 'signInAgain', label: 'Sign in again', claims: 'eyJhY2Nlc3NfdG9rZW4iOnt9fQ==' });
  });
});

describe('403 InvalidTokenError, by inner code', () => {
  it.each([
    ['TokenExpired', 'The provided authentication token has expired.', 'token-expired'],
    ['TokenNotYetValid', 'The provided authentication token is not valid yet.', 'token-not-yet-valid'],
    ['InvalidAudience', 'The audience of the provided authentication token is not valid for this resource.', 'token-wrong-audience'],
    ['MalformedToken', 'The authentication token could not be parsed.', 'token-malformed'],
    ['SignatureVerificationFailed', 'Could not validate the request', 'token-signature'],
  ])('%s → %s', (inner, message, id) => {
    expect(diagnose(failed(failureFromBody(403, EMULATOR.invalidToken(inner, message)))).id).toBe(id);
  });

  it('says the clock is behind when the service calls a token expired that this computer still finds valid', () => {
    const result = diagnose(failed(failureFromBody(403, EMULATOR.invalidToken('TokenExpired', 'The provided authentication token has expired.'))));
    expect(result.likelyCause).toBe(
      "By this computer's clock the token is still valid (it expires in 42 min), but the service says it has expired: this computer's clock is probably behind by more than the 5 minutes of clock skew that token checks allow.",
    );
    expect(result.fixSteps).toContain("Set this computer's clock to update automatically (time zone and time from the network), then sign in again.");
  });

  it('when the claims show the right audience, the cause points at the request rather than the token', () => {
    const result = diagnose(failed(failureFromBody(403, EMULATOR.invalidToken('InvalidAudience', 'x')), { claims: readerClaims() }));
    expect(result.id).toBe('token-wrong-audience');
    expect(result.likelyCause).toMatch(/^The token's audience \(https:\/\/api\.loganalytics\.io\) is the one Log Analytics in Azure \(public\) expects, yet the service refused it/);
    expect(result.evidence.map((item) => item.label)).toContain('Token audience (aud)');
    expect(result.evidence.at(-1)?.label).toBe('Log Analytics endpoint');
  });

  it('a wrong audience from a US Government token is a wrong cloud', () => {
    const usGov = readerClaims({ aud: 'https://api.loganalytics.us' });
    const result = diagnose(failed(failureFromBody(403, EMULATOR.invalidToken('InvalidAudience', 'x')), { claims: usGov }));
    expect(result.id).toBe('token-wrong-cloud');
    expect(result.actions[0]).toEqual({ id: 'switchCloud', label: 'Switch to Azure US Government', cloud: 'AzureUSGovernment' });
  });

  it('an unknown inner code falls back to the claims, then to "refused"', () => {
    const failure = failureFromBody(403, EMULATOR.invalidToken('SomethingNew', 'x'));
    expect(diagnose(failed(failure, { claims: expiredClaims })).id).toBe('token-expired');
    expect(diagnose(failed(failure)).id).toBe('token-rejected');
  });

  it('tells a pasted-token user how to get a token for the right resource and cloud', () => {
    const failure = failureFromBody(403, EMULATOR.invalidToken('InvalidAudience', 'x'));
    const result = diagnose(failed(failure, { context: { cloud: 'AzureUSGovernment', endpoint: 'https://api.loganalytics.us', connectionMode: 'pastedToken' }, claims: readerClaims({ aud: 'https://graph.microsoft.com', iss: 'https://login.microsoftonline.us/x/v2.0' }) }));
    expect(result.id).toBe('token-wrong-audience');
    expect(result.fixSteps[0]).toBe(
      'Get a new access token and paste it (Sign in again opens the token dialog). With the Azure CLI: az cloud set --name AzureUSGovernment, then az account get-access-token --resource https://api.loganalytics.us --query accessToken -o tsv',
    );
  });
});

describe('ARM token errors', () => {
  const arm = { context: { service: 'resourceManager' as const, endpoint: 'https://management.azure.com' } };
  const armClaims = readerClaims({ aud: 'https://management.azure.com/', scp: 'user_impersonation' });

  it('401 ExpiredAuthenticationToken is an expired token', () => {
    expect(diagnose(failed(failureFromBody(401, EMULATOR.armExpired), { ...arm, claims: armClaims })).id).toBe('token-expired');
  });

  it('403 InvalidAuthenticationTokenAudience with a Log Analytics token is a wrong audience', () => {
    const result = diagnose(failed(failureFromBody(403, EMULATOR.armAudience), arm));
    expect(result.id).toBe('token-wrong-audience');
    expect(result.summary).toBe('Azure Resource Manager refused the token: its audience (aud) is not https://management.azure.com.');
  });

  it('401 InvalidAuthenticationToken with sound claims is a refused token', () => {
    expect(diagnose(failed(failureFromBody(401, EMULATOR.armInvalid), { ...arm, claims: armClaims })).id).toBe('token-rejected');
  });

  it('401 InvalidAuthenticationTokenTenant names both tenants and opens the tenant setting', () => {
    const result = diagnose(failed(failureFromBody(401, EMULATOR.armWrongTenant), { ...arm, claims: armClaims }));
    expect(result.id).toBe('token-wrong-tenant');
    expect(result.summary).toBe(`Azure Resource Manager refused the token: it was issued by tenant ${OTHER_TENANT}, but the subscription belongs to tenant ${TENANT}.`);
    expect(result.actions[0]).toEqual({ id: 'openSettings', label: 'Open tenant settings', setting: 'tenantId' });
  });
});
